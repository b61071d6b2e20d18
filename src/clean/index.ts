// Placeholder: replaced by the clean stage (boilerplate, HTML main text, metadata).
import type { SourceDocument } from "../acquire/types.js";
import type { Article } from "../contract/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";

export function cleanDocument(doc: SourceDocument, _kb: KnowledgeBase): Article {
  return {
    id: doc.id,
    source: doc.source,
    outlet: doc.outlet,
    title: doc.title,
    language: "en",
    published: null,
    text: doc.content,
    removed: [],
  };
}
