import { beforeAll, describe, expect, it } from "vitest";
import type { ArticleAnalysis } from "../../src/analyze/types.js";
import { CopyIndex } from "../../src/link/copies.js";
import { buildPicture, type CorpusPicture } from "../../src/link/document.js";
import { CorpusIndex } from "../../src/link/incremental.js";
import { exampleAnalyses, exampleKnowledge as kb } from "./examples.js";
import { article } from "./fixtures.js";

let analyses: ArticleAnalysis[] = [];

beforeAll(async () => {
  analyses = await exampleAnalyses();
}, 60_000);

/** The articles of each story, as sets. */
function storyMembers(p: CorpusPicture): string[][] {
  return p.document.stories.map((s) => [...s.articles].sort()).sort();
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

  // Clusters may differ with the order: resolution takes the first name seen as canonical, and
  // a party named by a lower-case description ("defence ministry") matches any other.
  it("groups the articles into the same stories whatever the order of addition", () => {
    const backward = buildPicture([...analyses].reverse(), kb);
    expect(storyMembers(backward)).toEqual(storyMembers(buildPicture(analyses, kb)));
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
});
