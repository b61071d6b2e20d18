// `sitrep ingest --queue`: read inputs exactly as ingest does and enqueue one job per document,
// analysing nothing.
import type PgBoss from "pg-boss";
import { type BatchOptions, forEachDocument } from "../acquire/each.js";
import type { InputProblem, SourceDocument } from "../acquire/types.js";
import { contentHash } from "../analyze/ingest.js";
import { INGEST_QUEUE, type QueueSettings } from "./connection.js";
import { jobIdForContent } from "./jobs.js";

export interface EnqueueSummary {
  enqueued: number;
  /** Documents whose content was already in the queue (waiting, running, done or failed). */
  alreadyQueued: number;
  problems: InputProblem[];
}

export async function enqueueInputs(
  inputs: readonly string[],
  boss: PgBoss,
  settings: QueueSettings,
  options: BatchOptions = {},
): Promise<EnqueueSummary> {
  const counts = { enqueued: 0, alreadyQueued: 0 };
  const { problems } = await forEachDocument(inputs, options, {
    start: async (doc) => {
      if (await enqueueDocument(doc, boss, settings)) counts.enqueued++;
      else counts.alreadyQueued++;
    },
    describeFailure: (e) => `cannot enqueue (${e.message})`,
  });
  return { ...counts, problems };
}

/** Whether a new job was added: pg-boss returns no id when one with this content exists. */
async function enqueueDocument(doc: SourceDocument, boss: PgBoss, settings: QueueSettings): Promise<boolean> {
  const id = await boss.send(INGEST_QUEUE, doc, {
    id: jobIdForContent(contentHash(doc)),
    expireInSeconds: settings.expireSeconds,
  });
  return id !== null;
}
