// Run: node --import tsx bench/extract.ts [FILE.jsonl] [--score]
// HTML extraction speed: every record with `html` in FILE (default: the AEB set) goes through
// HTML extraction alone (extractHtml), then the whole clean stage (main text, boilerplate,
// metadata), on one core, after a warm-up pass over the first pages. Prints pages/s, pages per
// CPU second and RSS (peak, and at the middle and end of the set: flat memory means the two are
// close); with --score, the AEB metric of the texts.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { SourceDocument } from "../src/acquire/types.js";
import { extractHtml } from "../src/clean/html/extract.js";
import { cleanDocument } from "../src/clean/index.js";
import { cleanRules } from "../src/clean/rules.js";
import type { Article } from "../src/contract/types.js";
import { loadKnowledge } from "../src/knowledge/index.js";

const SHARED = resolve(process.env.SITREP_SHARED ?? join(import.meta.dirname, "..", "..", "shared"));
const AEB = join(SHARED, "external", "aeb");

interface PageRecord {
  id: string;
  url?: string;
  html?: string;
}

const WARM_UP_PAGES = 40;

function pages(file: string): SourceDocument[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as PageRecord)
    .filter((r) => typeof r.html === "string")
    .map((r) => ({
      id: r.id,
      source: r.url ?? r.id,
      format: "html",
      content: r.html ?? "",
      url: r.url ?? null,
      outlet: null,
      published: null,
      title: null,
    }));
}

function main() {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--")) ?? join(AEB, "input.jsonl");
  if (!existsSync(file)) {
    console.log(`extract bench skipped: ${file} is absent`);
    return;
  }
  const kb = loadKnowledge();
  const rules = cleanRules(kb.dir);
  const docs = pages(file);
  // a first pass compiles the code paths; the timed passes measure the steady state
  for (const doc of docs.slice(0, WARM_UP_PAGES)) cleanDocument(doc, kb);
  timed("extractHtml", docs, (doc) => extractHtml(doc.content, rules));
  const articles = timed("clean stage", docs, (doc) => cleanDocument(doc, kb));
  if (args.includes("--score")) score(articles);
}

/** Runs `step` over every page and prints its speed and memory; returns the results. */
function timed<T>(label: string, docs: SourceDocument[], step: (doc: SourceDocument) => T): T[] {
  const results: T[] = [];
  let failed = 0;
  let peakRss = process.memoryUsage().rss;
  let middleRss = 0;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (const [i, doc] of docs.entries()) {
    try {
      results.push(step(doc));
    } catch (e) {
      failed++;
      console.error(`${doc.id}: ${(e as Error).message}`);
    }
    const rss = process.memoryUsage().rss;
    peakRss = Math.max(peakRss, rss);
    if (i === Math.floor(docs.length / 2)) middleRss = rss;
  }
  const seconds = (performance.now() - started) / 1000;
  // CPU time as well as wall time: on a shared machine the wall clock also counts other work.
  const cpu = process.cpuUsage(cpuStarted);
  const rate = (s: number) => (docs.length / s).toFixed(1);
  const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
  console.log(
    `${label}: pages ${docs.length}, failed ${failed}, ${rate(seconds)} pages/s (${rate((cpu.user + cpu.system) / 1e6)} per CPU second), RSS peak ${mb(peakRss)}, middle ${mb(middleRss)}, end ${mb(process.memoryUsage().rss)}`,
  );
  return results;
}

function score(articles: Article[]) {
  const out = join(import.meta.dirname, "out");
  mkdirSync(out, { recursive: true });
  const path = join(out, "extract-aeb.json");
  writeFileSync(path, JSON.stringify({ articles }));
  const scorer = join(SHARED, "eval", "aeb-score.mjs");
  const truth = join(AEB, "ground-truth.json");
  console.log(
    execFileSync(process.execPath, [scorer, "--truth", truth, "--output", path], { encoding: "utf8" }),
  );
}

main();
