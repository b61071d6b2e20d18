// What the CLI and the server need of a store. Two implementations share one Kysely code path:
// SQLite (embedded, the default) and PostgreSQL (DATABASE_URL).
import type { ArticleAnalysis } from "../analyze/types.js";

export interface StoredMeta {
  /** The URL the article came from, when known. */
  url: string | null;
  /** sha256 of the source content and given metadata: re-ingesting the same content is a no-op. */
  contentHash: string;
}

export interface IngestResult {
  id: string;
  status: "added" | "replaced" | "unchanged";
}

export interface AnalysisFilter {
  /** ISO date: only articles published (or, when undated, ingested) on or after it. */
  since?: string;
}

export interface StoredArticle extends StoredMeta {
  analysis: ArticleAnalysis;
}

export interface Store {
  readonly kind: "sqlite" | "postgres";
  /** A human-readable location (file path or database URL without password). */
  readonly location: string;
  hasContent(contentHash: string): Promise<boolean>;
  /** Stores one article with its analysis atomically; same content again is "unchanged". */
  ingest(analysis: ArticleAnalysis, meta: StoredMeta): Promise<IngestResult>;
  /** Stored articles in a stable order (publication date, then id). */
  articles(filter?: AnalysisFilter): Promise<StoredArticle[]>;
  count(): Promise<number>;
  close(): Promise<void>;
}
