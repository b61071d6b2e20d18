// The tables as Kysely sees them. Columns maintained by the database alone (the PostgreSQL
// search vector) are left out: only the search adapter touches them, through raw SQL.
import type { Generated } from "kysely";

export interface ArticlesTable {
  /** Ingestion order; also the SQLite full-text index's rowid, so it never changes. */
  seq: Generated<number>;
  id: string;
  content_hash: string;
  url: string | null;
  source: string;
  outlet: string | null;
  title: string | null;
  language: string;
  /** ISO date as the analysis states it: "2025", "2025-11" or "2025-11-02". */
  published: string | null;
  published_precision: string | null;
  text: string;
  /** The ArticleAnalysis as JSON text, exactly as written (PostgreSQL `json`, not `jsonb`, keeps key order). */
  analysis: string;
  /** ISO date-time of the last write of this row. */
  ingested_at: string;
}

/** Saved corpus indexes: bytes only the link stage reads (src/link/snapshot.ts). */
export interface LinkSnapshotsTable {
  name: string;
  state: Uint8Array;
  /** ISO date-time of the write. */
  written_at: string;
}

export interface Database {
  articles: ArticlesTable;
  link_snapshots: LinkSnapshotsTable;
}
