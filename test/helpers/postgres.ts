// The PostgreSQL server the tests use (SITREP_TEST_DATABASE_URL, else the local one), whether it
// answers, and a short-lived client for setting up and damaging stores on purpose.
import pg from "pg";

export const TEST_DATABASE_URL =
  process.env.SITREP_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** Runs `work` with a client connected to `url` (by default the test server), then disconnects. */
export async function withClient<T>(
  work: (client: pg.Client) => Promise<T>,
  options: { url?: string; schema?: string } = {},
): Promise<T> {
  const client = new pg.Client({
    connectionString: options.url ?? TEST_DATABASE_URL,
    connectionTimeoutMillis: 3000,
    ...(options.schema && { options: `-c search_path=${options.schema}` }),
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function sql<Row extends pg.QueryResultRow>(text: string): Promise<Row[]> {
  return withClient(async (client) => (await client.query<Row>(text)).rows);
}

/** Why no server answers, or null when one does. */
export async function unavailableReason(): Promise<string | null> {
  try {
    await sql("select 1");
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}
