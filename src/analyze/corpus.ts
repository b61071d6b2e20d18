// The whole flow in memory: inputs -> documents -> articles -> analyses -> one document.
import { readInputs, type AcquireOptions } from "../acquire/index.js";
import type { InputProblem } from "../acquire/types.js";
import { cleanDocument } from "../clean/index.js";
import type { AnalysisDocument } from "../contract/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { buildDocument } from "../link/document.js";
import { analyzeArticle } from "./pipeline.js";
import type { ArticleAnalysis } from "./types.js";

export interface CorpusResult {
  document: AnalysisDocument;
  problems: InputProblem[];
}

/** Analyses every readable input; a bad input becomes a problem and the rest go on. */
export async function analyzeCorpus(
  inputs: readonly string[],
  kb: KnowledgeBase,
  options: AcquireOptions & { onProblem?: (p: InputProblem) => void } = {},
): Promise<CorpusResult> {
  const analyses: ArticleAnalysis[] = [];
  const problems: InputProblem[] = [];
  const report = (p: InputProblem) => {
    problems.push(p);
    options.onProblem?.(p);
  };
  for await (const item of readInputs(inputs, options)) {
    if (item.kind === "problem") {
      report(item.problem);
      continue;
    }
    try {
      analyses.push(analyzeArticle(cleanDocument(item.document, kb), kb));
    } catch (e) {
      report({ input: item.document.source, message: (e as Error).message });
    }
  }
  return { document: buildDocument(analyses, kb), problems };
}
