// One source document through the per-article flow: clean, then the analysis pipeline.
import type { SourceDocument } from "../acquire/types.js";
import { cleanDocument } from "../clean/index.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { analyzeArticle } from "./pipeline.js";
import type { ArticleAnalysis } from "./types.js";

export function analyzeDocument(doc: SourceDocument, kb: KnowledgeBase): ArticleAnalysis {
  return analyzeArticle(cleanDocument(doc, kb), kb);
}
