// Every failure a user can meet when opening or reading a store, with a code that the CLI and the
// HTTP API turn into a message or a status in one place.

export type StoreErrorCode =
  /** The SQLite file or its directory cannot be created or opened, or is not a database. */
  | "open_failed"
  /** No PostgreSQL server answers at the given address, or it refuses the connection. */
  | "connect_failed"
  /** Options or a filter that cannot work (a PostgreSQL schema that is not an identifier, a bad date). */
  | "bad_options"
  /** The store was written by a newer Sitrep: this one does not know all its migrations. */
  | "schema_too_new"
  /** A migration failed; the store is as it was before it. */
  | "migration_failed"
  /** A stored row cannot be read back (see `Store.check()`). */
  | "corrupt_row";

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "StoreError";
  }
}

/** The message of any thrown value, for errors that wrap a driver's error. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Whether a driver's error carries this code (better-sqlite3 and pg both set `code`). */
export function hasCode(error: unknown, code: string): boolean {
  return error instanceof Error && (error as Error & { code?: unknown }).code === code;
}
