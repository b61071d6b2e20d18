// The contract's shapes of an article's timexes, quotes and events, their article-local entity
// keys replaced by the corpus-wide entity ids of the resolution.
import type { ArticleAnalysis, LocalEvent, LocalQuote, LocalTimex } from "../analyze/types.js";
import type { Event, Quote, Span, Timex } from "../contract/types.js";
import type { EntityResolver } from "./resolve.js";

function span(a: ArticleAnalysis, start: number, end: number): Span {
  return { article: a.article.id, start, end, text: a.article.text.slice(start, end) };
}

export function toTimex(a: ArticleAnalysis, t: LocalTimex): Timex {
  return { ...span(a, t.start, t.end), value: t.value, precision: t.precision };
}

function resolver(a: ArticleAnalysis, r: EntityResolver) {
  return (key: string | null) => (key === null ? null : r.idOf(a.article.id, key));
}

function resolveAll(ids: readonly string[], resolve: (key: string) => string | null): string[] {
  return [...new Set(ids.map(resolve).filter((x): x is string => x !== null))];
}

export function toQuote(a: ArticleAnalysis, q: LocalQuote, i: number, r: EntityResolver): Quote {
  const resolve = resolver(a, r);
  return {
    id: `${a.article.id}#q${i + 1}`,
    ...span(a, q.start, q.end),
    direct: q.direct,
    speaker: resolve(q.speaker),
    speakerText: q.speakerText,
    cue: q.cue,
    via: resolveAll(q.via, resolve),
  };
}

export function toEvent(a: ArticleAnalysis, e: LocalEvent, i: number, r: EntityResolver): Event {
  const resolve = resolver(a, r);
  const id = `${a.article.id}#e${i + 1}`;
  return {
    id,
    cluster: id,
    article: a.article.id,
    type: e.type,
    mode: e.mode,
    actor: resolve(e.actor),
    target: resolve(e.target),
    location: resolve(e.location),
    date: e.date ? { value: e.date.value, precision: e.date.precision } : null,
    modality: e.modality,
    attribution: resolveAll(e.attribution, resolve),
    intensity: e.intensity,
    evidence: e.evidence.map((ev) => span(a, ev.start, ev.end)),
  };
}
