// The example corpus through the real pipeline: a republished article and a wire story carried by
// a second outlet add no independent source to the events they share with their original, while
// an outlet's own account does.
import { beforeAll, describe, expect, it } from "vitest";
import type { ArticleAnalysis } from "../../src/analyze/types.js";
import { buildPicture, type CorpusPicture } from "../../src/link/document.js";
import { exampleAnalyses, exampleKnowledge as kb } from "./examples.js";

let analyses: ArticleAnalysis[] = [];

beforeAll(async () => {
  analyses = await exampleAnalyses();
}, 60_000);

/** Independent sources of the cluster holding each event, in a picture. */
function sourcesByEvent(picture: CorpusPicture): Map<string, number> {
  const count = new Map(picture.clusters.map((c) => [c.id, c.independentSources]));
  return new Map(picture.document.events.map((e) => [e.id, count.get(e.cluster)!]));
}

/** Events of `original` whose clusters `other` also reports. */
function sharedEvents(picture: CorpusPicture, original: string, other: string): string[] {
  const withOther = new Set(picture.document.events.filter((e) => e.article === other).map((e) => e.cluster));
  return picture.document.events
    .filter((e) => e.article === original && withOther.has(e.cluster))
    .map((e) => e.id);
}

describe("copies in the example corpus", () => {
  it.each([
    ["06 republishes 05", "06-alwaha-republished", "05-halvantoday-drone", false],
    ["feed #1 carries the CPA wire of 09", "northfield-2026-03-08", "09-meridianherald-cpa", false],
    ["04 tells the strike in its own words", "04-dravintimes-sanctions", "05-halvantoday-drone", true],
  ])("%s: adds a source: %s", (_name, other, original, adds) => {
    const [copy, first] = [other, original].map(
      (name) => analyses.find((a) => a.article.id.startsWith(name))!,
    );
    const both = buildPicture([first, copy], kb);
    const shared = sharedEvents(both, first.article.id, copy.article.id);
    expect(shared.length).toBeGreaterThan(0);
    const [withOther, alone] = [both, buildPicture([first], kb)].map(sourcesByEvent);
    const added = shared.filter((e) => withOther.get(e)! > alone.get(e)!);
    expect(added.length > 0).toBe(adds);
  });
});
