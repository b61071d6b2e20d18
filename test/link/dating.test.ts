import { describe, expect, it } from "vitest";
import type { AnalysisDocument, Article, PublishedDate } from "../../src/contract/types.js";
import { datesFromStories } from "../../src/link/dating.js";

const article = (id: string, published: PublishedDate | null): Article => ({
  id,
  source: `${id}.txt`,
  outlet: null,
  title: null,
  language: "en",
  published,
  text: "",
  removed: [],
});

const day = (date: string): PublishedDate => ({ date, precision: "day", inferred: false, basis: "record" });

function doc(articles: Article[], stories: string[][]): AnalysisDocument {
  return {
    schema: "sitrep.analysis/1",
    generator: { name: "t", version: "0" },
    articles,
    entities: [],
    timexes: [],
    quotes: [],
    events: [],
    stories: stories.map((ids, i) => ({
      id: `s${i}`,
      title: "",
      articles: ids,
      clusters: [],
      discrepancies: [],
      framing: [],
    })),
    alerts: [],
  };
}

describe("datesFromStories", () => {
  it("dates an undated article by the median dated article of its story, at month precision", () => {
    const d = doc(
      [
        article("a", day("2026-03-02")),
        article("b", null),
        article("c", day("2026-04-01")),
        article("d", day("2026-03-30")),
      ],
      [["a", "b", "c", "d"]],
    );
    expect(datesFromStories(d.articles, d.stories).get("b")).toEqual({
      date: "2026-03",
      precision: "month",
      inferred: true,
      basis: "story: dated like d",
    });
  });

  it("leaves alone dated articles and stories with no dated article", () => {
    const d = doc(
      [article("a", day("2026-03-02")), article("b", null), article("c", null)],
      [["a"], ["b", "c"]],
    );
    expect(datesFromStories(d.articles, d.stories).size).toBe(0);
  });
});
