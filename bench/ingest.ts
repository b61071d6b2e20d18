// node --import tsx bench/ingest.ts: `sitrep ingest` end to end (read a JSONL file, analyse on
// worker threads, store into a fresh SQLite file) over BENCH_ARTICLES articles (default 20,000;
// the memory goal is 100,000), made from copies of the example corpus with new ids. Prints
// articles/s, MB/s and the peak RSS of the process (threads included), sampled as it runs, so a
// growth with the number of articles shows.
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { readInputs } from "../src/acquire/index.js";
import type { SourceDocument } from "../src/acquire/types.js";
import { ingestInputs } from "../src/analyze/ingest.js";
import { AnalysisPool } from "../src/analyze/pool.js";
import { loadKnowledge } from "../src/knowledge/index.js";
import { openStore } from "../src/store/index.js";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 20_000);
const THREADS = Number(process.env.BENCH_THREADS ?? availableParallelism());
const EXAMPLES = join(import.meta.dirname, "..", "examples", "corpus");

async function writeFeed(path: string): Promise<number> {
  const sample: SourceDocument[] = [];
  for await (const item of readInputs([EXAMPLES])) if (item.kind === "document") sample.push(item.document);
  const out = createWriteStream(path);
  let bytes = 0;
  for (let i = 0; i < ARTICLES; i++) {
    const { id: _, source: __, format, content, ...meta } = sample[i % sample.length];
    const record = { id: `feed-${i}`, ...meta, [format === "html" ? "html" : "text"]: content };
    const line = `${JSON.stringify(record)}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise((resolve) => out.end(resolve));
  return bytes;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-ingest-"));
  const feed = join(dir, "feed.jsonl");
  const bytes = await writeFeed(feed);
  const kb = loadKnowledge();
  const store = await openStore({ home: dir });
  const pool = new AnalysisPool(THREADS, kb.dir);
  const rss: number[] = [];
  const sampler = setInterval(() => rss.push(process.memoryUsage.rss() / 1e6), 1000);
  const started = performance.now();
  const summary = await ingestInputs([feed], store, kb, { pool });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  await pool.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  const peak = process.resourceUsage().maxRSS / 1024;
  const quarter = (q: number) => Math.round(rss[Math.floor((rss.length - 1) * q)] ?? 0);
  console.log(
    `${summary.added} articles ingested into SQLite on ${THREADS} threads in ${seconds.toFixed(1)} s: ` +
      `${Math.round(summary.added / seconds)} articles/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s of input; ` +
      `RSS at 25/50/75/100% of the run ${quarter(0.25)}/${quarter(0.5)}/${quarter(0.75)}/${quarter(1)} MB, ` +
      `peak ${Math.round(peak)} MB; ${summary.problems.length} problems`,
  );
  if (summary.problems.length) console.log(`first problem: ${JSON.stringify(summary.problems[0])}`);
}

await main();
