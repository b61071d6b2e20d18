// Corpus-wide linking after entity resolution: event clusters with their corroboration, stories
// (articles about the same developments) with their titles, discrepancies and framing, and the
// voice of each article (hedges, loaded words).
import type { ArticleAnalysis } from "../analyze/types.js";
import type { Article, Entity, Event, EventType, ISODate, Story } from "../contract/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { clusterEvents } from "./clusters.js";
import { addTo, byString } from "./collect.js";
import { reprintGroups } from "./copies.js";
import { type ClusterSummary, summarizeClusters } from "./corroboration.js";
import { findDiscrepancies } from "./discrepancies.js";
import { type ArticleVoice, actorMentionsByArticle, articleVoice, storyFraming } from "./framing.js";
import type { LinkLexicons } from "./lexicons.js";
import type { EntityResolution } from "./resolve.js";
import { groupArticles, mostCentral, type StoryFeatures } from "./story-groups.js";

export interface StoryInput {
  analyses: readonly ArticleAnalysis[];
  resolution: EntityResolution;
  /** Contract events, cluster ids not yet assigned (each event's cluster is its own id). */
  events: readonly Event[];
  kb: KnowledgeBase;
  /** Article id -> the original of its reprint group; found from the articles when absent. */
  reprintOf?: (article: string) => string;
}

export interface StoryResult {
  /** event id -> cluster id */
  clusterOf: Map<string, string>;
  stories: Story[];
  /** Corroboration of every event cluster. */
  clusters: ClusterSummary[];
  /** Hedges and loaded words of every article. */
  voices: ArticleVoice[];
  /** When each story was first and last reported (publication dates; null when none is known). */
  reporting: StoryReporting[];
}

export interface StoryReporting {
  story: string;
  firstReport: ISODate | null;
  lastReport: ISODate | null;
}

export function buildStories(input: StoryInput): StoryResult {
  const lexicons = input.kb.linking;
  const entities = input.resolution.entities;
  const articles = input.analyses.map((a) => a.article);
  const clusterOf = clusterEvents({
    events: input.events,
    entities,
    lexicons,
    published: publicationDates(articles),
  });
  const events = input.events.map((e) => ({ ...e, cluster: clusterOf.get(e.id) ?? e.id }));
  const clusters = summarizeClusters({
    events,
    clusterOf,
    articles: new Map(articles.map((a) => [a.id, a])),
    reprintOf: input.reprintOf ?? reprintLookup(articles),
  });
  const eventsByArticle = new Map<string, Event[]>();
  for (const e of events) addTo(eventsByArticle, e.article, e);
  const { groups, vectors } = groupArticles(
    storyFeatures(input.analyses, entities, eventsByArticle),
    lexicons.stopwords,
  );
  const context: StoryContext = {
    analyses: new Map(input.analyses.map((a) => [a.article.id, a])),
    eventsByArticle,
    clusters: new Map(clusters.map((c) => [c.id, c])),
    entities: new Map(entities.map((e) => [e.id, e])),
    mentions: actorMentionsByArticle(entities),
    lexicons,
  };
  const stories = groups.map((group) => story(group, mostCentral(group, vectors), context));
  const published = publicationDates(articles);
  return {
    clusterOf,
    stories,
    clusters,
    voices: articles.map((a) => articleVoice(a, lexicons)),
    reporting: stories.map((s) => reporting(s, published)),
  };
}

function reprintLookup(articles: readonly Article[]): (article: string) => string {
  const groups = reprintGroups(articles);
  return (article) => groups.get(article) ?? article;
}

function reporting(s: Story, published: ReadonlyMap<string, ISODate>): StoryReporting {
  const dates = s.articles.flatMap((id) => published.get(id) ?? []).sort(byString);
  return { story: s.id, firstReport: dates[0] ?? null, lastReport: dates.at(-1) ?? null };
}

/** Article id -> publication date, for the articles whose date is known. */
function publicationDates(articles: readonly Article[]): Map<string, ISODate> {
  return new Map(articles.flatMap((a) => (a.published ? [[a.id, a.published.date] as const] : [])));
}

function storyFeatures(
  analyses: readonly ArticleAnalysis[],
  entities: readonly Entity[],
  eventsByArticle: ReadonlyMap<string, readonly Event[]>,
): StoryFeatures[] {
  const entitiesByArticle = new Map<string, string[]>();
  for (const e of entities) for (const m of e.mentions) addTo(entitiesByArticle, m.article, e.id);
  const articlesOfCluster = new Map<string, Set<string>>();
  for (const e of [...eventsByArticle.values()].flat()) {
    articlesOfCluster.set(e.cluster, (articlesOfCluster.get(e.cluster) ?? new Set()).add(e.article));
  }
  // Only a cluster reported by several articles links them; a single report would be noise.
  const shared = (cluster: string) => (articlesOfCluster.get(cluster)?.size ?? 0) > 1;
  return analyses.map((analysis) => ({
    analysis,
    entities: entitiesByArticle.get(analysis.article.id) ?? [],
    clusters: (eventsByArticle.get(analysis.article.id) ?? []).map((e) => e.cluster).filter(shared),
  }));
}

interface StoryContext {
  analyses: ReadonlyMap<string, ArticleAnalysis>;
  eventsByArticle: ReadonlyMap<string, readonly Event[]>;
  clusters: ReadonlyMap<string, ClusterSummary>;
  entities: ReadonlyMap<string, Entity>;
  mentions: ReturnType<typeof actorMentionsByArticle>;
  lexicons: LinkLexicons;
}

function story(articleIds: readonly string[], central: string, context: StoryContext): Story {
  const events = articleIds.flatMap((id) => context.eventsByArticle.get(id) ?? []);
  const clusterIds = [...new Set(events.map((e) => e.cluster))].sort(byString);
  const analyses = articleIds.map((id) => context.analyses.get(id)!);
  return {
    id: `s:${articleIds[0]}`,
    title: title(context.analyses.get(central)!, clusterIds, context),
    articles: [...articleIds],
    clusters: clusterIds,
    discrepancies: findDiscrepancies({
      analyses,
      events,
      entities: context.entities,
      lexicons: context.lexicons,
    }),
    framing: storyFraming(articleIds, context.mentions),
  };
}

/**
 * The central article's title; else "<actor> <verb> <target>" from the most reported event whose
 * parties are both known; else the article's opening.
 */
function title(central: ArticleAnalysis, clusterIds: readonly string[], context: StoryContext): string {
  if (central.article.title?.trim()) return central.article.title.trim();
  const top = clusterIds
    .map((id) => context.clusters.get(id)!)
    .filter((c) => c.actor && c.target)
    .sort((x, y) => y.reports.length - x.reports.length || byString(x.id, y.id))[0];
  return top ? eventPhrase(top, context.entities) : opening(central);
}

const VERB: Record<EventType, string> = {
  AGREE: "agrees with",
  CONSULT: "holds talks with",
  SUPPORT: "supports",
  CONCEDE: "makes concessions to",
  COOPERATE: "cooperates with",
  AID: "aids",
  RETREAT: "withdraws from",
  REQUEST: "calls on",
  ACCUSE: "accuses",
  REJECT: "rejects",
  THREATEN: "threatens",
  PROTEST: "protests against",
  SANCTION: "sanctions",
  MOBILIZE: "mobilizes against",
  COERCE: "coerces",
  ASSAULT: "attacks",
};

function eventPhrase(cluster: ClusterSummary, entities: ReadonlyMap<string, Entity>): string {
  const name = (id: string | null) => (id ? (entities.get(id)?.name ?? id) : "");
  return `${name(cluster.actor)} ${VERB[cluster.type]} ${name(cluster.target)}`;
}

const OPENING_LENGTH = 80;

/** The first sentence of the article, cut at a word boundary. */
function opening(a: ArticleAnalysis): string {
  const first = a.segmentation.sentences[0];
  const sentence = first ? a.article.text.slice(first.start, first.end) : a.article.text;
  if (sentence.length <= OPENING_LENGTH) return sentence || a.article.id;
  const cut = sentence.lastIndexOf(" ", OPENING_LENGTH);
  return `${sentence.slice(0, cut > 0 ? cut : OPENING_LENGTH)}…`;
}
