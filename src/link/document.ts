// Corpus stage: from per-article analyses to one sitrep.analysis/1 document.
import type { ArticleAnalysis } from "../analyze/types.js";
import type { AnalysisDocument } from "../contract/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { CorpusIndex } from "./incremental.js";
import type { StoryResult } from "./stories.js";

/**
 * The corpus picture: the sitrep.analysis/1 document, and what the link stage knows beyond the
 * contract (each cluster's corroboration, each outlet's hedges and loaded words, when each story
 * was reported) for the report, the API and the dashboard.
 */
export interface CorpusPicture extends Omit<StoryResult, "clusterOf" | "stories"> {
  document: AnalysisDocument;
}

/** Adds every article to a fresh index, in the order given, and reads what `read` wants of it. */
export function linkAfresh<T>(
  analyses: readonly ArticleAnalysis[],
  kb: KnowledgeBase,
  read: (index: CorpusIndex) => T,
): T {
  const index = new CorpusIndex(kb);
  for (const a of analyses) index.add(a);
  return read(index);
}

/** The picture of a whole corpus, linked afresh. */
export function buildPicture(analyses: readonly ArticleAnalysis[], kb: KnowledgeBase): CorpusPicture {
  return linkAfresh(analyses, kb, (index) => index.picture());
}

export function buildDocument(analyses: readonly ArticleAnalysis[], kb: KnowledgeBase): AnalysisDocument {
  return buildPicture(analyses, kb).document;
}
