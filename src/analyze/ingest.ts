// Ingest: read inputs, skip content already stored, analyse the rest and store each article
// atomically (several to a transaction: src/analyze/grouped-store.ts). Shared by the CLI and the
// queue worker.
import { createHash } from "node:crypto";
import { type BatchOptions, forEachDocument } from "../acquire/each.js";
import type { InputProblem, SourceDocument } from "../acquire/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import type { IngestResult, Store } from "../store/types.js";
import { analyzer } from "./corpus.js";
import { analyzeDocument } from "./document.js";
import { GroupedStore } from "./grouped-store.js";
import type { AnalysisPool } from "./pool.js";

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
  options: BatchOptions & { pool?: AnalysisPool } = {},
): Promise<IngestSummary> {
  const counts = { added: 0, replaced: 0, unchanged: 0 };
  const unstored: InputProblem[] = [];
  const grouped = new GroupedStore(store, {
    stored: (result) => counts[result.status]++,
    failed: (doc, error) => {
      const problem = { input: doc.source, message: error.message };
      unstored.push(problem);
      options.onProblem?.(problem);
    },
  });
  const analyze = analyzer(kb, options.pool);
  const outcome = await forEachDocument(inputs, options, {
    ahead: analyze.ahead,
    // Analysis may run ahead on worker threads; storing runs in input order.
    start: async (doc) => {
      const hash = contentHash(doc);
      return (await store.hasContent(hash)) ? null : { hash, analysis: await analyze.start(doc) };
    },
    finish: async (analyzed, doc) => {
      if (!analyzed) counts.unchanged++;
      else
        await grouped.add(
          { analysis: analyzed.analysis, meta: { url: doc.url, contentHash: analyzed.hash } },
          doc,
        );
    },
  });
  await grouped.flush();
  return { ...counts, problems: [...outcome.problems, ...unstored], stopped: outcome.stopped };
}

/** Stores one document with its analysis, unless the same content is stored already. */
export async function ingestDocument(
  doc: SourceDocument,
  store: Store,
  kb: KnowledgeBase,
): Promise<IngestResult> {
  const hash = contentHash(doc);
  if (await store.hasContent(hash)) return { id: doc.id, status: "unchanged" };
  return store.ingest(analyzeDocument(doc, kb), { url: doc.url, contentHash: hash });
}
