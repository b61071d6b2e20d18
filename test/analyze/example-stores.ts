// Real SQLite stores of the example corpus, for the tests of a store's corpus picture: each test
// gets stores of its own, closed after it; the files go when the file's tests end.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, vi } from "vitest";
import { storyDating } from "../../src/analyze/corpus.js";
import type { ArticleAnalysis } from "../../src/analyze/types.js";
import { buildPicture } from "../../src/link/document.js";
import { openStore } from "../../src/store/index.js";
import type { Store } from "../../src/store/types.js";
import { exampleAnalyses, exampleKnowledge as kb } from "../link/examples.js";

export function exampleStores(name: string) {
  const root = mkdtempSync(join(tmpdir(), `sitrep-${name}-`));
  const opened: Store[] = [];
  let homes = 0;
  let analyses: ArticleAnalysis[] = [];

  /** The store's clock: noon of the newest example's day, as when a live feed brought them. */
  let newsDay = new Date();

  beforeAll(async () => {
    analyses = await exampleAnalyses();
    const newest = analyses
      .flatMap((a) => a.article.published?.date ?? [])
      .sort()
      .at(-1)!;
    newsDay = new Date(`${newest}T12:00:00.000Z`);
  }, 60_000);
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
    vi.restoreAllMocks();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** Stores each analysis, its content told apart by id and title. */
  async function ingest(store: Store, list: readonly ArticleAnalysis[]): Promise<void> {
    for (const a of list)
      await store.ingest(a, { url: null, contentHash: `hash:${a.article.id}:${a.article.title}` });
  }

  return {
    /** The example corpus's analyses (read before the tests run). */
    analyses: () => analyses,
    ingest,
    async storeWith(list: readonly ArticleAnalysis[]): Promise<Store> {
      const store = await openStore({ home: join(root, `home-${++homes}`), now: () => newsDay });
      opened.push(store);
      await ingest(store, list);
      return store;
    },
    /** The picture of what the store holds, linked from scratch in the store's order. */
    async fromScratch(store: Store): Promise<string> {
      const stored = await store.articles();
      return JSON.stringify(
        buildPicture(
          stored.map((s) => s.analysis),
          kb,
          storyDating(kb),
        ),
      );
    },
  };
}
