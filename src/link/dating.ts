// An article that carries no date of its own can still be placed in time by the story it belongs
// to: the articles reporting the same developments were published around the same time. The date
// is marked inferred, at month precision, with the article it rests on as its basis.
import type { ArticleAnalysis } from "../analyze/types.js";
import type { Article, PublishedDate } from "../contract/types.js";

/**
 * Analyses an undated article again against the date its story gives it (relative dates such as
 * "last Tuesday" need one). The link stage takes it from the caller: it runs the article stages.
 */
export type Redate = (analysis: ArticleAnalysis, published: PublishedDate) => ArticleAnalysis;

/**
 * The date a story gives its undated articles: the month of its median dated article (dates
 * inferred from stories do not count), or null when no article of the story carries a date.
 */
export function dateFromStory(story: readonly Article[]): PublishedDate | null {
  const dated = story
    .filter((a) => a.published && !a.published.basis.startsWith("story"))
    .sort((a, b) => a.published!.date.localeCompare(b.published!.date) || a.id.localeCompare(b.id));
  if (!dated.length) return null;
  const middle = dated[(dated.length - 1) >> 1];
  const month = middle.published!.date.slice(0, 7);
  if (month.length < 7) return null;
  return { date: month, precision: "month", inferred: true, basis: `story: dated like ${middle.id}` };
}
