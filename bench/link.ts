// node --import tsx bench/link.ts: the cost of linking one more article into a corpus of n.
// Analyses the example corpus (and BASIL when ../shared is present) once, then clones those
// analyses with new ids and their dates shifted decade by decade, so the corpus grows
// without running the per-article stages again. Prints a Markdown table: the time to add
// article #n, and the time to read the picture of n articles.
import { existsSync } from "node:fs";
import { delimiter, join, resolve } from "node:path";
import { readInputs } from "../src/acquire/index.js";
import { analyzeArticle } from "../src/analyze/pipeline.js";
import type { ArticleAnalysis } from "../src/analyze/types.js";
import { cleanDocument } from "../src/clean/index.js";
import { type KnowledgeBase, loadKnowledge } from "../src/knowledge/index.js";
import { CorpusIndex } from "../src/link/incremental.js";

const ROOT = join(import.meta.dirname, "..");
const SHARED = resolve(process.env.SITREP_SHARED ?? join(ROOT, "..", "shared"));
const SIZES = (process.env.BENCH_SIZES ?? "100,1000,10000").split(",").map(Number);
/** Articles added around each measured one, whose median is reported. */
const SAMPLE = 9;
const YEARS_PER_ROUND = 10;

async function seedAnalyses(kb: KnowledgeBase): Promise<ArticleAnalysis[]> {
  const basil = join(SHARED, "external", "basil", "input", "articles.jsonl");
  const inputs = [join(ROOT, "examples", "corpus"), ...(existsSync(basil) ? [basil] : [])];
  const analyses: ArticleAnalysis[] = [];
  for await (const item of readInputs(inputs))
    if (item.kind === "document") analyses.push(analyzeArticle(cleanDocument(item.document, kb), kb));
  return analyses;
}

/**
 * Clone `i` of the seeds: seed i mod n with a new id, and every date it gives (publication,
 * events, time expressions) moved by a decade per round, so the corpus grows in time at the
 * density of the seeds (BASIL spans ten years) and rounds do not pile up on the same days.
 */
function clone(seeds: readonly ArticleAnalysis[], i: number): ArticleAnalysis {
  const seed = seeds[i % seeds.length];
  const later = (date: string) => shifted(date, YEARS_PER_ROUND * Math.floor(i / seeds.length));
  const published = seed.article.published;
  return {
    ...seed,
    article: {
      ...seed.article,
      id: `bench-${String(i).padStart(6, "0")}`,
      published: published && { ...published, date: later(published.date) },
    },
    timexes: seed.timexes.map((t) => ({ ...t, value: later(t.value) })),
    events: seed.events.map((e) => ({ ...e, date: e.date && { ...e.date, value: later(e.date.value) } })),
  };
}

/** The date `years` years later, at the same precision ("2025-11" -> "2027-11"). */
function shifted(date: string, years: number): string {
  const year = /^\d{4}/.exec(date);
  return year ? `${Number(year[0]) + years}${date.slice(4)}` : date;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[values.length >> 1];
}

function milliseconds(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

async function main() {
  const kb = loadKnowledge([join(ROOT, "knowledge"), join(ROOT, "examples", "knowledge")].join(delimiter));
  const seeds = await seedAnalyses(kb);
  const index = new CorpusIndex(kb);
  const rows: string[][] = [];
  let added = 0;
  for (const size of SIZES) {
    const times: number[] = [];
    while (added < size + (SAMPLE >> 1)) {
      const next = clone(seeds, added);
      const ms = milliseconds(() => index.add(next));
      added++;
      if (added > size - SAMPLE + (SAMPLE >> 1)) times.push(ms);
    }
    const picture = milliseconds(() => index.picture());
    rows.push([String(size), median(times).toFixed(2), picture.toFixed(0)]);
  }
  console.log(`seed analyses: ${seeds.length}; each row: median of ${SAMPLE} adds around article #n`);
  console.log("| article #n | add (ms) | picture of n (ms) |");
  console.log("| --- | --- | --- |");
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
}

await main();
