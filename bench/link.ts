// node --import tsx bench/link.ts: the cost of linking one more article into a corpus of n.
// Analyses the example corpus (and BASIL when ../shared is present) once, then clones those
// analyses with new ids and their dates shifted decade by decade, so the corpus grows
// without running the per-article stages again. At each size n, the same probe articles (clones
// of fixed seeds, dated in the newest decade, so each meets its own earlier copy and that copy's
// story there) are added one by one; the table gives, per probe, the time to add it (entities,
// clusters, copies, story) and to bring the clusters and stories it touched up to date, the
// candidates blocking gave it, and the time to read the whole picture of n articles. Before
// that, the same probes (under other ids) are each added tentatively, as a live server adds its
// recent tail: checkpoint, add, update, rollback; the table gives the time of such a cycle and of
// its rollback, which should not grow with n.
import type { ArticleAnalysis } from "../src/analyze/types.js";
import type { KnowledgeBase } from "../src/knowledge/index.js";
import { CorpusIndex } from "../src/link/incremental.js";
import { benchKnowledge, clone, cpuMilliseconds as milliseconds, seedAnalyses } from "./clones.js";

const SIZES = (process.env.BENCH_SIZES ?? "100,1000,10000").split(",").map(Number);
/** Seeds cloned as probes at each size (basil triplets when present, after the examples). */
const PROBES = Array.from({ length: 15 }, (_, i) => 20 + i);

/** Candidate events and articles compared so far. */
function examined(index: CorpusIndex): number {
  return index.links.clusters.examined + index.links.stories.examined;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[values.length >> 1];
}

/** The probes at a corpus of `size`: clones of the PROBES seeds in the newest round, named `name-size-seed`. */
function probes(seeds: readonly ArticleAnalysis[], size: number, name: string): ArticleAnalysis[] {
  const round = Math.floor((size - 1) / seeds.length);
  return PROBES.map((p) => clone(seeds, round * seeds.length + p, `${name}-${size}-${p}`));
}

/** Adds each probe, timed with its update; returns the times and the candidates each examined. */
function probe(index: CorpusIndex, seeds: readonly ArticleAnalysis[], size: number) {
  const times: number[] = [];
  const candidates: number[] = [];
  for (const next of probes(seeds, size, "probe")) {
    const before = examined(index);
    times.push(
      milliseconds(() => {
        index.add(next);
        index.update();
      }),
    );
    candidates.push(examined(index) - before);
  }
  return { times, candidates };
}

/**
 * Adds each probe after a checkpoint, brings what it touched up to date, then rolls it back;
 * returns the time of each whole cycle and of its rollback.
 */
function tentative(index: CorpusIndex, seeds: readonly ArticleAnalysis[], size: number) {
  const cycles: number[] = [];
  const rollbacks: number[] = [];
  for (const next of probes(seeds, size, "tentative")) {
    const cycle = milliseconds(() => {
      const mark = index.checkpoint();
      index.add(next);
      index.update();
      rollbacks.push(milliseconds(() => index.rollback(mark)));
    });
    cycles.push(cycle);
  }
  return { cycles, rollbacks };
}

/** One round of the seeds through a throwaway index, so the first size is not measured cold. */
function warmUp(kb: KnowledgeBase, seeds: readonly ArticleAnalysis[]): void {
  const index = new CorpusIndex(kb);
  for (let i = 0; i < seeds.length; i++) index.add(clone(seeds, i));
  index.picture();
}

async function main() {
  const kb = benchKnowledge();
  const seeds = await seedAnalyses(kb);
  warmUp(kb, seeds);
  const index = new CorpusIndex(kb);
  const rows: string[][] = [];
  let added = 0;
  for (const size of SIZES) {
    for (; added < size; added++) index.add(clone(seeds, added));
    index.update();
    const { cycles, rollbacks } = tentative(index, seeds, size);
    const { times, candidates } = probe(index, seeds, size);
    const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
    const picture = milliseconds(() => index.picture());
    rows.push([
      String(size),
      median(times).toFixed(2),
      mean.toFixed(2),
      String(median(candidates)),
      picture.toFixed(0),
      median(cycles).toFixed(2),
      median(rollbacks).toFixed(3),
    ]);
  }
  console.log(`seed analyses: ${seeds.length}; probes: clones of seeds ${PROBES[0]}-${PROBES.at(-1)}`);
  console.log(
    "| corpus n | add + update, median (CPU ms) | mean (CPU ms) | candidates examined | picture of n (CPU ms) " +
      "| checkpoint + add + update + rollback, median (CPU ms) | of which rollback, median (CPU ms) |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
}

await main();
