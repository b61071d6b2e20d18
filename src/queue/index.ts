// Ingest through a job queue kept in PostgreSQL (pg-boss): `enqueueInputs` adds one job per
// document, `runWorker` analyses them into the store, from as many processes as wanted.
export { INGEST_QUEUE, openQueue, type QueueSettings, queueSettingsFromEnv } from "./connection.js";
export { type EnqueueSummary, enqueueInputs } from "./enqueue.js";
export { type IngestJobData, isIngestJobData, jobIdForContent } from "./jobs.js";
export { type JobFailure, runWorker, type WorkerOptions, type WorkerSummary } from "./worker.js";
