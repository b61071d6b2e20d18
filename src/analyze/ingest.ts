// Ingest: read inputs, skip content already stored, analyse the rest and store each article
// atomically. Shared by the CLI and (later) the worker and the HTTP API.
import { createHash } from "node:crypto";
import { type AcquireOptions, readInputs } from "../acquire/index.js";
import type { InputProblem, SourceDocument } from "../acquire/types.js";
import { cleanDocument } from "../clean/index.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import type { IngestResult, Store } from "../store/types.js";
import { analyzeArticle } from "./pipeline.js";

export interface IngestSummary {
  added: number;
  replaced: number;
  unchanged: number;
  problems: InputProblem[];
  /** True when `signal` stopped the run before every input was read. */
  stopped: boolean;
}

/** Identifies content and the metadata given with it: the same bytes from the same place hash alike. */
export function contentHash(doc: SourceDocument): string {
  const { id, format, content, url, outlet, published, title } = doc;
  return createHash("sha256")
    .update(JSON.stringify([id, format, url, outlet, published, title, content]))
    .digest("hex");
}

export async function ingestInputs(
  inputs: readonly string[],
  store: Store,
  kb: KnowledgeBase,
  options: AcquireOptions & {
    onProblem?: (p: InputProblem) => void;
    onResult?: (r: IngestResult) => void;
    /** When aborted, the run stops before the next article; the ones stored stay stored. */
    signal?: AbortSignal;
  } = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, replaced: 0, unchanged: 0, problems: [], stopped: false };
  const report = (p: InputProblem) => {
    summary.problems.push(p);
    options.onProblem?.(p);
  };
  for await (const item of readInputs(inputs, options)) {
    if (options.signal && (await abortedAfterPendingEvents(options.signal))) {
      summary.stopped = true;
      break;
    }
    if (item.kind === "problem") {
      report(item.problem);
      continue;
    }
    try {
      const result = await ingestDocument(item.document, store, kb);
      summary[result.status]++;
      options.onResult?.(result);
    } catch (e) {
      report({ input: item.document.source, message: (e as Error).message });
    }
  }
  return summary;
}

/**
 * Lets pending events (a signal handler) run first: reading and storing can go on for many
 * articles on promise callbacks alone, and a signal's handler only runs once the loop turns.
 */
async function abortedAfterPendingEvents(signal: AbortSignal): Promise<boolean> {
  await new Promise((resolve) => setImmediate(resolve));
  return signal.aborted;
}

async function ingestDocument(doc: SourceDocument, store: Store, kb: KnowledgeBase): Promise<IngestResult> {
  const hash = contentHash(doc);
  if (await store.hasContent(hash)) return { id: doc.id, status: "unchanged" };
  const analysis = analyzeArticle(cleanDocument(doc, kb), kb);
  return store.ingest(analysis, { url: doc.url, contentHash: hash });
}
