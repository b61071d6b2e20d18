// The corpus picture of what a store holds. Linking every stored article from scratch costs time
// in proportion to the store, so the store keeps a saved corpus index (src/link/snapshot.ts) of
// its settled articles: those dated well before the newest, which later ingests will not sort
// among (the store reads articles in store order: by publication date, or the day written when
// undated). A picture resumes that index and links only the articles after it; the result is the
// one linking from scratch gives.
import type { KnowledgeBase } from "../knowledge/index.js";
import type { Redate } from "../link/dating.js";
import type { CorpusPicture } from "../link/document.js";
import { CorpusIndex } from "../link/incremental.js";
import { type ResumedIndex, resumeIndex, saveIndex } from "../link/snapshot.js";
import { type AnalysisFilter, type Store, type StoredArticle, sortDate } from "../store/types.js";
import { storyDating } from "./corpus.js";

/**
 * The names the store keeps the corpus index under: one dating undated articles by their stories
 * (report, serve), one leaving them as stored (export).
 */
const SNAPSHOT = { dated: "corpus", asStored: "corpus-as-stored" };
/**
 * Articles dated within this many days of the newest stay out of the saved index: late
 * reports of the last days still arrive, and would sort among them, which no index can undo.
 */
const SETTLE_DAYS = 3;
const DAY_MS = 86_400_000;

export interface PictureOptions extends AnalysisFilter {
  /**
   * Whether undated articles that stories place in time are analysed again against that date
   * (the report); off for an export, which gives each article as stored.
   */
  dateByStories?: boolean;
}

export interface StoredPicture {
  picture: CorpusPicture;
  /** The articles read from the store, in its order. */
  stored: StoredArticle[];
}

/** The picture of the stored articles (of those `since` keeps), resuming the saved index when it holds. */
export async function storedPicture(
  store: Store,
  kb: KnowledgeBase,
  { since, dateByStories = true }: PictureOptions = {},
): Promise<StoredPicture> {
  const stored = await store.articles({ since });
  const redate = dateByStories ? storyDating(kb) : undefined;
  // A window of the store is linked afresh: the saved index holds the store from its start.
  const settled = since === undefined ? await settledIndex(store, stored, kb, redate) : null;
  const index = settled?.index ?? new CorpusIndex(kb, redate);
  for (const s of stored.slice(settled?.folded ?? 0)) index.add(s.analysis);
  return { picture: index.picture(), stored };
}

/**
 * The saved index of the settled articles, brought up to date (and saved again) when more have
 * settled; with `redate`, undated articles are dated by their stories, as in a fresh index.
 */
export async function settledIndex(
  store: Store,
  stored: readonly StoredArticle[],
  kb: KnowledgeBase,
  redate?: Redate,
): Promise<ResumedIndex | null> {
  const settled = settledCount(stored);
  const name = redate ? SNAPSHOT.dated : SNAPSHOT.asStored;
  const saved = await store.readSnapshot(name);
  const resumed = saved && resumeIndex(saved, stored, kb, redate);
  if (resumed && resumed.folded >= settled) return resumed;
  if (settled === 0) return null;
  const index = resumed?.index ?? new CorpusIndex(kb, redate);
  for (const s of stored.slice(resumed?.folded ?? 0, settled)) index.add(s.analysis);
  // Saved with its clusters and stories up to date, so that no picture summarizes them again.
  index.update();
  const folded = stored
    .slice(0, settled)
    .map((s) => ({ id: s.analysis.article.id, contentHash: s.contentHash }));
  await store.writeSnapshot(name, saveIndex(index, folded, kb));
  return { index, folded: settled };
}

/**
 * How many of the stored articles (in store order) are settled: their sort date (publication, or
 * the day written when undated) more than SETTLE_DAYS before the newest.
 */
export function settledCount(stored: readonly StoredArticle[]): number {
  const dates = stored.map(sortDate);
  const newest = Date.parse(dates.at(-1) ?? "");
  if (Number.isNaN(newest)) return 0;
  const cutoff = new Date(newest - SETTLE_DAYS * DAY_MS).toISOString().slice(0, 10);
  let count = 0;
  while (count < dates.length && dates[count] < cutoff) count++;
  return count;
}
