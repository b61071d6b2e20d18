// Placeholder: replaced by corpus-wide entity resolution.
import type { Entity } from "../contract/types.js";
import type { ArticleAnalysis } from "../analyze/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";

/** Corpus-wide entities, and the id that an article-local entity key resolved to. */
export interface EntityResolution {
  entities: Entity[];
  idOf(article: string, key: string): string | null;
}

export function resolveEntities(analyses: readonly ArticleAnalysis[], _kb: KnowledgeBase): EntityResolution {
  const ids = new Map<string, string>();
  const entities: Entity[] = [];
  for (const a of analyses) {
    for (const e of a.entities) {
      const id = e.key.replace(/^kb:/, "");
      let entity = entities.find((x) => x.id === id);
      if (!entity) {
        entity = { id, name: e.name, type: e.type, country: e.country, role: e.role, aliases: [], mentions: [] };
        entities.push(entity);
      }
      for (const m of e.mentions) entity.mentions.push({ article: a.article.id, start: m.start, end: m.end, text: m.text });
      ids.set(`${a.article.id}\u0000${e.key}`, id);
    }
  }
  return { entities, idOf: (article, key) => ids.get(`${article}\u0000${key}`) ?? null };
}
