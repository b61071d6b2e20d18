import { beforeAll, describe, expect, it } from "vitest";
import type { ArticleAnalysis } from "../../src/analyze/types.js";
import { CopyIndex } from "../../src/link/copies.js";
import { buildPicture } from "../../src/link/document.js";
import { CorpusIndex } from "../../src/link/incremental.js";
import { exampleAnalyses, exampleKnowledge as kb, later } from "./examples.js";
import { article } from "./fixtures.js";

let analyses: ArticleAnalysis[] = [];

beforeAll(async () => {
  analyses = await exampleAnalyses();
}, 60_000);

/**
 * The dated articles of the example corpus once per decade, `count` times over. (Undated ones meet
 * the latest undated candidates under each key whatever their decade: a bounded window, not one
 * that stays the same while it fills.)
 */
function decades(count: number): ArticleAnalysis[] {
  const dated = analyses.filter((a) => a.article.published);
  return Array.from({ length: count }, (_, d) =>
    dated.map((a) => later(a, 10 * d, `${a.article.id}@${d}`)),
  ).flat();
}

/** Candidates the index compared when the analysis was added. */
function candidatesOf(index: CorpusIndex, a: ArticleAnalysis): number {
  const before = index.links.clusters.examined + index.links.stories.examined;
  index.add(a);
  return index.links.clusters.examined + index.links.stories.examined - before;
}

describe("CorpusIndex", () => {
  it("gives the batch picture whether or not a picture was read midway", () => {
    const index = new CorpusIndex(kb);
    const half = analyses.length >> 1;
    for (const a of analyses.slice(0, half)) index.add(a);
    const early = index.picture();
    expect(early.document.articles).toHaveLength(half);
    for (const a of analyses.slice(half)) index.add(a);
    expect(index.picture()).toEqual(buildPicture(analyses, kb));
  });

  it("gives the same document for the same input", () => {
    expect(JSON.stringify(buildPicture(analyses, kb).document)).toBe(
      JSON.stringify(buildPicture(analyses, kb).document),
    );
  });

  it("compares a new article with the candidates of its own period only, whatever the corpus size", () => {
    const examined = (earlier: number) => {
      const index = new CorpusIndex(kb);
      for (const a of decades(earlier)) index.add(a);
      const probe = decades(earlier + 1).at(-1)!;
      for (const a of decades(earlier + 1).slice(decades(earlier).length, -1)) index.add(a);
      return candidatesOf(index, probe);
    };
    // Not exactly equal: word rarity, and so each article's blocking words, shift as the corpus grows.
    const small = examined(1);
    expect(small).toBeGreaterThan(0);
    expect(examined(6)).toBeLessThan(1.5 * small);
  });

  it("rebuilds only the stories a new article touches", () => {
    const index = new CorpusIndex(kb);
    for (const a of decades(2)) index.add(a);
    const before = index.picture().document.stories;
    index.add(later(analyses[0], 20, "late-copy"));
    const after = index.picture().document.stories;
    const changed = after.filter((s) => !before.some((b) => b === s));
    expect(changed.map((s) => s.articles.includes("late-copy"))).toEqual([true]);
  });
});

describe("CopyIndex", () => {
  const wire =
    "Storm surges breached the old sea wall before dawn, and the coast guard moved two hundred residents of the harbour district to the school on the hill.";
  const texts: Record<string, [string, string]> = {
    early: [wire, "2025-04-01"],
    late: [`By our reporter. ${wire}`, "2025-04-02"],
    other: [
      "The council approved a new budget for road repairs after a long debate on Tuesday.",
      "2025-04-01",
    ],
  };
  it.each([[["early", "late", "other"]], [["late", "other", "early"]], [["other", "late", "early"]]])(
    "names each group by its earliest article, added in the order %j",
    (order) => {
      const index = new CopyIndex();
      for (const id of order) index.add(article(id, texts[id][0], { published: texts[id][1] }));
      expect(order.map((id) => [id, index.originalOf(id)])).toEqual(
        order.map((id) => [id, id === "late" ? "early" : id]),
      );
    },
  );

  it("names the articles whose original changed when an earlier reprint arrives", () => {
    const index = new CopyIndex();
    index.add(article("late", texts.late[0], { published: texts.late[1] }));
    expect(index.add(article("early", texts.early[0], { published: texts.early[1] }))).toEqual(["late"]);
  });
});
