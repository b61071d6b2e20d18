// The PostgreSQL server of the queue tests and benchmark (SITREP_TEST_DATABASE_URL, else the local
// one), and a store schema plus a pg-boss schema of their own for each run, dropped at the end.
import { randomBytes } from "node:crypto";
import { sql, TEST_DATABASE_URL } from "../helpers/postgres.js";

export { sql, TEST_DATABASE_URL, unavailableReason } from "../helpers/postgres.js";

export interface QueueSchemas {
  store: string;
  queue: string;
  /** What a sitrep process needs to use them; jobs expire after 3 s so a dead worker's come back soon. */
  env: NodeJS.ProcessEnv;
}

/** Creates the store's schema (the store opens in it through the URL's search_path). */
export async function freshSchemas(): Promise<QueueSchemas> {
  const suffix = `${process.pid}_${randomBytes(4).toString("hex")}`;
  const store = `sitrep_qstore_${suffix}`;
  const queue = `sitrep_qjobs_${suffix}`;
  await sql(`create schema ${store}`);
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set("options", `-c search_path=${store}`);
  return {
    store,
    queue,
    env: { DATABASE_URL: url.toString(), SITREP_QUEUE_SCHEMA: queue, SITREP_JOB_EXPIRE_SECONDS: "3" },
  };
}

export async function dropSchemas({ store, queue }: QueueSchemas): Promise<void> {
  await sql(`drop schema if exists ${store} cascade; drop schema if exists ${queue} cascade`);
}
