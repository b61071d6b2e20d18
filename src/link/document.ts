// Corpus stage: from per-article analyses to one sitrep.analysis/1 document.
import type { ArticleAnalysis } from "../analyze/types.js";
import type { AnalysisDocument } from "../contract/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import type { Redate } from "./dating.js";
import { CorpusIndex } from "./incremental.js";
import type { StoryResult } from "./stories.js";

/**
 * The corpus picture: the sitrep.analysis/1 document, and what the link stage knows beyond the
 * contract (each cluster's corroboration, each outlet's hedges and loaded words, when each story
 * was reported) for the report, the API and the dashboard.
 */
export interface CorpusPicture extends Omit<StoryResult, "clustered" | "stories"> {
  document: AnalysisDocument;
}

/**
 * The picture of a whole corpus: its articles added to a fresh index, in the order given, undated
 * ones dated by their stories when `redate` is given.
 */
export function buildPicture(
  analyses: readonly ArticleAnalysis[],
  kb: KnowledgeBase,
  redate?: Redate,
): CorpusPicture {
  const index = new CorpusIndex(kb, redate);
  for (const a of analyses) index.add(a);
  return index.picture();
}

export function buildDocument(analyses: readonly ArticleAnalysis[], kb: KnowledgeBase): AnalysisDocument {
  return buildPicture(analyses, kb).document;
}
