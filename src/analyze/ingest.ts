// Ingest: read inputs, skip content already stored, analyse the rest and store each article
// atomically. Shared by the CLI and the queue worker.
import { createHash } from "node:crypto";
import { type BatchOptions, forEachDocument } from "../acquire/each.js";
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
  options: BatchOptions & { onResult?: (r: IngestResult) => void } = {},
): Promise<IngestSummary> {
  const counts = { added: 0, replaced: 0, unchanged: 0 };
  const outcome = await forEachDocument(inputs, options, async (doc) => {
    const result = await ingestDocument(doc, store, kb);
    counts[result.status]++;
    options.onResult?.(result);
  });
  return { ...counts, ...outcome };
}

/** Stores one document with its analysis, unless the same content is stored already. */
export async function ingestDocument(
  doc: SourceDocument,
  store: Store,
  kb: KnowledgeBase,
): Promise<IngestResult> {
  const hash = contentHash(doc);
  if (await store.hasContent(hash)) return { id: doc.id, status: "unchanged" };
  const analysis = analyzeArticle(cleanDocument(doc, kb), kb);
  return store.ingest(analysis, { url: doc.url, contentHash: hash });
}
