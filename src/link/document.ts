// Corpus stage: from per-article analyses to one sitrep.analysis/1 document.
import type { ArticleAnalysis, LocalEvent, LocalQuote, LocalTimex } from "../analyze/types.js";
import type { AnalysisDocument, Event, Quote, Span, Timex } from "../contract/types.js";
import { SCHEMA_ID } from "../contract/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { raiseAlerts } from "../signal/alerts.js";
import { GENERATOR } from "../version.js";
import { type EntityResolution, resolveEntities } from "./resolve.js";
import { buildStories, type StoryResult } from "./stories.js";

/**
 * The corpus picture: the sitrep.analysis/1 document, and what the link stage knows beyond the
 * contract (each cluster's corroboration, each outlet's hedges and loaded words, when each story
 * was reported) for the report, the API and the dashboard.
 */
export interface CorpusPicture extends Omit<StoryResult, "clusterOf" | "stories"> {
  document: AnalysisDocument;
}

export function buildPicture(analyses: readonly ArticleAnalysis[], kb: KnowledgeBase): CorpusPicture {
  const resolution = resolveEntities(analyses, kb);
  const events = analyses.flatMap((a) => a.events.map((e, i) => toEvent(a, e, i, resolution)));
  const { clusterOf, stories, clusters, voices, reporting } = buildStories({
    analyses,
    resolution,
    events,
    kb,
  });
  for (const e of events) e.cluster = clusterOf.get(e.id) ?? e.id;
  const alerts = raiseAlerts(events, resolution.entities, {
    independentSources: new Map(clusters.map((c) => [c.id, c.independentSources])),
    published: new Map(
      analyses.flatMap((a) => (a.article.published ? [[a.article.id, a.article.published.date]] : [])),
    ),
  });
  const document: AnalysisDocument = {
    schema: SCHEMA_ID,
    generator: GENERATOR,
    articles: analyses.map((a) => a.article),
    entities: resolution.entities,
    timexes: analyses.flatMap((a) => a.timexes.map((t) => toTimex(a, t))),
    quotes: analyses.flatMap((a) => a.quotes.map((q, i) => toQuote(a, q, i, resolution))),
    events,
    stories,
    alerts,
  };
  return { document, clusters, voices, reporting };
}

export function buildDocument(analyses: readonly ArticleAnalysis[], kb: KnowledgeBase): AnalysisDocument {
  return buildPicture(analyses, kb).document;
}

function span(a: ArticleAnalysis, start: number, end: number): Span {
  return { article: a.article.id, start, end, text: a.article.text.slice(start, end) };
}

function toTimex(a: ArticleAnalysis, t: LocalTimex): Timex {
  return { ...span(a, t.start, t.end), value: t.value, precision: t.precision };
}

function resolver(a: ArticleAnalysis, r: EntityResolution) {
  return (key: string | null) => (key === null ? null : r.idOf(a.article.id, key));
}

function resolveAll(ids: readonly string[], resolve: (key: string) => string | null): string[] {
  return [...new Set(ids.map(resolve).filter((x): x is string => x !== null))];
}

function toQuote(a: ArticleAnalysis, q: LocalQuote, i: number, r: EntityResolution): Quote {
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

function toEvent(a: ArticleAnalysis, e: LocalEvent, i: number, r: EntityResolution): Event {
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
