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
