// Story grouping on the BASIL triplets (one event told by three outlets), from the texts and
// publication dates alone: no entities or events, so it holds whatever the upstream stages do.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { buildStories } from "../../src/link/stories.js";
import { HAS_SHARED, noticeIfNoShared, SHARED } from "../helpers/shared.js";
import { analysis, article, resolution } from "./fixtures.js";

const INPUT = join(SHARED, "external", "basil", "input", "articles.jsonl");
const present = HAS_SHARED && existsSync(INPUT);
if (!present) noticeIfNoShared("BASIL story grouping");

interface BasilRecord {
  id: string;
  text: string;
  title: string | null;
  outlet: string;
  published: string;
}

/** Pairwise F1 of the grouping against the triplets (the id without its "_n" suffix). */
function pairF1(groups: readonly string[][]): number {
  const storyOf = new Map(groups.flatMap((g, i) => g.map((id) => [id, i] as const)));
  const ids = [...storyOf.keys()];
  const triplet = (id: string) => id.replace(/_\d+$/, "");
  let [tp, fp, fn] = [0, 0, 0];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const same = triplet(ids[i]) === triplet(ids[j]);
      const grouped = storyOf.get(ids[i]) === storyOf.get(ids[j]);
      if (same && grouped) tp++;
      else if (same) fn++;
      else if (grouped) fp++;
    }
  }
  return (2 * tp) / (2 * tp + fp + fn);
}

describe.skipIf(!present)("stories on BASIL", () => {
  it("groups the outlets' accounts of each event with pairwise F1 of at least 0.9", () => {
    const records = readFileSync(INPUT, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as BasilRecord);
    const analyses = records.map((r) =>
      analysis(article(r.id, r.text, { title: r.title, outlet: r.outlet, published: r.published })),
    );
    const { stories } = buildStories({
      analyses,
      resolution: resolution([]),
      events: [],
      kb: loadKnowledge(),
    });
    expect(pairF1(stories.map((s) => s.articles))).toBeGreaterThanOrEqual(0.9);
  });
});
