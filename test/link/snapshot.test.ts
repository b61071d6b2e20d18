import { beforeAll, describe, expect, it } from "vitest";
import { storyDating } from "../../src/analyze/corpus.js";
import type { ArticleAnalysis } from "../../src/analyze/types.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import type { Redate } from "../../src/link/dating.js";
import { buildPicture } from "../../src/link/document.js";
import { CorpusIndex } from "../../src/link/incremental.js";
import { type FoldedArticle, resumeIndex, saveIndex } from "../../src/link/snapshot.js";
import { exampleAnalyses, exampleKnowledge as kb } from "./examples.js";

let analyses: ArticleAnalysis[] = [];

beforeAll(async () => {
  analyses = await exampleAnalyses();
}, 60_000);

const stored = (list: readonly ArticleAnalysis[]) =>
  list.map((analysis) => ({ analysis, contentHash: `hash:${analysis.article.id}` }));

function folded(list: readonly ArticleAnalysis[]): FoldedArticle[] {
  return stored(list).map((s) => ({ id: s.analysis.article.id, contentHash: s.contentHash }));
}

/** An index of the first `count` articles (of the examples, or of `list`), saved. */
function savedAfter(count: number, list = analyses, redate?: Redate): Buffer {
  const index = new CorpusIndex(kb, redate);
  for (const a of list.slice(0, count)) index.add(a);
  return saveIndex(index, folded(list.slice(0, count)), kb);
}

describe("saved corpus index", () => {
  it("goes on from where it was saved to the picture linking from scratch gives", () => {
    const half = analyses.length >> 1;
    const resumed = resumeIndex(savedAfter(half), stored(analyses), kb);
    expect(resumed?.folded).toBe(half);
    for (const a of analyses.slice(half)) resumed!.index.add(a);
    expect(JSON.stringify(resumed!.index.picture())).toBe(JSON.stringify(buildPicture(analyses, kb)));
  });

  it("goes on with the undated articles its stories dated, analysed again against those dates", () => {
    const undatedLast = [
      ...analyses.filter((a) => a.article.published),
      ...analyses.filter((a) => !a.article.published),
    ];
    const redate = storyDating(kb);
    const scratch = JSON.stringify(buildPicture(undatedLast, kb, redate));
    expect(scratch).toContain('"basis":"story: dated like');
    const bytes = savedAfter(undatedLast.length, undatedLast, redate);
    // ... only with that dating
    expect(resumeIndex(bytes, stored(undatedLast), kb)).toBeNull();
    const resumed = resumeIndex(bytes, stored(undatedLast), kb, redate)!;
    expect(JSON.stringify(resumed.index.picture())).toBe(scratch);
  });

  it("holds no analysis: the store has them", () => {
    const bytes = savedAfter(analyses.length);
    const longest = analyses.map((a) => a.article.text).sort((x, y) => y.length - x.length)[0];
    // node:v8 writes a string as Latin-1 or as UTF-16
    for (const encoding of ["latin1", "utf16le"] as const)
      expect(bytes.includes(Buffer.from(longest.slice(0, 200), encoding))).toBe(false);
  });

  it("is not used when the articles it holds are no longer the first, or have changed", () => {
    const bytes = savedAfter(4);
    expect(resumeIndex(bytes, stored(analyses.slice(1)), kb)).toBeNull();
    const changed = stored(analyses).map((s, i) => (i === 2 ? { ...s, contentHash: "other" } : s));
    expect(resumeIndex(bytes, changed, kb)).toBeNull();
    expect(resumeIndex(bytes, stored(analyses.slice(0, 3)), kb)).toBeNull();
  });

  it("is not used over other knowledge, nor when unreadable", () => {
    const bytes = savedAfter(4);
    expect(resumeIndex(bytes, stored(analyses), loadKnowledge())).toBeNull();
    expect(resumeIndex(bytes.subarray(0, bytes.length >> 1), stored(analyses), kb)).toBeNull();
    expect(resumeIndex(Buffer.from("not a snapshot"), stored(analyses), kb)).toBeNull();
  });
});
