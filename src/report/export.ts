// The export line format: one article with its analysis in the contract's shapes, so a store can be
// inspected, diffed and re-imported.
import type { AnalysisDocument, Entity, Event, PublishedDate, Quote, Timex } from "../contract/types.js";
import type { StoredArticle } from "../store/types.js";

export interface ArticleExportLine {
  kind: "article";
  id: string;
  url: string | null;
  source: string;
  outlet: string | null;
  published: PublishedDate | null;
  title: string | null;
  text: string;
  analysis: {
    language: string;
    removed: { text: string; reason: string }[];
    entities: Entity[];
    timexes: Timex[];
    quotes: Quote[];
    events: Event[];
  };
}

export function* exportLines(
  document: AnalysisDocument,
  stored: readonly StoredArticle[],
): Generator<ArticleExportLine> {
  const urlOf = new Map(stored.map((s) => [s.analysis.article.id, s.url]));
  for (const a of document.articles) {
    const mine = <T extends { article: string }>(items: readonly T[]) =>
      items.filter((x) => x.article === a.id);
    yield {
      kind: "article",
      id: a.id,
      url: urlOf.get(a.id) ?? null,
      source: a.source,
      outlet: a.outlet,
      published: a.published,
      title: a.title,
      text: a.text,
      analysis: {
        language: a.language,
        removed: a.removed,
        entities: entitiesIn(document.entities, a.id),
        timexes: mine(document.timexes),
        quotes: mine(document.quotes),
        events: mine(document.events),
      },
    };
  }
}

/** The corpus-wide entities mentioned in one article, with that article's mentions only. */
function entitiesIn(entities: readonly Entity[], article: string): Entity[] {
  return entities
    .map((e) => ({ ...e, mentions: e.mentions.filter((m) => m.article === article) }))
    .filter((e) => e.mentions.length > 0);
}
