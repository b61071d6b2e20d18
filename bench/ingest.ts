// node --import tsx bench/ingest.ts: the built `sitrep ingest` end to end (read a JSONL file,
// analyse on worker threads, store into a fresh SQLite file, or into the PostgreSQL database
// DATABASE_URL names, which must be empty) over BENCH_ARTICLES articles (default
// 20,000; the memory goal is about 100,000), copies of the example corpus with new ids. Prints
// articles/s, MB/s and the process's peak RSS (threads included) as the run goes, so growth with
// the number of articles shows, and the rate of storing early in the run (articles 5-15 %) against
// late (85-95 %), from the store's count read four times a second, so a cost per article that grows
// with the store shows. Build first (npm install does, or npm run build).
import { spawn } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { readInputs } from "../src/acquire/index.js";
import type { SourceDocument } from "../src/acquire/types.js";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 20_000);
const THREADS = Number(process.env.BENCH_THREADS ?? availableParallelism());
const EXAMPLES = join(import.meta.dirname, "..", "examples", "corpus");
const SITREP = join(import.meta.dirname, "..", "bin", "sitrep.js");

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

/** The peak resident memory of a running process so far (Linux: VmHWM), in MB. */
function peakRssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

interface CountSample {
  seconds: number;
  count: number;
}

/** The store's article count, read from outside the ingesting process (null until it exists). */
interface StoreCounter {
  count(): Promise<number | null>;
  close(): Promise<void>;
}

async function storeCounter(dir: string): Promise<StoreCounter> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const client = new pg.Client(url);
    await client.connect();
    return {
      count: async () =>
        Number((await client.query("select count(*) as n from articles").catch(() => null))?.rows[0].n ?? 0),
      close: () => client.end(),
    };
  }
  const { default: Database } = await import("better-sqlite3");
  let db: InstanceType<typeof Database> | null = null;
  return {
    count: async () => {
      try {
        db ??= new Database(join(dir, "sitrep.db"), { readonly: true, fileMustExist: true });
        return (db.prepare("select count(*) as n from articles").get() as { n: number }).n;
      } catch {
        return null;
      }
    },
    close: async () => {
      db?.close();
    },
  };
}

/** When the count first reached `count` (the first sample at or past it). */
function reached(samples: readonly CountSample[], count: number): number {
  return samples.find((s) => s.count >= count)?.seconds ?? Number.NaN;
}

/** Articles stored per second while the count went from `from` to `to` (fractions of the run). */
function rateBetween(samples: readonly CountSample[], from: number, to: number): number {
  const [low, high] = [Math.round(ARTICLES * from), Math.round(ARTICLES * to)];
  return (high - low) / (reached(samples, high) - reached(samples, low));
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-ingest-"));
  const feed = join(dir, "feed.jsonl");
  const bytes = await writeFeed(feed);
  const started = performance.now();
  const child = spawn(process.execPath, [SITREP, "ingest", "--threads", String(THREADS), feed], {
    env: { ...process.env, SITREP_HOME: dir, SITREP_QUIET: "1" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const peaks: number[] = [];
  const sampler = setInterval(() => peaks.push(peakRssOf(child.pid as number)), 500);
  const counter = await storeCounter(dir);
  const counts: CountSample[] = [];
  const countSampler = setInterval(async () => {
    const count = await counter.count();
    if (count !== null) counts.push({ seconds: (performance.now() - started) / 1000, count });
  }, 250);
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  clearInterval(sampler);
  clearInterval(countSampler);
  await counter.close();
  const seconds = (performance.now() - started) / 1000;
  rmSync(dir, { recursive: true, force: true });
  const at = (q: number) => Math.round(peaks[Math.floor((peaks.length - 1) * q)] ?? 0);
  console.log(
    `sitrep ingest --threads ${THREADS} of ${ARTICLES} articles into ${process.env.DATABASE_URL ? "PostgreSQL" : "SQLite"}: exit ${code}, ${seconds.toFixed(1)} s, ` +
      `${Math.round(ARTICLES / seconds)} articles/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s of input; ` +
      `peak RSS by 25/50/75/100% of the run ${at(0.25)}/${at(0.5)}/${at(0.75)}/${at(1)} MB`,
  );
  const [early, late] = [rateBetween(counts, 0.05, 0.15), rateBetween(counts, 0.85, 0.95)];
  console.log(
    `stored per second at 5-15% of the run ${Math.round(early)}, at 85-95% ${Math.round(late)} ` +
      `(cost per article late / early: ${(early / late).toFixed(2)})`,
  );
}

await main();
