// Corpora of any size for the link and report benchmarks, without running the per-article stages
// again: the example corpus (and BASIL when ../shared is present) analysed once, then cloned with
// new ids and every date moved a decade per round.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { readInputs } from "../src/acquire/index.js";
import { analyzeArticle } from "../src/analyze/pipeline.js";
import type { ArticleAnalysis } from "../src/analyze/types.js";
import { cleanDocument } from "../src/clean/index.js";
import { type KnowledgeBase, loadKnowledge } from "../src/knowledge/index.js";

const ROOT = join(import.meta.dirname, "..");
const SHARED = resolve(process.env.SITREP_SHARED ?? join(ROOT, "..", "shared"));
const YEARS_PER_ROUND = 10;

/** The shipped knowledge with the example corpus's overlay. */
export function benchKnowledge(): KnowledgeBase {
  return loadKnowledge([join(ROOT, "knowledge"), join(ROOT, "examples", "knowledge")].join(delimiter));
}

export async function seedAnalyses(kb: KnowledgeBase): Promise<ArticleAnalysis[]> {
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
export function clone(
  seeds: readonly ArticleAnalysis[],
  i: number,
  id = `bench-${String(i).padStart(6, "0")}`,
): ArticleAnalysis {
  const seed = seeds[i % seeds.length];
  const later = (date: string) => shifted(date, YEARS_PER_ROUND * Math.floor(i / seeds.length));
  const published = seed.article.published;
  return {
    ...seed,
    article: {
      ...seed.article,
      id,
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

/**
 * CPU milliseconds of this process spent on `run`: unlike wall time, it does not count the time
 * other processes of a busy machine hold the cores.
 */
export function cpuMilliseconds(run: () => unknown): number {
  const started = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1000;
}

/** A benchmark that gives one table row per corpus size, each measured on a store of its own. */
export interface TablePerSize {
  /** Names the temporary directory. */
  name: string;
  sizes: readonly number[];
  /** Printed above the table, after the number of seeds. */
  caption: string;
  header: readonly string[];
  row: (
    kb: KnowledgeBase,
    seeds: readonly ArticleAnalysis[],
    size: number,
    home: string,
  ) => Promise<string[]>;
}

/**
 * Runs `row` once per size, each with a store home of its own under a temporary directory that is
 * removed afterwards, and prints the rows as a Markdown table.
 */
export async function printTablePerSize({ name, sizes, caption, header, row }: TablePerSize): Promise<void> {
  const kb = benchKnowledge();
  const seeds = await seedAnalyses(kb);
  const root = mkdtempSync(join(tmpdir(), `sitrep-bench-${name}-`));
  const rows: string[][] = [];
  try {
    for (const size of sizes) rows.push(await row(kb, seeds, size, join(root, String(size))));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  console.log(`seed analyses: ${seeds.length}; ${caption}`);
  for (const cells of [header, header.map(() => "---"), ...rows]) console.log(`| ${cells.join(" | ")} |`);
}
