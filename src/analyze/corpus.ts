// The whole flow in memory: inputs -> documents -> articles -> analyses -> one document.
import { type BatchOptions, forEachDocument } from "../acquire/each.js";
import type { InputProblem } from "../acquire/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import type { Redate } from "../link/dating.js";
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
  // Documents queued per thread keep the threads busy while the caller stores a result: storing a
  // group of articles holds the caller for longer than 8 documents keep a thread busy (SQLite
  // ingest of 8,000 articles on 2 threads: 544-572/s with 8, 586-596/s with 32).
  return { start: pool.analyze, ahead: pool.size * 32 };
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
  return { ...buildPicture(undatedLast(analyses), kb, storyDating(kb)), problems };
}

/**
 * Analyses an undated article again against the date its story gives it, so that its relative
 * dates ("on Tuesday") resolve; what the link stage calls for each undated article.
 */
export function storyDating(kb: KnowledgeBase): Redate {
  return (analysis, published) => analyzeArticle({ ...analysis.article, published }, kb);
}

/**
 * The analyses in the order given, undated ones last: linked after the dated, each finds the
 * story that dates it among all of them (the store orders its articles so too).
 */
function undatedLast(analyses: readonly ArticleAnalysis[]): ArticleAnalysis[] {
  return [...analyses.filter((a) => a.article.published), ...analyses.filter((a) => !a.article.published)];
}
