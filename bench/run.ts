// npm run bench: speed and memory of the per-article analysis (one thread and a pool of worker
// threads) and of ingest into SQLite, each next to a floor measured in the same run (one pass of a
// Unicode word regex over the same text). Prints a Markdown table to paste into bench/RESULTS.md.
// BENCH_ROUNDS sets how many articles (copies of the example corpus with new ids).
//
// One thread is not one core: V8 collects garbage on helper threads, which an unpinned process
// runs on the other cores. The one-core row therefore runs the same pass in a child process that
// taskset pins to a single core, where it exists (Linux); the two-thread pool is compared with it.
import { execSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { readInputs } from "../src/acquire/index.js";
import type { SourceDocument } from "../src/acquire/types.js";
import { analyzeDocument } from "../src/analyze/document.js";
import { contentHash } from "../src/analyze/ingest.js";
import { AnalysisPool } from "../src/analyze/pool.js";
import { type PortableAnalysis, withoutSegmentation, withSegmentation } from "../src/analyze/portable.js";
import { loadKnowledge } from "../src/knowledge/index.js";
import { openStore } from "../src/store/index.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2000);
const WARM_UP = 500;
const EXAMPLES = join(import.meta.dirname, "..", "examples", "corpus");

async function sampleDocuments(): Promise<SourceDocument[]> {
  const sample: SourceDocument[] = [];
  for await (const item of readInputs([EXAMPLES])) if (item.kind === "document") sample.push(item.document);
  return Array.from({ length: ROUNDS }, (_, i) => ({ ...sample[i % sample.length], id: `bench-${i}` }));
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
const seconds = (since: number) => (performance.now() - since) / 1000;

function regexFloor(texts: string[]): number {
  const started = performance.now();
  let words = 0;
  for (const t of texts) words += t.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words < 0) throw new Error("unreachable");
  return seconds(started);
}

/** Times each article after a warm-up pass; keeps the analyses without their segmentation for the store step. */
function analyzeOnOneThread(docs: SourceDocument[]) {
  const kb = loadKnowledge();
  for (const doc of docs.slice(0, WARM_UP)) analyzeDocument(doc, kb);
  const times: number[] = [];
  const started = performance.now();
  const analyses = docs.map((doc) => {
    const t0 = performance.now();
    const analysis = analyzeDocument(doc, kb);
    times.push(performance.now() - t0);
    return withoutSegmentation(analysis);
  });
  return { analyses, seconds: seconds(started), times: times.sort((a, b) => a - b) };
}

interface OneThreadRun {
  seconds: number;
  times: number[];
}

/** The one-thread pass in a child process pinned to core 0, or undefined where taskset is missing. */
function analyzeOnOneCore(): OneThreadRun | undefined {
  const child = spawnSync(
    "taskset",
    ["-c", "0", process.execPath, ...process.execArgv, import.meta.filename],
    {
      env: { ...process.env, BENCH_PART: "one-core" },
      encoding: "utf8",
      maxBuffer: 1 << 26,
    },
  );
  if (child.error || child.status !== 0) {
    console.error(`one-core run skipped: ${child.error?.message ?? child.stderr.trim().split("\n")[0]}`);
    return undefined;
  }
  return JSON.parse(child.stdout) as OneThreadRun;
}

async function analyzeOnThreads(docs: SourceDocument[], threads: number): Promise<number> {
  const pool = new AnalysisPool(threads, loadKnowledge().dir);
  await Promise.all(docs.slice(0, WARM_UP).map(pool.analyze)); // warm up each thread's knowledge and JIT
  const started = performance.now();
  await Promise.all(docs.map(pool.analyze));
  const elapsed = seconds(started);
  await pool.close();
  return elapsed;
}

async function ingestIntoSqlite(docs: SourceDocument[], analyses: PortableAnalysis[]): Promise<number> {
  const home = mkdtempSync(join(tmpdir(), "sitrep-bench-"));
  const store = await openStore({ home });
  const started = performance.now();
  for (const [i, analysis] of analyses.entries()) {
    await store.ingest(withSegmentation(analysis), { url: null, contentHash: contentHash(docs[i]) });
  }
  const elapsed = seconds(started);
  await store.close();
  rmSync(home, { recursive: true, force: true });
  return elapsed;
}

const latency = (run: OneThreadRun) =>
  `${percentile(run.times, 0.5).toFixed(2)} / ${percentile(run.times, 0.99).toFixed(2)}`;

async function main() {
  const docs = await sampleDocuments();
  const threads = Math.max(2, availableParallelism());
  const one = analyzeOnOneThread(docs);
  const oneCore = analyzeOnOneCore();
  const texts = one.analyses.map((a) => a.article.text);
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  const floor = regexFloor(texts);
  const pooled = await analyzeOnThreads(docs, threads);
  const ingest = await ingestIntoSqlite(docs, one.analyses);
  const row = (name: string, s: number, latency = "") =>
    `| ${name} | ${Math.round(ROUNDS / s)} | ${(mb / s).toFixed(2)} | ${latency} |`;
  const commit = execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim();
  console.log(
    `commit ${commit}, ${ROUNDS} articles of ${Math.round((mb * 1e6) / ROUNDS)} bytes of kept text on average, ` +
      `node ${process.version}, ${availableParallelism()} cores`,
  );
  console.log("| measure | articles/s | MB/s | p50 / p99 ms per article |");
  console.log("| --- | --- | --- | --- |");
  console.log(row("regex floor (one word-regex pass)", floor));
  console.log(row("clean + analyze, one thread", one.seconds, latency(one)));
  if (oneCore)
    console.log(row("clean + analyze, one thread pinned to one core", oneCore.seconds, latency(oneCore)));
  console.log(row(`clean + analyze, ${threads} worker threads`, pooled));
  console.log(row("store into SQLite (analysis done)", ingest));
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  const speedUp = (base: number, name: string) => `${(base / pooled).toFixed(2)}× ${name}`;
  console.log(
    `${threads} threads: ${speedUp(one.seconds, "one thread")}${oneCore ? `, ${speedUp(oneCore.seconds, "one core")}` : ""}`,
  );
}

if (process.env.BENCH_PART === "one-core") {
  const { seconds, times } = analyzeOnOneThread(await sampleDocuments());
  process.stdout.write(JSON.stringify({ seconds, times }));
} else await main();
