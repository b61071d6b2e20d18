// `sitrep worker`, and `sitrep ingest --queue` that feeds it: ingest through a job queue kept in
// PostgreSQL, so any number of worker processes on any number of machines share the analysis.
import { Command, InvalidArgumentError, Option } from "commander";
import type PgBoss from "pg-boss";
import type { AcquireOptions } from "../../acquire/index.js";
import { loadKnowledge } from "../../knowledge/index.js";
import {
  enqueueInputs,
  type JobFailure,
  openQueue,
  type QueueSettings,
  queueSettingsFromEnv,
  runWorker,
  type WorkerSummary,
} from "../../queue/index.js";
import { isPostgresUrl } from "../../store/postgres.js";
import type { Store } from "../../store/types.js";
import { UserError } from "../errors.js";
import { openConfiguredStore, printProblem, progress } from "../options.js";
import { listenForShutdown } from "../shutdown.js";

/**
 * One job is analysed while another waits on the database: on bench/queue.ts this took one worker
 * from about 21 to 43 articles/s; more gained nothing, since analysis is synchronous.
 */
const DEFAULT_CONCURRENCY = 2;

interface WorkerFlags {
  concurrency: number;
  once?: boolean;
}

/** `sitrep ingest --queue`: one job per document for the workers; nothing is analysed here. */
export async function enqueueForWorkers(inputs: readonly string[], options: AcquireOptions): Promise<void> {
  await withQueue(async (boss, settings) => {
    const summary = await enqueueInputs(inputs, boss, settings, { ...options, onProblem: printProblem });
    progress(
      `enqueued ${summary.enqueued} articles in ${settings.schema}: ` +
        `${summary.alreadyQueued} already queued, ${summary.problems.length} failed`,
    );
    if (summary.problems.length) process.exitCode = 1;
  });
}

export function workerCommand(): Command {
  return new Command("worker")
    .description("analyse queued articles (sitrep ingest --queue) into the store; run as many as wanted")
    .addOption(
      new Option("--concurrency <n>", "jobs in hand at once (analysis uses one core: add processes for more)")
        .argParser(positiveInteger)
        .default(DEFAULT_CONCURRENCY),
    )
    .option("--once", "exit when no job is left instead of waiting for more")
    .addHelpText(
      "after",
      "\nRuns until SIGTERM or SIGINT, finishing the jobs in hand. A job whose worker dies is retried after\n" +
        "SITREP_JOB_EXPIRE_SECONDS.\n\nExample:\n  DATABASE_URL=postgres://sitrep@db/sitrep sitrep worker --concurrency 2",
    )
    .action(work);
}

async function work(flags: WorkerFlags): Promise<void> {
  const kb = loadKnowledge();
  const store = await openConfiguredStore();
  try {
    const shutdown = listenForShutdown();
    const summary = await withQueue((boss) =>
      runWorker({
        boss,
        store,
        kb,
        concurrency: flags.concurrency,
        drain: flags.once === true,
        signal: shutdown.signal,
        onFailure,
      }),
    ).finally(() => shutdown.dispose());
    await report(summary, store);
    // Stopping on a signal is how a long-running worker ends (exit 0); only a drained batch
    // reports failed jobs in its exit code.
    if (flags.once && summary.failed > 0) process.exitCode = 1;
  } finally {
    await store.close();
  }
}

/** Runs `use` with the queue that DATABASE_URL and the SITREP_QUEUE_* settings select, then closes it. */
async function withQueue<T>(use: (boss: PgBoss, settings: QueueSettings) => Promise<T>): Promise<T> {
  const settings = queueSettingsFromEnv();
  const boss = await openQueue(queueDatabaseUrl(), settings);
  try {
    return await use(boss, settings);
  } finally {
    await boss.stop({ graceful: false });
  }
}

/** The queue lives in the PostgreSQL database of the store: DATABASE_URL, required. */
function queueDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url || !isPostgresUrl(url)) {
    throw new UserError("the job queue needs PostgreSQL: set DATABASE_URL=postgres://user@host/database");
  }
  return url;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number, 1 or more");
  return n;
}

function onFailure({ input, message, attempt, attempts }: JobFailure): void {
  const next = attempt < attempts ? "it will be retried" : "the job stays failed";
  process.stderr.write(`sitrep: ${input}: ${message} (attempt ${attempt} of ${attempts}; ${next})\n`);
}

async function report(summary: WorkerSummary, store: Store): Promise<void> {
  const total = await store.count();
  progress(
    `worker: ${summary.added} added, ${summary.replaced} replaced, ${summary.unchanged} unchanged, ` +
      `${summary.failed} failed; ${total} articles stored in ${store.location}`,
  );
}
