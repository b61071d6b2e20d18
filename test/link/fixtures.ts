// Hand-built inputs for the link and signal tests: articles, entities and events written here.
import { segment } from "../../src/analyze/segment.js";
import type { ArticleAnalysis } from "../../src/analyze/types.js";
import type { Article, Entity, EntityType, Event, Span } from "../../src/contract/types.js";
import type { EntityResolution } from "../../src/link/resolve.js";

export interface ArticleOptions {
  title?: string | null;
  outlet?: string | null;
  published?: string | null;
}

export function article(id: string, text: string, options: ArticleOptions = {}): Article {
  const published = options.published ?? null;
  return {
    id,
    source: `${id}.txt`,
    outlet: options.outlet ?? null,
    title: options.title ?? null,
    language: "en",
    published: published ? { date: published, precision: "day", inferred: false, basis: "test" } : null,
    text,
    removed: [],
  };
}

export function analysis(a: Article): ArticleAnalysis {
  return { article: a, segmentation: segment(a.text), entities: [], timexes: [], quotes: [], events: [] };
}

/** The span of the n-th occurrence of `text` in the article. */
export function span(a: Article, text: string, occurrence = 0): Span {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = a.text.indexOf(text, start + 1);
  if (start < 0) throw new Error(`fixture: "${text}" not in ${a.id}`);
  return { article: a.id, start, end: start + text.length, text };
}

/** The span of the sentence of the article that holds `text`. */
export function sentenceOf(a: Article, text: string): Span {
  const at = span(a, text).start;
  const s = segment(a.text).sentences.find((x) => x.start <= at && at < x.end)!;
  return { article: a.id, start: s.start, end: s.end, text: a.text.slice(s.start, s.end) };
}

export function entity(
  id: string,
  type: EntityType,
  country: string | null,
  mentions: Span[],
  name: string = mentions[0]?.text ?? id,
): Entity {
  return {
    id,
    name,
    type,
    country,
    role: null,
    aliases: [...new Set(mentions.map((m) => m.text))],
    mentions,
  };
}

export function event(fields: Partial<Event> & Pick<Event, "id" | "article" | "type">): Event {
  return {
    cluster: fields.id,
    mode: null,
    actor: null,
    target: null,
    location: null,
    date: null,
    modality: "asserted",
    attribution: [],
    intensity: 0,
    evidence: [],
    ...fields,
  };
}

export function resolution(entities: Entity[]): EntityResolution {
  return { entities, idOf: () => null };
}
