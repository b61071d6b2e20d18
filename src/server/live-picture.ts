// The store's picture for a long-running process (`sitrep serve`): computed when first asked for,
// then served as it is until the store's revision changes (an ingest in another process, a worker
// on the same database). The whole store's picture is kept up to date at the cost of what changed
// (ResidentCorpus); a window (`since`) is linked afresh, as a report of it is.
import { ResidentCorpus } from "../analyze/resident-corpus.js";
import { storedPicture } from "../analyze/stored-corpus.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import type { CorpusPicture } from "../link/document.js";
import type { Store } from "../store/types.js";

/** Windows (`since` values) kept per revision; the oldest goes first, so no client can fill memory. */
const KEPT_WINDOWS = 8;

export class LivePicture {
  private revision: string | null = null;
  /** Pictures of the current revision by `since` ("" for the whole store), shared by concurrent requests. */
  private readonly pictures = new Map<string, Promise<CorpusPicture>>();
  private readonly whole: ResidentCorpus;

  constructor(
    private readonly store: Store,
    private readonly kb: KnowledgeBase,
  ) {
    this.whole = new ResidentCorpus(store, kb);
  }

  /** The picture of the articles published on or after `since` (all when absent), up to date. */
  async current(since?: string): Promise<CorpusPicture> {
    const revision = await this.store.revision();
    if (revision !== this.revision) {
      this.pictures.clear();
      this.revision = revision;
    }
    const key = since ?? "";
    let picture = this.pictures.get(key);
    if (!picture) {
      picture =
        since === undefined
          ? this.whole.picture()
          : storedPicture(this.store, this.kb, { since }).then((p) => p.picture);
      // A failed computation is not kept: the next request tries again.
      picture.catch(() => this.pictures.get(key) === picture && this.pictures.delete(key));
      this.pictures.set(key, picture);
      if (this.pictures.size > KEPT_WINDOWS) this.pictures.delete(this.pictures.keys().next().value!);
    }
    return picture;
  }
}
