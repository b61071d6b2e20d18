// npm run bench: speed and memory of the per-article analysis and of ingest into SQLite,
// each next to a floor measured in the same run (one pass of a Unicode word regex over the same
// text). Prints a Markdown table to paste into bench/RESULTS.md.
import { execSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readInputs } from "../src/acquire/index.js";
import { contentHash } from "../src/analyze/ingest.js";
import { analyzeArticle } from "../src/analyze/pipeline.js";
import { cleanDocument } from "../src/clean/index.js";
import type { Article } from "../src/contract/types.js";
import { loadKnowledge } from "../src/knowledge/index.js";
import { openStore } from "../src/store/index.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2000);
const EXAMPLES = join(import.meta.dirname, "..", "examples", "corpus");

async function sampleArticles(): Promise<Article[]> {
  const kb = loadKnowledge();
  const articles: Article[] = [];
  for await (const item of readInputs([EXAMPLES]))
    if (item.kind === "document") articles.push(cleanDocument(item.document, kb));
  return articles;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

function regexFloor(texts: string[]): number {
  const started = performance.now();
  let words = 0;
  for (const t of texts) words += t.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words < 0) throw new Error("unreachable");
  return (performance.now() - started) / 1000;
}

async function main() {
  const kb = loadKnowledge();
  const sample = await sampleArticles();
  const articles = Array.from({ length: ROUNDS }, (_, i) => ({
    ...sample[i % sample.length],
    id: `bench-${i}`,
  }));
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const floorSeconds = regexFloor(articles.map((a) => a.text));

  const times: number[] = [];
  const started = performance.now();
  const analyses = articles.map((a) => {
    const t0 = performance.now();
    const analysis = analyzeArticle(a, kb);
    times.push(performance.now() - t0);
    return analysis;
  });
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);

  const home = mkdtempSync(join(tmpdir(), "sitrep-bench-"));
  const store = await openStore({ home });
  const ingestStarted = performance.now();
  for (const analysis of analyses) {
    const hash = contentHash({
      id: analysis.article.id,
      source: "",
      format: "text",
      content: analysis.article.text,
      url: null,
      outlet: null,
      published: null,
      title: null,
    });
    await store.ingest(analysis, { url: null, contentHash: hash });
  }
  const ingestSeconds = (performance.now() - ingestStarted) / 1000;
  await store.close();
  rmSync(home, { recursive: true, force: true });

  const mb = bytes / 1e6;
  const commit = execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim();
  const rows = [
    [
      "regex floor (one word-regex pass)",
      `${Math.round(ROUNDS / floorSeconds)}`,
      (mb / floorSeconds).toFixed(2),
      "",
      "",
    ],
    [
      "analyze, one core",
      `${Math.round(ROUNDS / seconds)}`,
      (mb / seconds).toFixed(2),
      `${percentile(times, 0.5).toFixed(2)} / ${percentile(times, 0.99).toFixed(2)}`,
      "",
    ],
    [
      "ingest into SQLite (store only)",
      `${Math.round(ROUNDS / ingestSeconds)}`,
      (mb / ingestSeconds).toFixed(2),
      "",
      "",
    ],
  ];
  console.log(
    `commit ${commit}, ${ROUNDS} articles of ${Math.round(bytes / ROUNDS)} bytes on average, node ${process.version}`,
  );
  console.log("| measure | articles/s | MB/s | p50 / p99 ms per article | |");
  console.log("| --- | --- | --- | --- | --- |");
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

await main();
