// Grouping articles into stories: articles about the same developments share rare words and
// names, the same resolved entities, the same event clusters, and appear within days of each
// other. Each article becomes one TF-IDF vector over all of these (so rarity weights them
// all alike); blocking on each article's heaviest terms keeps the comparisons near-linear.
import type { ArticleAnalysis } from "../analyze/types.js";
import type { Article } from "../contract/types.js";
import { averageLinkGroups, type WeightedPair } from "./grouping.js";
import { DAY, period } from "./periods.js";
import {
  candidatePairs,
  contentTerms,
  cosine,
  type SparseVector,
  tfidfVectors,
  vectorTopTerms,
} from "./similarity.js";

/**
 * Average similarity two groups need to be one story. Outlets' accounts of one event score about
 * 0.1–0.5 (they paraphrase); unrelated articles from the same days mostly stay below.
 */
const STORY_THRESHOLD = 0.15;
/** Heaviest terms of each article used as blocking keys. */
const BLOCKING_TERMS = 15;
/** A key shared by more articles than this is too common to block on. */
const MAX_POSTING = 100;
/** Within this many days, dates do not lower the similarity; beyond the horizon, articles never meet. */
const SAME_PERIOD_DAYS = 3;
const HORIZON_DAYS = 25;
/** A title says what the article is about: its words count this many times. */
const TITLE_WEIGHT = 2;

export interface StoryFeatures {
  analysis: ArticleAnalysis;
  /** Resolved entity ids, one per mention. */
  entities: readonly string[];
  /** Event clusters reported in this article. */
  clusters: readonly string[];
}

export interface ArticleGroups {
  groups: string[][];
  /** Article id -> its similarity vector, for choosing each story's most central article. */
  vectors: ReadonlyMap<string, SparseVector>;
}

export function groupArticles(
  features: readonly StoryFeatures[],
  stopwords: ReadonlySet<string>,
): ArticleGroups {
  const vectors = tfidfVectors(new Map(features.map((f) => [f.analysis.article.id, terms(f, stopwords)])));
  const articles = new Map(features.map((f) => [f.analysis.article.id, f.analysis.article]));
  const keys = new Map(
    [...vectors].map(([id, v]) => [id, blockingKeys(vectorTopTerms(v, BLOCKING_TERMS), articles.get(id)!)]),
  );
  const pairs: WeightedPair[] = [];
  for (const [a, b] of candidatePairs(keys, MAX_POSTING)) {
    const near = dateFactor(articles.get(a)!, articles.get(b)!);
    if (near > 0) pairs.push({ a, b, similarity: cosine(vectors.get(a)!, vectors.get(b)!) * near });
  }
  return { groups: averageLinkGroups([...articles.keys()], pairs, STORY_THRESHOLD), vectors };
}

/**
 * Each heavy term in the article's period of the horizon's length and in the next one, so that
 * two articles within the horizon share a period and farther ones never meet on it; and the bare
 * term, so an undated article still meets the others (while the term is rare enough).
 */
function blockingKeys(terms: readonly string[], article: Article): string[] {
  if (!article.published) return terms.map((t) => `${t}@any`);
  const bucket = Math.floor(period(article.published.date)[0] / (HORIZON_DAYS * DAY));
  return terms.flatMap((t) => [`${t}@${bucket}`, `${t}@${bucket + 1}`, `${t}@any`]);
}

function terms(f: StoryFeatures, stopwords: ReadonlySet<string>): string[] {
  const title = contentTerms(f.analysis.article.title ?? "", stopwords);
  return [
    ...contentTerms(f.analysis.article.text, stopwords),
    ...Array.from({ length: TITLE_WEIGHT }, () => title).flat(),
    ...f.entities.map((id) => `entity:${id}`),
    ...f.clusters.map((id) => `cluster:${id}`),
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
