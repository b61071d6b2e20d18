// node --import tsx bench/report.ts: the cost of the store's corpus picture (what `sitrep report`
// and `sitrep export` compute) as the store grows, with and without its saved corpus index. At
// each size n (BENCH_SIZES), a fresh SQLite store gets n cloned analyses (bench/clones.ts); the
// table gives the time of the picture from scratch (no saved index: what every report cost
// before), the first picture (which also saves the index), a picture with nothing new, and one
// after NEW_ARTICLES newer articles arrived; and the saved index's size.
import { storyDating } from "../src/analyze/corpus.js";
import { storedPicture } from "../src/analyze/stored-corpus.js";
import type { ArticleAnalysis } from "../src/analyze/types.js";
import { preferLargeYoungGeneration } from "../src/cli/heap.js";
import type { KnowledgeBase } from "../src/knowledge/index.js";
import { buildPicture } from "../src/link/document.js";
import { openStore } from "../src/store/index.js";
import type { Store } from "../src/store/types.js";
import { clone, printTablePerSize } from "./clones.js";

const SIZES = (process.env.BENCH_SIZES ?? "1000,5000").split(",").map(Number);
const NEW_ARTICLES = 20;

async function seconds(run: () => Promise<unknown>): Promise<string> {
  const started = performance.now();
  await run();
  return ((performance.now() - started) / 1000).toFixed(2);
}

async function storeOf(home: string, list: readonly ArticleAnalysis[]): Promise<Store> {
  const store = await openStore({ home });
  for (const a of list) await store.ingest(a, { url: null, contentHash: a.article.id });
  return store;
}

async function row(kb: KnowledgeBase, seeds: readonly ArticleAnalysis[], size: number, home: string) {
  const store = await storeOf(
    home,
    Array.from({ length: size }, (_, i) => clone(seeds, i)),
  );
  try {
    const scratch = await seconds(async () => {
      const stored = await store.articles();
      buildPicture(
        stored.map((s) => s.analysis),
        kb,
        storyDating(kb),
      );
    });
    const first = await seconds(() => storedPicture(store, kb));
    const again = await seconds(() => storedPicture(store, kb));
    // Two rounds on from the last stored one, past every stored date (the seeds span more than one
    // round's decade), as a live feed brings articles newer than all it brought before.
    const after = (Math.ceil(size / seeds.length) + 1) * seeds.length;
    for (let i = 0; i < NEW_ARTICLES; i++) {
      const next = clone(seeds, after + i, `new-${size}-${i}`);
      await store.ingest(next, { url: null, contentHash: next.article.id });
    }
    const newer = await seconds(() => storedPicture(store, kb));
    const bytes = (await store.readSnapshot("corpus"))?.length ?? 0;
    return [String(size), scratch, first, again, newer, (bytes / 1e6).toFixed(1)];
  } finally {
    await store.close();
  }
}

async function main() {
  preferLargeYoungGeneration(); // as `sitrep report` does
  await printTablePerSize({
    name: "report",
    sizes: SIZES,
    caption: "wall seconds",
    header: [
      "stored n",
      "from scratch",
      "first (saves index)",
      "nothing new",
      `${NEW_ARTICLES} newer articles`,
      "saved index (MB)",
    ],
    row,
  });
}

await main();
