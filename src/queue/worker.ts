// `sitrep worker`: takes ingest jobs from the queue and analyses each document into the store. Any
// number of workers on any number of machines may share one queue and one store: pg-boss hands each
// job to one worker at a time, and the store's unique content hash keeps an article from being
// stored twice when an expired job is retried while its first worker still finishes it.
import { setTimeout as sleep } from "node:timers/promises";
import type PgBoss from "pg-boss";
import { ingestDocument } from "../analyze/ingest.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import type { IngestResult, Store } from "../store/types.js";
import { INGEST_QUEUE } from "./connection.js";
import { isIngestJobData } from "./jobs.js";

/** How long an idle worker waits before asking the queue again (pg-boss's own polling default). */
const POLL_MS = 2000;

export interface WorkerOptions {
  boss: PgBoss;
  store: Store;
  kb: KnowledgeBase;
  /**
   * Jobs in hand at once. Analysis is synchronous, so more than one only overlaps database round
   * trips; to use more cores, run more worker processes.
   */
  concurrency: number;
  /** Return once no job is waiting, due for retry or running anywhere, instead of waiting for more. */
  drain: boolean;
  /** When aborted, no new job is taken; the jobs in hand are finished first. */
  signal?: AbortSignal;
  onFailure?: (failure: JobFailure) => void;
}

export interface JobFailure {
  /** The document's source when the payload names one, else the job id. */
  input: string;
  message: string;
  /** This attempt (1 for the first) and how many pg-boss makes before the job stays failed. */
  attempt: number;
  attempts: number;
}

export interface WorkerSummary {
  added: number;
  replaced: number;
  unchanged: number;
  /** Attempts that failed here; pg-boss retries such a job a few times before it stays failed. */
  failed: number;
}

type Outcome = { ok: true; result: IngestResult } | { ok: false; input: string; message: string };
type IngestJob = PgBoss.JobWithMetadata<unknown>;

export async function runWorker(options: WorkerOptions): Promise<WorkerSummary> {
  const summary: WorkerSummary = { added: 0, replaced: 0, unchanged: 0, failed: 0 };
  // A loop that fails (the database went away) stops the others too, so none outlives the worker.
  const failedLoop = new AbortController();
  const signal = AbortSignal.any([failedLoop.signal, ...(options.signal ? [options.signal] : [])]);
  const loops = Array.from({ length: options.concurrency }, () =>
    workLoop({ ...options, signal }, summary).catch((e: unknown) => {
      failedLoop.abort();
      throw e;
    }),
  );
  const failure = (await Promise.allSettled(loops)).find((loop) => loop.status === "rejected");
  if (failure) throw failure.reason;
  return summary;
}

async function workLoop(options: WorkerOptions, summary: WorkerSummary): Promise<void> {
  while (!options.signal?.aborted) {
    const [job] = await options.boss.fetch<unknown>(INGEST_QUEUE, { includeMetadata: true });
    if (job) await handleJob(job, options, summary);
    else if (options.drain && (await workLeft(options.boss)) === 0) return;
    else await idle(options.signal);
  }
}

/**
 * Jobs waiting, due for retry or running. A running job may be held by a worker that died; once it
 * expires, maintenance turns it into a retry that a live worker takes, so draining waits for it.
 */
function workLeft(boss: PgBoss): Promise<number> {
  return boss.getQueueSize(INGEST_QUEUE, { before: "completed" });
}

async function idle(signal: AbortSignal | undefined): Promise<void> {
  try {
    await sleep(POLL_MS, undefined, { signal });
  } catch {
    // Aborted: the work loop sees the signal and stops.
  }
}

async function handleJob(job: IngestJob, options: WorkerOptions, summary: WorkerSummary): Promise<void> {
  const outcome = await ingestJob(job, options);
  if (outcome.ok) {
    summary[outcome.result.status]++;
    await options.boss.complete(INGEST_QUEUE, job.id, outcome.result);
  } else {
    summary.failed++;
    const { input, message } = outcome;
    options.onFailure?.({ input, message, attempt: job.retryCount + 1, attempts: job.retryLimit + 1 });
    await options.boss.fail(INGEST_QUEUE, job.id, { message });
  }
}

async function ingestJob(job: IngestJob, { store, kb }: WorkerOptions): Promise<Outcome> {
  const { data } = job;
  if (!isIngestJobData(data)) {
    return { ok: false, input: `job ${job.id}`, message: "the payload is not a source document" };
  }
  try {
    return { ok: true, result: await ingestDocument(data, store, kb) };
  } catch (e) {
    return { ok: false, input: data.source, message: (e as Error).message };
  }
}
