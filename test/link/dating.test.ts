// Undated articles placed in time by their stories: the date a story gives, and the index dating
// each undated article by the story it joins among the articles linked before it.
import { describe, expect, it } from "vitest";
import { storyDating } from "../../src/analyze/corpus.js";
import { analyzeArticle } from "../../src/analyze/pipeline.js";
import type { ArticleAnalysis } from "../../src/analyze/types.js";
import type { Article, PublishedDate } from "../../src/contract/types.js";
import { dateFromStory } from "../../src/link/dating.js";
import { CorpusIndex } from "../../src/link/incremental.js";
import { exampleKnowledge as kb } from "./examples.js";

const article = (id: string, published: PublishedDate | null, text = ""): Article => ({
  id,
  source: `${id}.txt`,
  outlet: "Test Wire",
  title: null,
  language: "en",
  published,
  text,
  removed: [],
});

const day = (date: string): PublishedDate => ({ date, precision: "day", inferred: false, basis: "record" });

describe("dateFromStory", () => {
  it("gives the month of the story's median dated article", () => {
    const story = [
      article("a", day("2026-03-02")),
      article("b", null),
      article("c", day("2026-04-01")),
      article("d", day("2026-03-30")),
    ];
    expect(dateFromStory(story)).toEqual({
      date: "2026-03",
      precision: "month",
      inferred: true,
      basis: "story: dated like d",
    });
  });

  it("gives nothing when no article of the story carries a date of its own", () => {
    const inferred = { ...day("2026-03"), inferred: true, basis: "story: dated like a" };
    expect(dateFromStory([article("b", null), article("c", null)])).toBeNull();
    expect(dateFromStory([article("b", null), article("c", inferred)])).toBeNull();
  });
});

describe("dating undated articles as they are linked", () => {
  const TALKS =
    "Northland and Southland held talks in Eastmark on the border dispute. The foreign ministers of Northland and Southland agreed to meet again next month.";
  const report = (id: string, published: PublishedDate | null): ArticleAnalysis =>
    analyzeArticle(article(id, published, TALKS), kb);
  const OTHER = analyzeArticle(
    article("other", day("2026-05-20"), "Westland opened a new railway line to its northern coast."),
    kb,
  );

  const linked = (analyses: ArticleAnalysis[]) => {
    const index = new CorpusIndex(kb, storyDating(kb));
    for (const a of analyses) index.add(a);
    return index.picture().document;
  };

  it("dates an undated article by the dated story it joins, and resolves its relative dates against it", () => {
    const document = linked([report("first", day("2026-03-04")), OTHER, report("undated", null)]);
    const undated = document.articles.find((a) => a.id === "undated")!;
    expect(undated.published).toMatchObject({
      date: "2026-03",
      inferred: true,
      basis: "story: dated like first",
    });
    const nextMonth = document.timexes.find((t) => t.article === "undated" && t.text === "next month");
    expect(nextMonth?.value).toBe("2026-04");
  });

  it("counts only the articles linked before it: a later report does not date it", () => {
    const document = linked([report("undated", null), report("later", day("2026-03-04"))]);
    expect(document.articles.find((a) => a.id === "undated")!.published).toBeNull();
  });

  it("leaves undated an article whose story carries no date, and every article without a dating", () => {
    expect(linked([OTHER, report("undated", null)]).articles[1].published).toBeNull();
    const index = new CorpusIndex(kb);
    index.add(report("first", day("2026-03-04")));
    index.add(report("undated", null));
    expect(index.picture().document.articles[1].published).toBeNull();
  });
});
