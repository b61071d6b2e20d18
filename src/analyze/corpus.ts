// The whole flow in memory: inputs -> documents -> articles -> analyses -> one document.
import { type BatchOptions, forEachDocument } from "../acquire/each.js";
import type { InputProblem } from "../acquire/types.js";
import type { PublishedDate } from "../contract/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { datesFromStories } from "../link/dating.js";
import { type CorpusPicture, linkAfresh } from "../link/document.js";
import type { CorpusIndex } from "../link/incremental.js";
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

/**
 * Links analyses, in the order given, into a corpus index and reads what `read` wants of it. The
 * index is the linker's: a fresh one, or one that goes on from earlier articles and is taken back
 * after the read.
 */
export type Linker = <T>(analyses: readonly ArticleAnalysis[], read: (index: CorpusIndex) => T) => T;

/** Links into a fresh index. */
export function freshLinker(kb: KnowledgeBase): Linker {
  return (analyses, read) => linkAfresh(analyses, kb, read);
}

/**
 * Builds the corpus picture; when the stories place undated articles in time, analyses those again
 * against the inferred date (relative dates need it) and links once more. The first linking reads
 * only the stories unless no date comes of them.
 */
export function datedPicture(
  analyses: readonly ArticleAnalysis[],
  kb: KnowledgeBase,
  link: Linker = freshLinker(kb),
): CorpusPicture {
  const first = link(analyses, (index) => {
    const dates = storyDates(analyses, index);
    return { dates, picture: dates.size ? null : index.picture() };
  });
  return first.picture ?? link(redated(analyses, first.dates, kb), (index) => index.picture());
}

/** The dates the index's stories give the undated ones of the analyses it holds. */
export function storyDates(
  analyses: readonly ArticleAnalysis[],
  index: CorpusIndex,
): Map<string, PublishedDate> {
  return datesFromStories(
    analyses.map((a) => a.article),
    index.stories(),
  );
}

/** The article analysed again against a date its stories give it. */
export function redatedArticle(
  analysis: ArticleAnalysis,
  published: PublishedDate,
  kb: KnowledgeBase,
): ArticleAnalysis {
  return analyzeArticle({ ...analysis.article, published }, kb);
}

/** Analyses an article again against a date its stories give it. */
export type Redate = (analysis: ArticleAnalysis, published: PublishedDate) => ArticleAnalysis;

/** The analyses, those given a date analysed again against it (relative dates need it). */
export function redated(
  analyses: readonly ArticleAnalysis[],
  dates: ReadonlyMap<string, PublishedDate>,
  kb: KnowledgeBase,
  redate: Redate = (a, published) => redatedArticle(a, published, kb),
): ArticleAnalysis[] {
  return analyses.map((a) => {
    const published = dates.get(a.article.id);
    return published ? redate(a, published) : a;
  });
}
