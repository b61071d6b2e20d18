// A long-running reader's copy of what a store holds (`sitrep serve`), in store order, brought up
// to date by reading only the rows written since its last look: the cost of a look follows what
// changed, not the size of the store.
import { byStoreOrder, type Store, type StoredArticle } from "./types.js";

/**
 * How far before the newest write already seen each look reads again. Write times come from the
 * writers' clocks (several machines may share a PostgreSQL store), and a transaction may commit
 * after one stamped later; a row read again unchanged costs only a comparison of hashes, but every
 * row written in the window is read again, so the window is short: a write stamped earlier than
 * this, committed later, would be missed until the count disagrees (an addition) or the server
 * starts again (a replacement).
 */
const REREAD_MS = 2 * 60_000;

export class StoreMirror {
  private held: StoredArticle[] = [];
  private readonly byId = new Map<string, StoredArticle>();
  private lastSeq = 0;
  private lastWrite = "";
  private loaded = false;

  constructor(private readonly store: Store) {}

  /** The store's articles as of the last look, in store order. */
  get articles(): readonly StoredArticle[] {
    return this.held;
  }

  /**
   * Brings the copy up to date. Returns the position of the first article that is not as it was
   * (every one before it is the same object as before), or null when nothing changed.
   */
  async refresh(): Promise<number | null> {
    if (!this.loaded) return this.reload();
    const versions = await this.store.versionsSince(this.lastSeq, this.rereadFrom());
    const stale = versions.filter((v) => this.byId.get(v.id)?.contentHash !== v.contentHash);
    this.noteSeen(versions);
    const first = stale.length
      ? this.replace(await this.store.articlesWithIds(stale.map((v) => v.id)))
      : null;
    // A row committed late under an older sequence number and write time escapes the look above;
    // the count tells, and the copy is then read again whole.
    if (this.held.length !== (await this.store.count())) return this.reload();
    return first;
  }

  /** Reads the whole store again; returns 0 (everything may have changed). */
  async reload(): Promise<0> {
    const versions = await this.store.versionsSince(0, "");
    // Read after the versions: a write in between is read again by the next look, and found unchanged.
    this.held = await this.store.articles();
    this.loaded = true;
    this.byId.clear();
    for (const article of this.held) this.byId.set(article.analysis.article.id, article);
    this.lastSeq = 0;
    this.lastWrite = "";
    this.noteSeen(versions);
    return 0;
  }

  private rereadFrom(): string {
    if (!this.lastWrite) return "";
    return new Date(Date.parse(this.lastWrite) - REREAD_MS).toISOString();
  }

  private noteSeen(versions: readonly { seq: number; writtenAt: string }[]): void {
    for (const { seq, writtenAt } of versions) {
      if (seq > this.lastSeq) this.lastSeq = seq;
      if (writtenAt > this.lastWrite) this.lastWrite = writtenAt;
    }
  }

  /** Puts each article in its place, instead of the copy it replaces; returns the first place touched. */
  private replace(fresh: readonly StoredArticle[]): number | null {
    let first: number | null = null;
    const touched = (at: number) => {
      if (first === null || at < first) first = at;
    };
    for (const article of fresh) {
      const old = this.byId.get(article.analysis.article.id);
      if (old) {
        const at = this.positionOf(old);
        this.held.splice(at, 1);
        touched(at);
      }
      const at = this.positionOf(article);
      this.held.splice(at, 0, article);
      this.byId.set(article.analysis.article.id, article);
      touched(at);
    }
    return first;
  }

  /** Where the article is, or would go, in store order (ids are unique, so no two compare equal). */
  private positionOf(article: StoredArticle): number {
    let [low, high] = [0, this.held.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (byStoreOrder(this.held[middle], article) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
