// What the HTTP API answers, read out of a corpus picture: lists sorted by whitelisted keys and
// paged, one story with what stands behind it. Pure functions of the picture.
import type { Alert, AlertLevel, Article, Story } from "../contract/types.js";
import { byString } from "../link/collect.js";
import type { ClusterSummary } from "../link/corroboration.js";
import type { CorpusPicture } from "../link/document.js";

export const STORY_SORTS = ["latest", "earliest", "largest", "id"] as const;
export type StorySort = (typeof STORY_SORTS)[number];

export interface StoryListing {
  id: string;
  title: string;
  articles: number;
  /** Outlets that printed the story's articles, by name. */
  outlets: string[];
  clusters: number;
  discrepancies: number;
  firstReport: string | null;
  lastReport: string | null;
}

export interface Page {
  limit: number;
  offset: number;
}

/** The stories, sorted and paged, with the total before paging. */
export function storyList(
  picture: CorpusPicture,
  sort: StorySort,
  page: Page,
): { total: number; stories: StoryListing[] } {
  const outletOf = new Map(picture.document.articles.map((a) => [a.id, a.outlet]));
  const listings = picture.document.stories.map((story, i): StoryListing => {
    const { firstReport, lastReport } = picture.reporting[i];
    const outlets = new Set(story.articles.flatMap((id) => outletOf.get(id) ?? []));
    return {
      id: story.id,
      title: story.title,
      articles: story.articles.length,
      outlets: [...outlets].sort(byString),
      clusters: story.clusters.length,
      discrepancies: story.discrepancies.length,
      firstReport,
      lastReport,
    };
  });
  listings.sort((x, y) => STORY_ORDER[sort](x, y) || byString(x.id, y.id));
  return { total: listings.length, stories: listings.slice(page.offset, page.offset + page.limit) };
}

/** Dates in `direction` (1 oldest first, -1 newest first); a missing date sorts after every date. */
function byDate(x: string | null, y: string | null, direction: 1 | -1): number {
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return direction * byString(x, y);
}

const STORY_ORDER: Record<StorySort, (x: StoryListing, y: StoryListing) => number> = {
  latest: (x, y) => byDate(x.lastReport, y.lastReport, -1),
  earliest: (x, y) => byDate(x.firstReport, y.firstReport, 1),
  largest: (x, y) => y.articles - x.articles,
  id: () => 0,
};

export interface StoryDetail {
  story: Story;
  firstReport: string | null;
  lastReport: string | null;
  /** The story's event clusters with their corroboration. */
  clusters: ClusterSummary[];
  /** The story's articles without their text (GET /api/analysis has it). */
  articles: Omit<Article, "text" | "removed">[];
}

export function storyDetail(picture: CorpusPicture, id: string): StoryDetail | null {
  const i = picture.document.stories.findIndex((s) => s.id === id);
  if (i < 0) return null;
  const story = picture.document.stories[i];
  const clusters = new Set(story.clusters);
  const articles = new Set(story.articles);
  return {
    story,
    firstReport: picture.reporting[i].firstReport,
    lastReport: picture.reporting[i].lastReport,
    clusters: picture.clusters.filter((c) => clusters.has(c.id)),
    articles: picture.document.articles
      .filter((a) => articles.has(a.id))
      .map(({ text: _text, removed: _removed, ...meta }) => meta),
  };
}

export const ALERT_LEVELS: readonly AlertLevel[] = ["info", "warning", "critical"];

/** Alerts at `level` or above, newest first (ties by id). */
export function alertsFrom(picture: CorpusPicture, level: AlertLevel): Alert[] {
  const least = ALERT_LEVELS.indexOf(level);
  return picture.document.alerts
    .filter((a) => ALERT_LEVELS.indexOf(a.level) >= least)
    .sort((x, y) => byString(y.date, x.date) || byString(x.id, y.id));
}
