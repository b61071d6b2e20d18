// One ingest job per source document. Its payload is the document itself, so a worker on another
// machine needs nothing but the queue and the store.
import type { SourceDocument } from "../acquire/types.js";

export type IngestJobData = SourceDocument;

/**
 * The job id derived from the document's content hash. pg-boss inserts with `ON CONFLICT DO
 * NOTHING` on (queue, id), so the same content enqueued twice is one job whatever its state. A
 * singletonKey would not do: under the standard policy it does not dedupe, and under the others only
 * among jobs waiting or running.
 */
export function jobIdForContent(contentHash: string): string {
  const hex = contentHash.slice(0, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const TEXT_FIELDS = ["id", "source", "content"] as const;
const NULLABLE_FIELDS = ["url", "outlet", "published", "title"] as const;

/** Whether a job's payload is a source document (it was written by `enqueueInputs`, or by hand). */
export function isIngestJobData(data: unknown): data is IngestJobData {
  if (typeof data !== "object" || data === null) return false;
  const record = data as Record<string, unknown>;
  return (
    TEXT_FIELDS.every((field) => typeof record[field] === "string") &&
    NULLABLE_FIELDS.every((field) => record[field] === null || typeof record[field] === "string") &&
    (record.format === "text" || record.format === "html")
  );
}
