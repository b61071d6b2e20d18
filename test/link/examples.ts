// The example corpus (examples/corpus) through the per-article pipeline, with its knowledge overlay.
import { delimiter, join } from "node:path";
import { readInputs } from "../../src/acquire/index.js";
import { analyzeArticle } from "../../src/analyze/pipeline.js";
import type { ArticleAnalysis } from "../../src/analyze/types.js";
import { cleanDocument } from "../../src/clean/index.js";
import { loadKnowledge } from "../../src/knowledge/index.js";

const ROOT = join(import.meta.dirname, "..", "..");

export const exampleKnowledge = loadKnowledge(
  [join(ROOT, "knowledge"), join(ROOT, "examples", "knowledge")].join(delimiter),
);

export async function exampleAnalyses(): Promise<ArticleAnalysis[]> {
  const analyses: ArticleAnalysis[] = [];
  for await (const item of readInputs([join(ROOT, "examples", "corpus")]))
    if (item.kind === "document")
      analyses.push(analyzeArticle(cleanDocument(item.document, exampleKnowledge), exampleKnowledge));
  return analyses;
}

/** The analysis with a new id and every date it gives moved `years` later (earlier when negative). */
export function later(a: ArticleAnalysis, years: number, id: string): ArticleAnalysis {
  const shift = (date: string) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
  const published = a.article.published;
  return {
    ...a,
    article: { ...a.article, id, published: published && { ...published, date: shift(published.date) } },
    timexes: a.timexes.map((t) => ({ ...t, value: shift(t.value) })),
    events: a.events.map((e) => ({ ...e, date: e.date && { ...e.date, value: shift(e.date.value) } })),
  };
}
