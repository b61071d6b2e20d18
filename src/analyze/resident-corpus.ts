// The store's corpus picture for a long-running process (`sitrep serve`), kept up to date at the
// cost of what changed. The store's articles are held in memory (a StoreMirror) and linked into
// one resident index, in store order, in two layers:
//
//   settled articles (see stored-corpus.ts), linked for good
//   | the recent articles, each added after a checkpoint of its own
//
// A new article costs its own links and those of the recent articles that sort after it (taken
// back to the checkpoint before the first of them and linked again: within a day, store order
// goes by id). Undated articles sort by the day they were stored, so a live feed's come among the
// recent ones like any other. One among the settled articles sends the index back to the store's
// saved copy. When the newest day moves on, the articles that settle are linked for good, once.
// The picture is the one `storedPicture` gives.
import type { KnowledgeBase } from "../knowledge/index.js";
import type { Redate } from "../link/dating.js";
import type { CorpusPicture } from "../link/document.js";
import { type Checkpoint, CorpusIndex } from "../link/incremental.js";
import { StoreMirror } from "../store/mirror.js";
import type { Store, StoredArticle } from "../store/types.js";
import { storyDating } from "./corpus.js";
import { settledCount, settledIndex } from "./stored-corpus.js";
import type { ArticleAnalysis } from "./types.js";

export class ResidentCorpus {
  private readonly mirror: StoreMirror;
  private index: CorpusIndex | null = null;
  /** How many of the mirror's first articles the index holds for good. */
  private folded = 0;
  /** The checkpoint before each recent article the index holds, in store order. */
  private recent: Checkpoint[] = [];
  private latest: CorpusPicture | null = null;
  /** Dates undated articles by their stories, each article's last result kept while its date holds. */
  private readonly redate: Redate;
  /** The last picture asked for: one is computed at a time, since each reads and changes the index. */
  private pending: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly kb: KnowledgeBase,
  ) {
    this.mirror = new StoreMirror(store);
    this.redate = memoized(storyDating(kb));
  }

  /** The picture of every stored article, up to date with the store. */
  picture(): Promise<CorpusPicture> {
    const next = this.pending.catch(() => undefined).then(() => this.refreshed());
    this.pending = next;
    return next;
  }

  private async refreshed(): Promise<CorpusPicture> {
    try {
      return await this.updated();
    } catch (e) {
      // An index left half-way through a change is not trusted again: the next picture resumes.
      this.index = this.latest = null;
      throw e;
    }
  }

  private async updated(): Promise<CorpusPicture> {
    const firstChanged = await this.mirror.refresh();
    if (this.latest && firstChanged === null) return this.latest;
    const stored = this.mirror.articles;
    const changedAt = firstChanged ?? stored.length;
    if (!this.index || changedAt < this.folded) await this.resume(stored);
    const index = this.index!;
    this.settle(index, stored);
    this.takeBackFrom(index, Math.max(changedAt, this.folded));
    for (let at = this.folded + this.recent.length; at < stored.length; at++) {
      this.recent.push(index.checkpoint());
      index.add(stored[at].analysis);
    }
    this.latest = index.picture();
    return this.latest;
  }

  /** Starts over from the store's saved index of its settled articles (saving it anew when stale). */
  private async resume(stored: readonly StoredArticle[]): Promise<void> {
    const settled = await settledIndex(this.store, stored, this.kb, this.redate);
    this.index = settled?.index ?? new CorpusIndex(this.kb, this.redate);
    this.folded = settled?.folded ?? 0;
    this.recent = [];
  }

  /** Links for good the articles that have settled since the last picture. */
  private settle(index: CorpusIndex, stored: readonly StoredArticle[]): void {
    const settled = settledCount(stored);
    if (settled <= this.folded) return;
    this.takeBackFrom(index, this.folded);
    for (const s of stored.slice(this.folded, settled)) index.add(s.analysis);
    index.update();
    this.folded = settled;
  }

  /** Takes back the recent articles from the one at `position` on. */
  private takeBackFrom(index: CorpusIndex, position: number): void {
    const kept = position - this.folded;
    if (kept >= this.recent.length) return;
    // a checkpoint's rollback closes those taken after it
    index.rollback(this.recent[kept]);
    this.recent.length = kept;
  }
}

/** The redating, each article's last result kept while the date it was given stays the same. */
function memoized(redate: Redate): Redate {
  const kept = new WeakMap<ArticleAnalysis, { date: string; analysis: ArticleAnalysis }>();
  return (analysis, published) => {
    const date = JSON.stringify(published);
    const last = kept.get(analysis);
    if (last?.date === date) return last.analysis;
    const again = redate(analysis, published);
    kept.set(analysis, { date, analysis: again });
    return again;
  };
}
