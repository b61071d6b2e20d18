// What the CLI and the server need of a store. Two implementations share one Kysely code path:
// SQLite (embedded, the default) and PostgreSQL (DATABASE_URL).
import type { ArticleAnalysis } from "../analyze/types.js";

export interface StoredMeta {
  /** The URL the article came from, when known. */
  url: string | null;
  /** sha256 of the source content and given metadata: re-ingesting the same content is a no-op. */
  contentHash: string;
}

/** What a writer gives with an article. */
export interface MetaToStore extends StoredMeta {
  /**
   * ISO date-time the article was first stored, when it comes from another store (an import
   * keeps its export's times, so the copy sorts as the original does); else the store's clock.
   */
  writtenAt?: string;
}

export interface ArticleToStore {
  analysis: ArticleAnalysis;
  meta: MetaToStore;
}

export interface IngestResult {
  id: string;
  status: "added" | "replaced" | "unchanged";
}

/** A date as filters take it: a year, a month or a day ("2025", "2025-11", "2025-11-02"). */
export const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export interface AnalysisFilter {
  /** ISO date: only articles published (or, when undated, ingested) on or after it. */
  since?: string;
}

export interface StoredArticle extends StoredMeta {
  analysis: ArticleAnalysis;
  /** ISO date-time of the row's last write (added or replaced), by the writer's clock. */
  writtenAt: string;
}

/** What a reader needs to tell whether its copy of a stored article is current. */
export interface ArticleVersion {
  id: string;
  contentHash: string;
  /** The ingestion sequence number; a replaced article keeps its own. */
  seq: number;
  /** ISO date-time of the row's last write (added or replaced), by the writer's clock. */
  writtenAt: string;
}

/**
 * The date an article sorts under: its publication date, or, when it has none, the day it was
 * written to the store (as `since` reads it). A live store's undated articles thus sort among
 * those of the day they came, not after every dated one, so that later articles do not sort
 * before them.
 */
export function sortDate(article: StoredArticle): string {
  return article.analysis.article.published?.date ?? article.writtenAt.slice(0, 10);
}

/** Store order: sort date, then id, both byte-wise; what `articles` gives. */
export function byStoreOrder(x: StoredArticle, y: StoredArticle): number {
  const [dx, dy] = [sortDate(x), sortDate(y)];
  if (dx !== dy) return dx < dy ? -1 : 1;
  const [ix, iy] = [x.analysis.article.id, y.analysis.article.id];
  return ix < iy ? -1 : ix > iy ? 1 : 0;
}

export interface SearchHit {
  id: string;
  title: string | null;
  /** A short passage around the match, matched words between "[" and "]". */
  snippet?: string;
}

export interface CheckReport {
  ok: boolean;
  /** One line per problem found, naming the article or the part of the store. */
  problems: string[];
}

export interface MigrateResult {
  /** Names of the migrations this call applied, in order; empty when the store was up to date. */
  applied: string[];
}

/** What a store's database can do, declared by its dialect adapter. */
export interface StoreCapabilities {
  /** How full-text search is done. */
  search: "fts5" | "tsvector";
  /** Whether search hits carry a snippet. */
  snippets: boolean;
  /** Whether several processes may open the store at once. */
  sharedAccess: boolean;
}

export interface Store {
  readonly kind: "sqlite" | "postgres";
  readonly capabilities: StoreCapabilities;
  /** A human-readable location (file path or database URL without password). */
  readonly location: string;
  hasContent(contentHash: string): Promise<boolean>;
  /**
   * Stores one article with its analysis atomically; same content again is "unchanged" (with the
   * stored id), the same id with other content is "replaced".
   */
  ingest(analysis: ArticleAnalysis, meta: MetaToStore): Promise<IngestResult>;
  /**
   * Stores several articles as `ingest` would, one after the other, in one transaction: one commit
   * (one flush to disk) for them all. Results in the order given.
   */
  ingestMany(items: readonly ArticleToStore[]): Promise<IngestResult[]>;
  /** Stored articles in a stable order: publication date (undated last), then id, both byte-wise. */
  articles(filter?: AnalysisFilter): Promise<StoredArticle[]>;
  /**
   * The versions of the articles stored after sequence number `afterSeq` or written at or after
   * `writtenSince` (ISO), by sequence number: what a reader that holds the rest may need again.
   */
  versionsSince(afterSeq: number, writtenSince: string): Promise<ArticleVersion[]>;
  /** The stored articles with these ids, in store order; ids not stored are left out. */
  articlesWithIds(ids: readonly string[]): Promise<StoredArticle[]>;
  count(): Promise<number>;
  /**
   * A token that changes whenever an article is added or replaced (its count, last sequence number
   * and last write time), so a long-running reader knows when what it computed is stale.
   */
  revision(): Promise<string>;
  /**
   * Full-text search over titles and texts, best match first (ties by id). The query is read like a
   * web search: words, "quoted phrases", `or`, `-excluded`; nothing in it is SQL or index syntax.
   */
  search(query: string, limit?: number): Promise<SearchHit[]>;
  /** Checks the database file, every stored analysis and the search index; changes nothing. */
  check(): Promise<CheckReport>;
  /** The bytes saved under a name by `writeSnapshot`, or null. */
  readSnapshot(name: string): Promise<Uint8Array | null>;
  /**
   * Saves bytes under a name, replacing what was there: a cache of derived state (a corpus index),
   * which export and import leave out and which may always be rebuilt.
   */
  writeSnapshot(name: string, state: Uint8Array): Promise<void>;
  /** Applies pending migrations (opening a store already does). */
  migrate(): Promise<MigrateResult>;
  close(): Promise<void>;
}
