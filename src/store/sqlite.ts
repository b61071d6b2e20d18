// The embedded store: one SQLite file in WAL mode, searched with FTS5.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import SqliteDatabase from "better-sqlite3";
import {
  CompiledQuery,
  type CreateTableBuilder,
  type DatabaseConnection,
  type DialectAdapter as DialectAdapterBase,
  type Driver,
  Kysely,
  SqliteAdapter,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  sql,
} from "kysely";
import type { DialectAdapter } from "./adapter.js";
import { hasCode, reasonOf, StoreError } from "./errors.js";
import type { Database } from "./schema.js";
import { toFts5Query } from "./search-query.js";
import type { SearchHit } from "./types.js";

interface CountRow {
  n: number;
}

export const SQLITE_FILE_NAME = "sitrep.db";

/**
 * How long a writer waits for another process's write to finish before giving up. Within one
 * process, open one store per file: better-sqlite3 waits synchronously, so a second connection
 * waiting on the first would block the very event loop that has to finish the first's transaction.
 */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Write transactions take the write lock when they begin (BEGIN IMMEDIATE). A plain BEGIN reads
 * first and fails at once with SQLITE_BUSY when another process committed in between, without
 * waiting out busy_timeout.
 */
class ImmediateTransactionDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

/**
 * SQLite does run DDL inside transactions. Saying so makes Kysely's migrator apply migrations in one
 * (immediate) transaction: all or nothing, and a second process opening the same new file waits,
 * then finds them applied, instead of racing to create the same tables.
 */
class TransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class SitrepSqliteDialect extends SqliteDialect {
  constructor(private readonly config: SqliteDialectConfig) {
    super(config);
  }

  override createDriver(): Driver {
    return new ImmediateTransactionDriver(this.config);
  }

  override createAdapter(): DialectAdapterBase {
    return new TransactionalDdlAdapter();
  }
}

export const sqliteAdapter: DialectAdapter = {
  kind: "sqlite",
  capabilities: { search: "fts5", snippets: true, sharedAccess: true },
  bytewiseText: "text",
  jsonText: "text",
  binary: "blob",
  addSequenceColumn: <T extends string>(table: CreateTableBuilder<T>) =>
    table.addColumn("seq", "integer", (c) => c.primaryKey().autoIncrement()),
  // SQLite stores values as written.
  useFastCompression: async () => {},
  createSearchIndex,
  search,
  searchEntryCount,
  engineProblems,
  isUniqueViolation: (error) => hasCode(error, "SQLITE_CONSTRAINT_UNIQUE"),
  hasTable: async (db, name) => {
    const { rows } = await sql`select 1 from sqlite_master where type = 'table' and name = ${name}`.execute(
      db,
    );
    return rows.length > 0;
  },
};

/**
 * An external-content FTS5 table (the text is stored once, in `articles`) kept in sync by
 * triggers. unicode61 without stemming, like PostgreSQL's 'simple' configuration: the corpus is
 * multilingual, and both stores should find the same articles for the same query.
 */
async function createSearchIndex(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create virtual table articles_fts using fts5(title, text, content='articles', content_rowid='seq',
      tokenize='unicode61 remove_diacritics 2')`,
    sql`create trigger articles_fts_insert after insert on articles begin
      insert into articles_fts(rowid, title, text) values (new.seq, new.title, new.text);
    end`,
    sql`create trigger articles_fts_delete after delete on articles begin
      insert into articles_fts(articles_fts, rowid, title, text) values ('delete', old.seq, old.title, old.text);
    end`,
    sql`create trigger articles_fts_update after update of title, text on articles begin
      insert into articles_fts(articles_fts, rowid, title, text) values ('delete', old.seq, old.title, old.text);
      insert into articles_fts(rowid, title, text) values (new.seq, new.title, new.text);
    end`,
  ];
  for (const statement of statements) await statement.execute(db);
}

async function search(db: Kysely<Database>, query: string, limit: number): Promise<SearchHit[]> {
  const match = toFts5Query(query);
  if (match === null) return [];
  // The snippet comes from the text (column 1), as PostgreSQL's ts_headline does.
  const { rows } = await sql<SearchHit>`
    select a.id, a.title, snippet(articles_fts, 1, '[', ']', '…', 16) as snippet
    from articles_fts join articles a on a.seq = articles_fts.rowid
    where articles_fts match ${match}
    order by articles_fts.rank, a.id
    limit ${limit}`.execute(db);
  return rows;
}

/** The docsize shadow table has one row per indexed article (the FTS table itself reads `articles`). */
async function searchEntryCount(db: Kysely<Database>): Promise<number> {
  const { rows } = await sql<CountRow>`select count(*) as n from articles_fts_docsize`.execute(db);
  return rows[0].n;
}

interface ForeignKeyViolation {
  table: string;
  rowid: number;
  parent: string;
}

async function engineProblems(db: Kysely<Database>): Promise<string[]> {
  const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
  const foreignKeys = await sql<ForeignKeyViolation>`pragma foreign_key_check`.execute(db);
  return [
    ...integrity.rows.map((r) => r.integrity_check).filter((line) => line !== "ok"),
    ...foreignKeys.rows.map((r) => `table ${r.table} row ${r.rowid}: no matching row in ${r.parent}`),
    ...(await searchIndexProblems(db)),
  ];
}

/** FTS5's own check that the index matches the content table. */
async function searchIndexProblems(db: Kysely<Database>): Promise<string[]> {
  try {
    await sql`insert into articles_fts(articles_fts) values ('integrity-check')`.execute(db);
    return [];
  } catch (e) {
    return [`search index: ${reasonOf(e)}`];
  }
}

/** The SQLite file for a Sitrep home: SITREP_HOME, else ./sitrep-data. */
export function sqliteFileFor(home: string | undefined): string {
  return join(resolve(home ?? process.env.SITREP_HOME ?? "sitrep-data"), SQLITE_FILE_NAME);
}

/** Opens (creating when missing) the SQLite file, set up for several processes. */
export function openSqliteDatabase(file: string): Kysely<Database> {
  let database: SqliteDatabase.Database | undefined;
  try {
    mkdirSync(resolve(file, ".."), { recursive: true });
    database = new SqliteDatabase(file);
    database.pragma("journal_mode = WAL");
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    database.pragma("foreign_keys = ON");
  } catch (e) {
    database?.close();
    throw new StoreError("open_failed", `cannot open the store at ${file}: ${reasonOf(e)}`, { cause: e });
  }
  return new Kysely<Database>({ dialect: new SitrepSqliteDialect({ database }) });
}
