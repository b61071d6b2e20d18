// node --import tsx bench/resident.ts: what `sitrep serve` pays to bring its picture up to date
// after one more article, as the store grows. At each size n (BENCH_SIZES), a fresh SQLite store
// gets n cloned analyses (bench/clones.ts); the server's resident picture
// (src/analyze/resident-corpus.ts) is computed once, then UPDATES articles arrive one at a time,
// each dated the newest day (as a live feed brings them) under an id that sorts among that day's
// articles, and the picture is brought up to date after each. The table gives the median time of
// an update (wall and CPU), split into linking (reading the store's changes, taking back and
// linking articles) and reading the whole picture out of the index (the document, alerts); the
// articles it linked (the new one and the recent ones sorting after it); and the time of the
// first picture for scale.
import { createHash } from "node:crypto";
import { ResidentCorpus } from "../src/analyze/resident-corpus.js";
import type { ArticleAnalysis } from "../src/analyze/types.js";
import { preferLargeYoungGeneration } from "../src/cli/heap.js";
import type { PublishedDate } from "../src/contract/types.js";
import type { KnowledgeBase } from "../src/knowledge/index.js";
import { CorpusIndex } from "../src/link/incremental.js";
import { openStore } from "../src/store/index.js";
import { type Store, type StoredArticle, sortDate } from "../src/store/types.js";
import { clone, printTablePerSize } from "./clones.js";

const SIZES = (process.env.BENCH_SIZES ?? "100,1000,10000").split(",").map(Number);
const UPDATES = 7;

/** Articles linked so far, by every index in this process. */
let linked = 0;
const add = CorpusIndex.prototype.add;
CorpusIndex.prototype.add = function (this: CorpusIndex, analysis: ArticleAnalysis) {
  linked++;
  return add.call(this, analysis);
};

/** CPU milliseconds spent reading pictures out of an index so far. */
let readout = 0;
const picture = CorpusIndex.prototype.picture;
CorpusIndex.prototype.picture = function (this: CorpusIndex) {
  const start = process.cpuUsage();
  try {
    return picture.call(this);
  } finally {
    const used = process.cpuUsage(start);
    readout += (used.user + used.system) / 1000;
  }
};

/** The newest day of the store, a day-precision date, as a new article from a live feed has. */
function newestDay(stored: readonly StoredArticle[]): PublishedDate | null {
  const last = stored.at(-1);
  return last
    ? { date: sortDate(last).slice(0, 10), precision: "day", inferred: false, basis: "bench" }
    : null;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[values.length >> 1];
}

async function timed(run: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const [wallStart, cpuStart] = [performance.now(), process.cpuUsage()];
  await run();
  const cpu = process.cpuUsage(cpuStart);
  return { wall: performance.now() - wallStart, cpu: (cpu.user + cpu.system) / 1000 };
}

/**
 * A store holding the list, written an hour ago (as a server finds its store): the rows a server
 * reads again, those of the last minutes, are then the new ones, as in a live store.
 */
async function storeOf(home: string, list: readonly ArticleAnalysis[]): Promise<Store> {
  let clock = new Date(Date.now() - 3_600_000);
  const store = await openStore({ home, now: () => clock });
  for (let i = 0; i < list.length; i += 256) {
    const group = list.slice(i, i + 256).map((analysis) => ({
      analysis,
      meta: { url: null, contentHash: analysis.article.id },
    }));
    await store.ingestMany(group);
  }
  clock = new Date();
  return store;
}

async function row(kb: KnowledgeBase, seeds: readonly ArticleAnalysis[], size: number, home: string) {
  const store = await storeOf(
    home,
    Array.from({ length: size }, (_, i) => clone(seeds, i)),
  );
  try {
    const corpus = new ResidentCorpus(store, kb);
    const first = await timed(() => corpus.picture());
    const newest = newestDay(await store.articles());
    const walls: number[] = [];
    const cpus: number[] = [];
    const readouts: number[] = [];
    const links: number[] = [];
    for (let k = 0; k < UPDATES; k++) {
      // an id like the ones the clones have, placed anywhere among them
      const id = `bench-${createHash("sha1").update(`${size}:${k}`).digest("hex").slice(0, 6)}`;
      const next = clone(seeds, size + k, id);
      await store.ingest(
        { ...next, article: { ...next.article, published: newest } },
        { url: null, contentHash: id },
      );
      const [linkedBefore, readoutBefore] = [linked, readout];
      const { wall, cpu } = await timed(() => corpus.picture());
      walls.push(wall);
      cpus.push(cpu);
      readouts.push(readout - readoutBefore);
      links.push(linked - linkedBefore);
    }
    return [
      String(size),
      median(walls).toFixed(0),
      median(cpus).toFixed(0),
      median(cpus.map((cpu, i) => cpu - readouts[i])).toFixed(0),
      median(readouts).toFixed(0),
      String(median(links)),
      (first.wall / 1000).toFixed(1),
    ];
  } finally {
    await store.close();
  }
}

async function main() {
  preferLargeYoungGeneration(); // as `sitrep serve` does
  await printTablePerSize({
    name: "resident",
    sizes: SIZES,
    caption: `${UPDATES} updates per size, medians`,
    header: [
      "stored n",
      "update, wall ms",
      "update, CPU ms",
      "of which linking",
      "of which reading the picture out",
      "articles linked per update",
      "first picture (s)",
    ],
    row,
  });
}

await main();
