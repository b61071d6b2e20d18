// The store's corpus picture for a long-running process (`sitrep serve`), kept up to date at the
// cost of what changed. The store's articles are held in memory (a StoreMirror); the settled ones
// (see stored-corpus.ts) are linked once into a resident index, and each new picture adds the
// recent articles to that index tentatively and takes them back (a checkpoint), since a late report
// may still sort among them. Only an article that sorts among the settled ones sends the index
// back to the store's saved copy. The picture is the one `storedPicture` gives.
import type { KnowledgeBase } from "../knowledge/index.js";
import { buildPicture, type CorpusPicture } from "../link/document.js";
import { CorpusIndex } from "../link/incremental.js";
import { StoreMirror } from "../store/mirror.js";
import type { Store, StoredArticle } from "../store/types.js";
import { datedPicture } from "./corpus.js";
import { settledCount, settledIndex } from "./stored-corpus.js";
import type { ArticleAnalysis } from "./types.js";

export class ResidentCorpus {
  private readonly mirror: StoreMirror;
  private index: CorpusIndex | null = null;
  /** How many of the mirror's first articles the index holds for good. */
  private folded = 0;
  private latest: CorpusPicture | null = null;
  /** The last picture asked for: one is computed at a time, since each reads and changes the index. */
  private pending: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly kb: KnowledgeBase,
  ) {
    this.mirror = new StoreMirror(store);
  }

  /** The picture of every stored article, up to date with the store. */
  picture(): Promise<CorpusPicture> {
    const next = this.pending.catch(() => undefined).then(() => this.refreshed());
    this.pending = next;
    return next;
  }

  private async refreshed(): Promise<CorpusPicture> {
    const firstChanged = await this.mirror.refresh();
    if (this.latest && firstChanged === null) return this.latest;
    const stored = this.mirror.articles;
    if (!this.index || (firstChanged !== null && firstChanged < this.folded)) await this.resume(stored);
    this.settle(stored);
    const analyses = stored.map((s) => s.analysis);
    this.latest = datedPicture(analyses, this.kb, (list) => this.tentatively(list, stored));
    return this.latest;
  }

  /** Starts over from the store's saved index of its settled articles (saving it anew when stale). */
  private async resume(stored: readonly StoredArticle[]): Promise<void> {
    this.latest = null;
    const settled = await settledIndex(this.store, stored, this.kb);
    this.index = settled?.resumed.index ?? new CorpusIndex(this.kb);
    this.folded = settled?.resumed.folded ?? 0;
  }

  /** Links for good the articles that have settled since the last picture. */
  private settle(stored: readonly StoredArticle[]): void {
    const settled = settledCount(stored);
    if (settled <= this.folded) return;
    const index = this.index!;
    for (const s of stored.slice(this.folded, settled)) index.add(s.analysis);
    index.update();
    this.folded = settled;
  }

  /**
   * The picture of `list` (the stored analyses, undated ones perhaps analysed again): the articles
   * after the settled ones are added under a checkpoint and taken back afterwards.
   */
  private tentatively(list: readonly ArticleAnalysis[], stored: readonly StoredArticle[]): CorpusPicture {
    const index = this.index!;
    const settledAsStored = list.slice(0, this.folded).every((a, i) => a === stored[i].analysis);
    if (!settledAsStored) return buildPicture(list, this.kb);
    const mark = index.checkpoint();
    try {
      for (const analysis of list.slice(this.folded)) index.add(analysis);
      return index.picture();
    } finally {
      index.rollback(mark);
    }
  }
}
