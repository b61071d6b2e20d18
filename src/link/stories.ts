// Corpus-wide linking after entity resolution: event clusters with their corroboration, stories
// (articles about the same developments) with their titles, discrepancies and framing, and the
// voice of each article (hedges, loaded words).
import type { ArticleAnalysis } from "../analyze/types.js";
import type { Entity, Event, EventType, ISODate, Story } from "../contract/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { type Cluster, ClusterIndex, type ClusterIndexState } from "./clusters.js";
import { addTo, byString, OrderedById, revive } from "./collect.js";
import { CopyIndex } from "./copies.js";
import { type ClusterSummary, summarizeCluster } from "./corroboration.js";
import { findDiscrepancies } from "./discrepancies.js";
import { type ArticleVoice, articleVoice, storyFraming } from "./framing.js";
import { Journal } from "./journal.js";
import type { LinkLexicons } from "./lexicons.js";
import { type EntityResolution, mentionsByArticle, type ResolvedMention } from "./resolve.js";
import { type SharedCluster, StoryIndex, type StoryIndexState } from "./story-groups.js";

export interface StoryInput {
  analyses: readonly ArticleAnalysis[];
  resolution: EntityResolution;
  /** Contract events, cluster ids not yet assigned (each event's cluster is its own id). */
  events: readonly Event[];
  kb: KnowledgeBase;
}

export interface StoryResult {
  /** An event (by id) with its cluster's id. */
  clustered: (event: string) => Event;
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

/** Clusters and stories of a whole corpus: its articles added to a fresh builder, in the order given. */
export function buildStories(input: StoryInput): StoryResult {
  const entities = input.resolution.entities;
  const builder = new StoryBuilder(input.kb.linking, new Map(entities.map((e) => [e.id, e])));
  const mentions = mentionsByArticle(entities);
  const events = new Map<string, Event[]>();
  for (const e of input.events) addTo(events, e.article, e);
  for (const a of input.analyses) {
    const id = a.article.id;
    builder.add(a, mentions.get(id) ?? [], events.get(id) ?? []);
  }
  return builder.result();
}

interface StoryEntry {
  story: Story;
  reporting: StoryReporting;
}

/** What a story builder has learnt, for a snapshot; analyses by article id (the store holds them). */
export interface StoryBuilderState {
  copies: CopyIndex;
  clusters: ClusterIndexState;
  stories: StoryIndexState;
  articles: string[];
  published: Map<string, ISODate>;
  events: Map<string, readonly Event[]>;
  mentions: Map<string, readonly ResolvedMention[]>;
  voices: ArticleVoice[];
  summaries: Map<Cluster, ClusterSummary>;
  entries: Map<string, StoryEntry>;
  dirtyClusters: Set<Cluster>;
  dirtyArticles: Set<string>;
}

/**
 * Event clusters, copies and stories kept current one article at a time. `add` files the
 * article's events in their clusters and the article in its story, comparing each only with the
 * candidates blocking finds, and notes what changed; `update` then summarizes again only the
 * changed clusters and rebuilds only the stories they or the new articles touch.
 */
export class StoryBuilder {
  private readonly copies: CopyIndex;
  readonly clusters: ClusterIndex;
  readonly stories: StoryIndex;
  private readonly analyses = new Map<string, ArticleAnalysis>();
  private readonly published = new Map<string, ISODate>();
  private readonly events = new Map<string, readonly Event[]>();
  private readonly mentions = new Map<string, readonly ResolvedMention[]>();
  private readonly voices: ArticleVoice[] = [];
  private readonly summaries = new Map<Cluster, ClusterSummary>();
  private readonly entries = new Map<string, StoryEntry>();
  private readonly dirtyClusters = new Set<Cluster>();
  private readonly dirtyArticles = new Set<string>();
  /**
   * Each event with its cluster's id, renewed when its cluster changes, so that a picture copies
   * only the events of the clusters changed since the last one.
   */
  private readonly clustered = new Map<string, Event>();
  /** The summaries' values in order of their ids, as a picture gives them. */
  private readonly summaryOrder: OrderedById<ClusterSummary>;

  constructor(
    private readonly lexicons: LinkLexicons,
    private readonly entities: ReadonlyMap<string, Entity>,
    private readonly journal = new Journal(),
  ) {
    this.copies = new CopyIndex(journal);
    this.summaryOrder = new OrderedById(journal);
    this.clusters = new ClusterIndex(lexicons, entities, this.published, journal);
    this.stories = new StoryIndex(lexicons.stopwords, journal);
  }

  /**
   * A builder that goes on from a saved state, over the same knowledge and the restored entities;
   * `analysisOf` gives back the analyses it names.
   */
  static restore(
    lexicons: LinkLexicons,
    entities: ReadonlyMap<string, Entity>,
    saved: StoryBuilderState,
    analysisOf: (id: string) => ArticleAnalysis,
    journal: Journal,
  ): StoryBuilder {
    const { articles, ...data } = saved;
    const articleOf = (id: string) => analysisOf(id).article;
    const builder: StoryBuilder = Object.assign(new StoryBuilder(lexicons, entities, journal), {
      ...data,
      copies: revive(saved.copies, CopyIndex, journal),
      clusters: ClusterIndex.restore(lexicons, entities, saved.published, saved.clusters, journal),
      stories: StoryIndex.restore(lexicons.stopwords, saved.stories, articleOf, journal),
      analyses: new Map(articles.map((id) => [id, analysisOf(id)])),
    });
    // made again rather than saved: the events are saved already, and their clusters
    for (const events of saved.events.values())
      for (const e of events) builder.clustered.set(e.id, builder.withCluster(e));
    for (const summary of [...saved.summaries.values()].sort((x, y) => byString(x.id, y.id)))
      builder.summaryOrder.place(summary);
    return builder;
  }

  /** The state to save; serialize it before the builder changes again. */
  state(): StoryBuilderState {
    return {
      copies: this.copies,
      clusters: this.clusters.state(),
      stories: this.stories.state(),
      articles: [...this.analyses.keys()],
      published: this.published,
      events: this.events,
      mentions: this.mentions,
      voices: this.voices,
      summaries: this.summaries,
      entries: this.entries,
      dirtyClusters: this.dirtyClusters,
      dirtyArticles: this.dirtyArticles,
    };
  }

  /** Links one article, given its resolved mentions and its events (their own ids as clusters). */
  add(analysis: ArticleAnalysis, mentions: readonly ResolvedMention[], events: readonly Event[]): void {
    const article = analysis.article;
    const journal = this.journal;
    journal.set(this.analyses, article.id, analysis);
    if (article.published) journal.set(this.published, article.id, article.published.date);
    journal.set(this.events, article.id, events);
    journal.set(this.mentions, article.id, mentions);
    journal.push(this.voices, articleVoice(article, this.lexicons));
    const shared: SharedCluster[] = [];
    for (const e of events) {
      const { cluster, absorbed } = this.clusters.add(e, mentions);
      for (const gone of absorbed) this.forget(gone);
      journal.add(this.dirtyClusters, cluster);
      const others = [...new Set(cluster.events.map((r) => r.article))].filter((id) => id !== article.id);
      if (others.length) shared.push({ key: `cluster:${cluster.serial}`, articles: others });
    }
    // A new earliest reprint speaks for its copies: their clusters count sources anew.
    for (const copy of this.copies.add(article)) this.touch(copy);
    const entities = mentions.map((m) => m.entity.id);
    const change = this.stories.add({ analysis, entities, clusters: shared });
    for (const gone of change.removed) journal.delete(this.entries, gone);
    // A story is named by its first article, so marking that article marks the story.
    for (const group of change.groups) journal.add(this.dirtyArticles, group);
  }

  /** Summarizes the changed clusters and rebuilds the stories they or new articles touch. */
  update(): void {
    const journal = this.journal;
    for (const cluster of this.dirtyClusters) {
      this.setSummary(cluster, this.summarize(cluster));
      for (const e of cluster.events) {
        journal.add(this.dirtyArticles, e.article);
        journal.set(this.clustered, e.id, this.withCluster(e));
      }
    }
    journal.clear(this.dirtyClusters);
    const groups = new Set([...this.dirtyArticles].map((id) => this.stories.groups.group(id)));
    for (const group of groups) journal.set(this.entries, group, this.entry(group));
    journal.clear(this.dirtyArticles);
  }

  result(): StoryResult {
    const entries = this.sortedEntries();
    return {
      clustered: (event) => this.clustered.get(event)!,
      stories: entries.map((x) => x.story),
      clusters: [...this.summaryOrder.list],
      voices: [...this.voices],
      reporting: entries.map((x) => x.reporting),
    };
  }

  /** The publication date of each article that has one, by id. */
  publishedDates(): ReadonlyMap<string, ISODate> {
    return this.published;
  }

  /** The stories, up to date, by id: what a caller needs before the whole result. */
  sortedStories(): Story[] {
    return this.sortedEntries().map((x) => x.story);
  }

  private sortedEntries(): StoryEntry[] {
    this.update();
    return [...this.entries.values()].sort((x, y) => byString(x.story.id, y.story.id));
  }

  private setSummary(cluster: Cluster, summary: ClusterSummary): void {
    const old = this.summaries.get(cluster);
    if (old) this.summaryOrder.takeOut(old);
    this.summaryOrder.place(summary);
    this.journal.set(this.summaries, cluster, summary);
  }

  private forget(cluster: Cluster): void {
    const old = this.summaries.get(cluster);
    if (old) this.summaryOrder.takeOut(old);
    this.journal.delete(this.summaries, cluster);
    this.journal.remove(this.dirtyClusters, cluster);
  }

  private touch(article: string): void {
    for (const e of this.events.get(article) ?? [])
      this.journal.add(this.dirtyClusters, this.clusters.cluster(e.id));
  }

  private summarize(cluster: Cluster): ClusterSummary {
    const events = this.withClusters(cluster.events).sort((x, y) => byString(x.id, y.id));
    return summarizeCluster(cluster.id, events, {
      outletOf: (article) => this.analyses.get(article)?.article.outlet ?? article,
      reprintOf: (article) => this.copies.originalOf(article),
    });
  }

  private withClusters(events: readonly Event[]): Event[] {
    return events.map((e) => this.withCluster(e));
  }

  private withCluster(e: Event): Event {
    return { ...e, cluster: this.clusters.cluster(e.id).id };
  }

  private entry(group: string): StoryEntry {
    const articleIds = [...this.stories.groups.membersOf(group)].sort();
    const events = this.withClusters(articleIds.flatMap((id) => this.events.get(id) ?? []));
    const clusterIds = [...new Set(events.map((e) => e.cluster))].sort(byString);
    const analyses = articleIds.map((id) => this.analyses.get(id)!);
    const story: Story = {
      id: `s:${articleIds[0]}`,
      title: this.title(this.analyses.get(this.stories.central(group))!, events),
      articles: articleIds,
      clusters: clusterIds,
      discrepancies: findDiscrepancies({
        analyses,
        events,
        entities: this.entities,
        lexicons: this.lexicons,
      }),
      framing: storyFraming(articleIds, this.mentions),
    };
    return { story, reporting: reporting(story, this.published) };
  }

  /**
   * The central article's title; else "<actor> <verb> <target>" from the most reported event
   * whose parties are both known; else the article's opening.
   */
  private title(central: ArticleAnalysis, events: readonly Event[]): string {
    if (central.article.title?.trim()) return central.article.title.trim();
    const top = [...new Set(events.map((e) => this.clusters.cluster(e.id)))]
      .map((c) => this.summaries.get(c)!)
      .filter((c) => c.actor && c.target)
      .sort((x, y) => y.reports.length - x.reports.length || byString(x.id, y.id))[0];
    return top ? eventPhrase(top, this.entities) : opening(central);
  }
}

function reporting(s: Story, published: ReadonlyMap<string, ISODate>): StoryReporting {
  const dates = s.articles.flatMap((id) => published.get(id) ?? []).sort(byString);
  return { story: s.id, firstReport: dates[0] ?? null, lastReport: dates.at(-1) ?? null };
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
