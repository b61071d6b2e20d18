// An article that carries no date of its own can still be placed in time by the story it belongs
// to: the articles reporting the same developments were published around the same time. The date
// is marked inferred, at month precision, with the articles it rests on as its basis.
import type { Article, PublishedDate, Story } from "../contract/types.js";

/** The dates the stories give the undated articles, by article id. */
export function datesFromStories(
  articles: readonly Article[],
  stories: readonly Story[],
): Map<string, PublishedDate> {
  const published = new Map(articles.map((a) => [a.id, a.published]));
  const inferred = new Map<string, PublishedDate>();
  for (const story of stories) {
    const dated = story.articles
      .filter((id) => published.get(id) && !published.get(id)?.basis.startsWith("story"))
      .sort(
        (a, b) =>
          (published.get(a)?.date ?? "").localeCompare(published.get(b)?.date ?? "") || a.localeCompare(b),
      );
    if (!dated.length) continue;
    const middle = dated[(dated.length - 1) >> 1];
    const month = published.get(middle)?.date.slice(0, 7);
    if (!month || month.length < 7) continue;
    for (const id of story.articles) {
      if (published.get(id)) continue;
      inferred.set(id, {
        date: month,
        precision: "month",
        inferred: true,
        basis: `story: dated like ${middle}`,
      });
    }
  }
  return inferred;
}
