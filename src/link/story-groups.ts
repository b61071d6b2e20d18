// Grouping articles into stories: articles about the same developments share rare words and
// names, the same resolved entities, the same event clusters, and appear within days of each
// other. Each article becomes one TF-IDF vector over its words, entities and shared event
// clusters (so rarity weights them all alike); blocking on each article's heaviest terms keeps
// the comparisons near-linear.
import type { ArticleAnalysis } from "../analyze/types.js";
import type { Article } from "../contract/types.js";
import { Postings, revive } from "./collect.js";
import { AverageLinkGroups, type GroupChange, type Link } from "./grouping.js";
import { Journal } from "./journal.js";
import { DAY, period } from "./periods.js";
import {
  contentTerms,
  cosine,
  type SparseVector,
  sharedTerms,
  type TermCounts,
  TermSpace,
  vectorTopTerms,
} from "./similarity.js";

/**
 * Average similarity two groups need to be one story. Outlets' accounts of one event score about
 * 0.1–0.5 (they paraphrase); unrelated articles from the same days mostly stay below.
 */
const STORY_THRESHOLD = 0.15;
/** Heaviest terms of each article used as blocking keys. */
const BLOCKING_TERMS = 15;
/** A key shared by more articles than this in one period is too common to block on. */
const MAX_POSTING = 100;
/** Undated articles compared under each key (or, for an undated article, articles): the latest ones. */
const UNDATED_WINDOW = 30;
/** Within this many days, dates do not lower the similarity; beyond the horizon, articles never meet. */
const SAME_PERIOD_DAYS = 3;
const HORIZON_DAYS = 25;
/**
 * Distinct terms two articles must share to be linked at all. Accounts of the same developments
 * share many names, places and words; a few shared words ("Israel", "million dollars") between
 * two short items are chance, however high the cosine of such small vectors.
 */
const MIN_SHARED_TERMS = 10;
/** A title says what the article is about: its words count this many times. */
const TITLE_WEIGHT = 2;

export interface StoryFeatures {
  analysis: ArticleAnalysis;
  /** Resolved entity ids, one per mention. */
  entities: readonly string[];
  /**
   * The clusters of this article's events that articles already added report too, once per event
   * (an article telling a development in several sentences weighs it more).
   */
  clusters: readonly SharedCluster[];
}

export interface SharedCluster {
  /** A key that stays the cluster's while it grows. */
  key: string;
  /** The other articles reporting it. */
  articles: readonly string[];
}

/** What a story index has learnt, for a snapshot; articles by id (the store holds them). */
export interface StoryIndexState {
  space: TermSpace;
  counts: Map<string, TermCounts>;
  vectors: Map<string, SparseVector>;
  articles: string[];
  postings: Postings<string>;
  groups: AverageLinkGroups;
  examined: number;
}

/**
 * Stories grown one article at a time. Each article is a TF-IDF vector over its words (title
 * words weighed more), resolved entities and shared event clusters; a new article is compared
 * only with the articles that share one of its heaviest terms within the horizon (an inverted
 * index keyed by term and date bucket), and joins their story by average link.
 */
export class StoryIndex {
  private readonly space: TermSpace;
  private readonly counts = new Map<string, TermCounts>();
  /** Each article's vector as weighed when it was added: a story's centre must not depend on when it is read. */
  private readonly vectors = new Map<string, SparseVector>();
  private readonly articles = new Map<string, Article>();
  private readonly postings: Postings<string>;
  readonly groups: AverageLinkGroups;
  /** Candidate articles compared so far, which blocking keeps near-constant per article. */
  examined = 0;

  constructor(
    private readonly stopwords: ReadonlySet<string>,
    private readonly journal = new Journal(),
  ) {
    this.space = new TermSpace(journal);
    this.postings = new Postings(MAX_POSTING, UNDATED_WINDOW, journal);
    this.groups = new AverageLinkGroups(STORY_THRESHOLD, journal);
  }

  /** An index that goes on from a saved state; `articleOf` gives back the articles it names. */
  static restore(
    stopwords: ReadonlySet<string>,
    saved: StoryIndexState,
    articleOf: (id: string) => Article,
    journal: Journal,
  ): StoryIndex {
    return Object.assign(new StoryIndex(stopwords, journal), {
      ...saved,
      space: revive(saved.space, TermSpace, journal),
      articles: new Map(saved.articles.map((id) => [id, articleOf(id)])),
      postings: revive(saved.postings, Postings, journal),
      groups: revive(saved.groups, AverageLinkGroups, journal),
    });
  }

  /** The state to save; serialize it before the index changes again. */
  state(): StoryIndexState {
    return {
      space: this.space,
      counts: this.counts,
      vectors: this.vectors,
      articles: [...this.articles.keys()],
      postings: this.postings,
      groups: this.groups,
      examined: this.examined,
    };
  }

  add(f: StoryFeatures): GroupChange {
    const article = f.analysis.article;
    this.journal.set(this.articles, article.id, article);
    for (const { key, articles } of f.clusters) for (const other of articles) this.tag(other, key);
    const counts = this.space.add(terms(f, this.stopwords));
    this.journal.set(this.counts, article.id, counts);
    const vector = this.space.vector(counts);
    this.journal.set(this.vectors, article.id, vector);
    const candidates = this.candidates(article, vectorTopTerms(vector, BLOCKING_TERMS));
    candidates.delete(article.id);
    this.journal.assign(this, "examined", this.examined + candidates.size);
    return this.groups.add(article.id, this.links(article, vector, [...candidates].sort()));
  }

  /** The articles of the story an article is in, as grown so far. */
  storyOf(id: string): Article[] {
    return this.groups.membersOf(this.groups.group(id)).map((member) => this.articles.get(member)!);
  }

  /** The member most similar to the others: its title stands for the story. */
  central(group: string): string {
    const members = this.groups.membersOf(group);
    return mostCentral(members, this.vectors);
  }

  /** Gives an earlier article a term it has come to share (an event cluster a new article joined). */
  private tag(id: string, term: string): void {
    this.journal.set(this.counts, id, this.space.withTerm(this.counts.get(id)!, term));
  }

  private vector(id: string): SparseVector {
    return this.space.vector(this.counts.get(id)!);
  }

  private links(article: Article, vector: SparseVector, candidates: readonly string[]): Link[] {
    return candidates.flatMap((other) => {
      const near = dateFactor(article, this.articles.get(other)!);
      if (near === 0) return [];
      const otherVector = this.vector(other);
      if (sharedTerms(vector, otherVector) < MIN_SHARED_TERMS) return [];
      return [{ other, similarity: cosine(vector, otherVector) * near }];
    });
  }

  /** The articles filed under the article's keys; files it. */
  private candidates(article: Article, heavy: readonly string[]): Set<string> {
    const found = new Set<string>();
    const take = (ids: readonly string[]) => {
      for (const id of ids) found.add(id);
    };
    const bucket = article.published && Math.floor(period(article.published.date)[0] / (HORIZON_DAYS * DAY));
    for (const term of heavy) {
      if (bucket === null) {
        take(this.postings.latest(`${term}@any`));
        this.file(article.id, [`${term}@undated`, `${term}@any`]);
      } else {
        // Two articles within the horizon share a bucket: each files under its own and the next.
        const periods = [`${term}@${bucket}`, `${term}@${bucket + 1}`];
        for (const key of periods) take(this.postings.holders(key));
        take(this.postings.latest(`${term}@undated`));
        this.file(article.id, [...periods, `${term}@any`]);
      }
    }
    return found;
  }

  private file(id: string, keys: readonly string[]): void {
    for (const key of keys) this.postings.file(key, id);
  }
}

function terms(f: StoryFeatures, stopwords: ReadonlySet<string>): string[] {
  const title = contentTerms(f.analysis.article.title ?? "", stopwords);
  return [
    ...contentTerms(f.analysis.article.text, stopwords),
    ...Array.from({ length: TITLE_WEIGHT }, () => title).flat(),
    ...f.entities.map((id) => `entity:${id}`),
    ...f.clusters.map((c) => c.key),
  ];
}

/**
 * 1 within a few days, falling linearly to 0 at the horizon; 1 when either date is unknown. The
 * gap is between the dates' periods, so "2025-11" is no gap from "2025-11-02".
 */
export function dateFactor(a: Article, b: Article): number {
  if (!a.published || !b.published) return 1;
  const [startA, endA] = period(a.published.date);
  const [startB, endB] = period(b.published.date);
  const gap = Math.max(0, startB - endA, startA - endB) / DAY;
  if (gap <= SAME_PERIOD_DAYS) return 1;
  return Math.max(0, 1 - (gap - SAME_PERIOD_DAYS) / (HORIZON_DAYS - SAME_PERIOD_DAYS));
}

/** The member most similar to the others: its title stands for the story. */
export function mostCentral(group: readonly string[], vectors: ReadonlyMap<string, SparseVector>): string {
  let best = group[0];
  let bestScore = -1;
  for (const id of group) {
    const score = group.reduce(
      (sum, other) => sum + (other === id ? 0 : cosine(vectors.get(id)!, vectors.get(other)!)),
      0,
    );
    if (score > bestScore) [best, bestScore] = [id, score];
  }
  return best;
}
