// Opening a store: PostgreSQL when given a postgres:// URL, else the SQLite file in Sitrep's home.
import { StoreError } from "./errors.js";
import { KyselyStore } from "./kysely-store.js";
import { isPostgresUrl, openPostgresDatabase, postgresAdapter, redactedUrl } from "./postgres.js";
import { openSqliteDatabase, sqliteAdapter, sqliteFileFor } from "./sqlite.js";
import type { Store } from "./types.js";

export { StoreError, type StoreErrorCode } from "./errors.js";
export { SQLITE_FILE_NAME, sqliteFileFor } from "./sqlite.js";
export type * from "./types.js";

export interface OpenStoreOptions {
  /** Sitrep's data directory for the SQLite file; default SITREP_HOME, else ./sitrep-data. */
  home?: string;
  /** A postgres:// or postgresql:// URL (as in DATABASE_URL): use that server instead of SQLite. */
  databaseUrl?: string;
  /** PostgreSQL only: the schema to work in, created when missing; default the server's search_path. */
  schema?: string;
  /** The clock for ingestion times; default the system clock. */
  now?: () => Date;
  /** false: open without applying pending migrations (for `sitrep migrate`, which applies and names them). */
  migrate?: boolean;
}

/** Opens the store, creating and migrating it as needed; refuses one written by a newer Sitrep. */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const { databaseUrl } = options;
  if (!databaseUrl) {
    const file = sqliteFileFor(options.home);
    return ready(
      new KyselyStore(openSqliteDatabase(file), sqliteAdapter, file, { now: options.now }),
      options,
    );
  }
  if (!isPostgresUrl(databaseUrl)) {
    throw new StoreError("bad_options", `database URL ${redactedUrl(databaseUrl)} is not a postgres:// URL`);
  }
  const { db, schema } = await openPostgresDatabase(databaseUrl, options.schema);
  const location = redactedUrl(databaseUrl);
  return ready(
    new KyselyStore(db, postgresAdapter, location, { now: options.now, migrationSchema: schema }),
    options,
  );
}

/** Migrates a just-opened store (or only checks its version), closing it when that fails. */
async function ready(store: KyselyStore, options: OpenStoreOptions): Promise<Store> {
  try {
    if (options.migrate === false) await store.refuseNewerSchemaOnOpen();
    else await store.migrateIfNeeded();
  } catch (e) {
    await store.close();
    throw e;
  }
  return store;
}
