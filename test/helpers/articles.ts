// A cleaned article for stage tests: the text given, nothing removed, no outlet, title or date
// unless the test sets them.
import type { Article } from "../../src/contract/types.js";

export function plainArticle(id: string, text: string, fields: Partial<Article> = {}): Article {
  return {
    id,
    source: `${id}.txt`,
    outlet: null,
    title: null,
    language: "en",
    published: null,
    text,
    removed: [],
    ...fields,
  };
}
