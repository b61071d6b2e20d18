// The server store: PostgreSQL 15+, searched with a generated tsvector column and a GIN index.
import { type CreateTableBuilder, Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import type { DialectAdapter } from "./adapter.js";
import { hasCode, reasonOf, StoreError } from "./errors.js";
import type { Database } from "./schema.js";
import type { SearchHit } from "./types.js";

interface CountRow {
  n: number;
}

const POSTGRES_URL = /^postgres(ql)?:\/\//i;
/** A plain identifier: safe in search_path without quoting, and the same in every tool. */
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const PG_TYPE_INT8 = 20;
const PG_TYPE_JSON = 114;
const PG_UNIQUE_VIOLATION = "23505";

export function isPostgresUrl(location: string): boolean {
  return POSTGRES_URL.test(location);
}

/** The URL with any password masked, for messages and `Store.location`. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparsable URL)";
  }
}

function hostOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || "localhost"}:${parsed.port || 5432}`;
  } catch {
    return "(unparsable URL)";
  }
}

/**
 * JSON comes back as the text that was written (the shared code parses it, as for SQLite) and
 * counts come back as numbers rather than strings (they stay far below 2^53).
 */
function typeParsers(): pg.CustomTypesConfig {
  const types = new pg.TypeOverrides();
  types.setTypeParser(PG_TYPE_JSON, (text) => text);
  types.setTypeParser(PG_TYPE_INT8, Number);
  return types;
}

export const postgresAdapter: DialectAdapter = {
  kind: "postgres",
  capabilities: { search: "tsvector", snippets: true, sharedAccess: true },
  // Byte order, whatever the database's collation, so orders match SQLite's.
  bytewiseText: sql`text collate "C"`,
  // `json` keeps the text as written; `jsonb` would reorder keys and break byte-identical output.
  jsonText: "json",
  binary: "bytea",
  addSequenceColumn: <T extends string>(table: CreateTableBuilder<T>) =>
    table.addColumn("seq", "bigint", (c) => c.primaryKey().generatedAlwaysAsIdentity()),
  useFastCompression,
  createSearchIndex,
  search,
  searchEntryCount,
  // PostgreSQL checks its own pages; nothing here for a user to run.
  engineProblems: async () => [],
  isUniqueViolation: (error) => hasCode(error, PG_UNIQUE_VIOLATION),
  hasTable: async (db, name) => {
    const { rows } = await sql`select 1 from information_schema.tables
      where table_schema = current_schema() and table_name = ${name}`.execute(db);
    return rows.length > 0;
  },
};

/**
 * lz4 instead of PostgreSQL's default pglz for the values it compresses (texts and analyses are
 * tens of KB): the store ingests faster at the same size (bench/store.ts, bench/RESULTS.md). A server
 * built without lz4 keeps pglz. New values only; stored ones keep their codec.
 */
async function useFastCompression(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ lz4: boolean }>`select 'lz4' = any(enumvals) as lz4
    from pg_settings where name = 'default_toast_compression'`.execute(db);
  if (!rows[0]?.lz4) return;
  await sql`alter table articles alter column text set compression lz4,
    alter column analysis set compression lz4, alter column search set compression lz4`.execute(db);
  await sql`alter table link_snapshots alter column state set compression lz4`.execute(db);
}

/** 'simple' (no stemming, no stop words), like SQLite's unicode61: the corpus is multilingual. */
async function createSearchIndex(db: Kysely<unknown>): Promise<void> {
  await sql`alter table articles add column search tsvector generated always as (
      setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', text), 'B')
    ) stored`.execute(db);
  await sql`create index articles_search on articles using gin (search)`.execute(db);
}

async function search(db: Kysely<Database>, query: string, limit: number): Promise<SearchHit[]> {
  const { rows } = await sql<SearchHit>`
    select a.id, a.title,
      ts_headline('simple', a.text, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8') as snippet
    from articles a, websearch_to_tsquery('simple', ${query}) q
    where a.search @@ q
    order by ts_rank(a.search, q) desc, a.id
    limit ${limit}`.execute(db);
  return rows;
}

/** A generated column cannot drift from its row; this counts rows whose vector exists at all. */
async function searchEntryCount(db: Kysely<Database>): Promise<number> {
  const { rows } = await sql<CountRow>`select count(*) as n from articles where search is not null`.execute(
    db,
  );
  return rows[0].n;
}

export interface PostgresDatabase {
  db: Kysely<Database>;
  /** The schema the store lives in: the one asked for, else the first of the server's search_path. */
  schema: string | undefined;
}

/**
 * Connects to the server (failing with the host named, never the password) and, when a schema is
 * given, works inside it, creating it if missing.
 */
export async function openPostgresDatabase(
  url: string,
  schema: string | undefined,
): Promise<PostgresDatabase> {
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new StoreError("bad_options", `PostgreSQL schema name "${schema}" must be a plain identifier`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    types: typeParsers(),
    ...(schema && { options: `-c search_path=${schema}` }),
  });
  // A server that drops an idle connection would otherwise crash the process; the pool discards
  // that connection and the next query opens a new one.
  pool.on("error", () => {});
  let current: string | undefined;
  try {
    const client = await pool.connect();
    try {
      if (schema) await client.query(`create schema if not exists ${schema}`);
      const { rows } = await client.query<{ schema: string | null }>("select current_schema() as schema");
      current = rows[0].schema ?? undefined;
    } finally {
      client.release();
    }
  } catch (e) {
    await pool.end();
    throw new StoreError("connect_failed", `cannot connect to PostgreSQL at ${hostOf(url)}: ${reasonOf(e)}`, {
      cause: e,
    });
  }
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), schema: current };
}
