// node --import tsx bench/queue.ts: ingest through the job queue with 1 and with 3 worker processes
// (`sitrep worker --once`, 1 or 2 jobs in hand each), BENCH_QUEUE_ARTICLES generated articles (default 300) each time, in a
// fresh store and queue schema on SITREP_TEST_DATABASE_URL (else the local server), dropped after.
// Plain `sitrep ingest` into the same kind of store is the baseline. Two rates: over the wall time
// from starting the processes to the last one exiting (start-up included), and over the span from
// the first article stored to the last (steady state). Prints a Markdown table, with the machine's
// cores and load beside it: the workers share the CPU with PostgreSQL and whatever else runs.
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { enqueueInputs, openQueue, queueSettingsFromEnv } from "../src/queue/index.js";
import { writeGeneratedArticles } from "../test/queue/articles.js";
import { dropSchemas, freshSchemas, type QueueSchemas, sql } from "../test/queue/postgres.js";
import { startSitrep } from "../test/queue/processes.js";

const ARTICLES = Number(process.env.BENCH_QUEUE_ARTICLES ?? 300);
/** Worker processes, and the jobs each has in hand (--concurrency). */
const WORKER_RUNS = [
  { workers: 1, concurrency: 1 },
  { workers: 1, concurrency: 2 },
  { workers: 3, concurrency: 2 },
];

interface Rates {
  wall: number;
  steady: number;
}

async function enqueue(input: string, schemas: QueueSchemas): Promise<void> {
  const settings = queueSettingsFromEnv(schemas.env);
  const boss = await openQueue(String(schemas.env.DATABASE_URL), settings);
  try {
    await enqueueInputs([input], boss, settings);
  } finally {
    await boss.stop({ graceful: false });
  }
}

/** Seconds from starting the processes to the last one exiting. */
async function runSeconds(processes: number, args: string[], schemas: QueueSchemas): Promise<number> {
  const start = performance.now();
  const runs = Array.from({ length: processes }, () => startSitrep(args, schemas.env));
  for (const { ended } of runs) {
    const { code, stderr } = await ended;
    if (code !== 0) throw new Error(`sitrep ${args[0]} failed (exit ${code}): ${stderr.slice(-400)}`);
  }
  return (performance.now() - start) / 1000;
}

/** Articles per second between the first article stored and the last. */
async function steadyRate(schemas: QueueSchemas): Promise<number> {
  const [span] = await sql<{ n: string; first: string; last: string }>(
    `select count(*) as n, min(ingested_at) as first, max(ingested_at) as last from ${schemas.store}.articles`,
  );
  const seconds = (Date.parse(span.last) - Date.parse(span.first)) / 1000;
  return (Number(span.n) - 1) / seconds;
}

/** Runs the processes in fresh schemas, after `prepare`, and measures them. */
async function measure(
  processes: number,
  args: string[],
  prepare: (schemas: QueueSchemas) => Promise<void>,
): Promise<Rates> {
  const schemas = await freshSchemas();
  try {
    await prepare(schemas);
    const seconds = await runSeconds(processes, args, schemas);
    return { wall: ARTICLES / seconds, steady: await steadyRate(schemas) };
  } finally {
    await dropSchemas(schemas);
  }
}

function row(what: string, rates: Rates): string {
  return `| ${what} | ${ARTICLES} | ${rates.wall.toFixed(1)} | ${rates.steady.toFixed(1)} |`;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-queue-"));
  try {
    const input = join(dir, "articles.jsonl");
    writeGeneratedArticles(input, ARTICLES);
    console.log(`${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)} at the start\n`);
    console.log("| run | articles | articles/s, wall | articles/s, steady |\n| --- | ---: | ---: | ---: |");
    const plain = await measure(1, ["ingest", input], async () => {});
    console.log(row("`sitrep ingest` (no queue)", plain));
    for (const { workers, concurrency } of WORKER_RUNS) {
      const args = ["worker", "--once", "--concurrency", String(concurrency)];
      const rates = await measure(workers, args, (schemas) => enqueue(input, schemas));
      console.log(row(`${workers} × \`sitrep worker --once --concurrency ${concurrency}\``, rates));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
