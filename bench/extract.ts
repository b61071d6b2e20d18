// Run: node --import tsx bench/extract.ts [FILE.jsonl] [--score]
// HTML extraction speed: every record with `html` in FILE (default: the AEB set) goes through
// the clean stage alone (main text, boilerplate, metadata) on one core. Prints pages/s and peak
// RSS; with --score, also the AEB metric of the extracted texts.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { SourceDocument } from "../src/acquire/types.js";
import { cleanDocument } from "../src/clean/index.js";
import type { Article } from "../src/contract/types.js";
import { loadKnowledge } from "../src/knowledge/index.js";

const SHARED = resolve(process.env.SITREP_SHARED ?? join(import.meta.dirname, "..", "..", "shared"));
const AEB = join(SHARED, "external", "aeb");

interface PageRecord {
  id: string;
  url?: string;
  html?: string;
}

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
  const docs = pages(file);
  const articles: Article[] = [];
  let failed = 0;
  let peakRss = process.memoryUsage().rss;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (const doc of docs) {
    try {
      articles.push(cleanDocument(doc, kb));
    } catch (e) {
      failed++;
      console.error(`${doc.id}: ${(e as Error).message}`);
    }
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  // CPU time as well as wall time: on a shared machine the wall clock also counts other work.
  const cpu = process.cpuUsage(cpuStarted);
  const rate = (s: number) => (docs.length / s).toFixed(1);
  console.log(
    `pages ${docs.length}, failed ${failed}, ${rate(seconds)} pages/s (${rate((cpu.user + cpu.system) / 1e6)} per CPU second), peak RSS ${Math.round(peakRss / 2 ** 20)} MB`,
  );
  if (args.includes("--score")) score(articles);
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
