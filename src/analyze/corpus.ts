// The whole flow in memory: inputs -> documents -> articles -> analyses -> one document.
import { type BatchOptions, forEachDocument } from "../acquire/each.js";
import type { InputProblem } from "../acquire/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { datesFromStories } from "../link/dating.js";
import { buildPicture, type CorpusPicture } from "../link/document.js";
import { analyzeDocument } from "./document.js";
import { analyzeArticle } from "./pipeline.js";
import type { AnalysisPool, AnalyzeFn } from "./pool.js";
import type { ArticleAnalysis } from "./types.js";

export interface CorpusResult extends CorpusPicture {
  problems: InputProblem[];
}

/** Analysis on the caller's thread, or on a pool of worker threads when one is given. */
export function analyzer(kb: KnowledgeBase, pool?: AnalysisPool): { start: AnalyzeFn; ahead: number } {
  if (!pool) return { start: async (doc) => analyzeDocument(doc, kb), ahead: 1 };
  // Several documents queued per thread keep the threads busy while the caller stores a result.
  return { start: pool.analyze, ahead: pool.size * 8 };
}

/** Analyses every readable input; a bad input becomes a problem and the rest go on. */
export async function analyzeCorpus(
  inputs: readonly string[],
  kb: KnowledgeBase,
  options: BatchOptions & { pool?: AnalysisPool } = {},
): Promise<CorpusResult> {
  const analyses: ArticleAnalysis[] = [];
  const { problems } = await forEachDocument(inputs, options, {
    ...analyzer(kb, options.pool),
    finish: (analysis) => analyses.push(analysis),
  });
  return { ...datedPicture(analyses, kb), problems };
}

/** Links analyses into the corpus picture, in the order given. */
export type Linker = (analyses: readonly ArticleAnalysis[]) => CorpusPicture;

/**
 * Builds the corpus picture; when the stories place undated articles in time, analyses those again
 * against the inferred date (relative dates need it) and links once more. `link` links from
 * scratch unless told how to resume.
 */
export function datedPicture(
  analyses: readonly ArticleAnalysis[],
  kb: KnowledgeBase,
  link: Linker = (list) => buildPicture(list, kb),
): CorpusPicture {
  const first = link(analyses);
  const dates = datesFromStories(first.document);
  if (!dates.size) return first;
  const redated = analyses.map((a) => {
    const published = dates.get(a.article.id);
    return published ? analyzeArticle({ ...a.article, published }, kb) : a;
  });
  return link(redated);
}
