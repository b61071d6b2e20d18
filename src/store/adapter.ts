// What differs between the two databases, in one place. Everything else (ingest, reads, check,
// migrations' table definitions) is one Kysely code path written against this interface.
import type { ColumnDataType, CreateTableBuilder, Expression, Kysely } from "kysely";
import type { Database } from "./schema.js";
import type { SearchHit, StoreCapabilities } from "./types.js";

/** A column type: a name Kysely knows, or raw SQL such as `text collate "C"`. */
export type ColumnType = ColumnDataType | Expression<unknown>;

export interface DialectAdapter {
  readonly kind: "sqlite" | "postgres";
  readonly capabilities: StoreCapabilities;
  /** A text type that sorts byte-wise, so ORDER BY gives the same order in every dialect. */
  readonly bytewiseText: ColumnType;
  /** A JSON column type that returns the text exactly as written (key order kept). */
  readonly jsonText: ColumnType;
  /** A column of bytes. */
  readonly binary: ColumnType;
  /** Adds the `seq` column: an integer primary key the database assigns in ingestion order. */
  addSequenceColumn<T extends string>(table: CreateTableBuilder<T>): CreateTableBuilder<T>;
  /** Makes the large columns (texts, analyses, search vectors, snapshots) compress with the fastest codec at hand. */
  useFastCompression(db: Kysely<unknown>): Promise<void>;
  /** Creates the full-text index over articles' title and text and whatever keeps it in sync. */
  createSearchIndex(db: Kysely<unknown>): Promise<void>;
  search(db: Kysely<Database>, query: string, limit: number): Promise<SearchHit[]>;
  /** How many articles the search index holds, counted from the index itself. */
  searchEntryCount(db: Kysely<Database>): Promise<number>;
  /** The database engine's own consistency checks, one line per problem. */
  engineProblems(db: Kysely<Database>): Promise<string[]>;
  /** Whether a driver error is a unique-constraint violation (another writer stored the row first). */
  isUniqueViolation(error: unknown): boolean;
  /** Whether a table exists in the store's schema. */
  hasTable(db: Kysely<Database>, name: string): Promise<boolean>;
}
