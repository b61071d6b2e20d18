// `sitrep ingest --queue`: read inputs exactly as ingest does and enqueue one job per document,
// analysing nothing.
import type PgBoss from "pg-boss";
import { type AcquireOptions, readInputs } from "../acquire/index.js";
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
  options: AcquireOptions & { onProblem?: (p: InputProblem) => void } = {},
): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { enqueued: 0, alreadyQueued: 0, problems: [] };
  const report = (p: InputProblem) => {
    summary.problems.push(p);
    options.onProblem?.(p);
  };
  for await (const item of readInputs(inputs, options)) {
    if (item.kind === "problem") {
      report(item.problem);
      continue;
    }
    try {
      const added = await enqueueDocument(item.document, boss, settings);
      if (added) summary.enqueued++;
      else summary.alreadyQueued++;
    } catch (e) {
      report({ input: item.document.source, message: `cannot enqueue (${(e as Error).message})` });
    }
  }
  return summary;
}

/** Whether a new job was added: pg-boss returns no id when one with this content exists. */
async function enqueueDocument(doc: SourceDocument, boss: PgBoss, settings: QueueSettings): Promise<boolean> {
  const id = await boss.send(INGEST_QUEUE, doc, {
    id: jobIdForContent(contentHash(doc)),
    expireInSeconds: settings.expireSeconds,
  });
  return id !== null;
}
