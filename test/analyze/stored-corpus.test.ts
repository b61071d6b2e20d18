// The picture of a store, resuming its saved corpus index: the same as linking from scratch, with
// only the unsettled articles linked again. On a real SQLite file.
import { describe, expect, it, vi } from "vitest";
import { settledCount, storedPicture } from "../../src/analyze/stored-corpus.js";
import { CorpusIndex } from "../../src/link/incremental.js";
import type { Store, StoredArticle } from "../../src/store/types.js";
import { exampleKnowledge as kb } from "../link/examples.js";
import { analysisOf } from "../store/articles.js";
import { exampleStores } from "./example-stores.js";

const { analyses: examples, ingest, storeWith, fromScratch } = exampleStores("stored-corpus");

const picture = async (store: Store) => JSON.stringify((await storedPicture(store, kb)).picture);

describe("storedPicture", () => {
  it("saves the settled articles' index and gives the picture linking from scratch gives", async () => {
    const store = await storeWith(examples());
    expect(await store.readSnapshot("corpus")).toBeNull();
    expect(await picture(store)).toBe(await fromScratch(store));
    expect(await store.readSnapshot("corpus")).not.toBeNull();
  });

  it("links only the unsettled articles again once the index is saved", async () => {
    const store = await storeWith(examples());
    await picture(store);
    const settled = settledCount(await store.articles());
    expect(settled).toBeGreaterThan(examples().length / 2);
    const adds = vi.spyOn(CorpusIndex.prototype, "add");
    const resumed = await picture(store);
    // each unsettled article once, never the settled ones
    expect(adds).toHaveBeenCalledTimes(examples().length - settled);
    expect(resumed).toBe(await fromScratch(store));
  });

  it("goes on from an index saved before more articles came, to the same picture", async () => {
    const byDate = [...examples()].sort((x, y) =>
      (x.article.published?.date ?? "~").localeCompare(y.article.published?.date ?? "~"),
    );
    const store = await storeWith(byDate.slice(0, 9));
    await picture(store);
    const early = Buffer.from((await store.readSnapshot("corpus"))!);
    await ingest(store, byDate.slice(9));
    expect(await picture(store)).toBe(await fromScratch(store));
    expect(Buffer.from((await store.readSnapshot("corpus"))!)).not.toEqual(early);
  });

  it("starts afresh when a late article sorts among the saved ones, or one of them changed", async () => {
    const store = await storeWith(examples());
    await picture(store);
    const late = analysisOf({ id: "late-report", published: "2026-03-01", text: "A late report of talks." });
    await ingest(store, [late]);
    expect(await picture(store)).toBe(await fromScratch(store));
    const [first] = await store.articles();
    const changed = { ...first.analysis, article: { ...first.analysis.article, title: "Retitled" } };
    await store.ingest(changed, { url: null, contentHash: "hash:changed" });
    expect(await picture(store)).toBe(await fromScratch(store));
  });

  it("links a window of the store afresh and leaves the saved index alone", async () => {
    const store = await storeWith(examples());
    const since = await storedPicture(store, kb, { since: "2026-03-08" });
    expect(since.stored).toEqual(await store.articles({ since: "2026-03-08" }));
    expect(since.stored.length).toBeLessThan(examples().length);
    expect(await store.readSnapshot("corpus")).toBeNull();
  });
});

describe("settledCount", () => {
  const stored = (dates: (string | null)[], writtenAt = "2026-03-05T09:30:00.000Z"): StoredArticle[] =>
    dates.map((published, i) => ({
      url: null,
      contentHash: String(i),
      analysis: analysisOf({ id: `a${i}`, published }),
      writtenAt,
    }));

  it("counts the articles published more than three days before the newest", () => {
    expect(settledCount(stored(["2026-02", "2026-03-01", "2026-03-04", "2026-03-05"]))).toBe(2);
    expect(settledCount(stored(["2025", "2026-03-05"]))).toBe(1);
  });

  it("dates an undated article by the day it was written", () => {
    expect(settledCount(stored(["2026-02", "2026-03-01", null], "2026-03-09T08:00:00.000Z"))).toBe(2);
    expect(settledCount(stored(["2026-02", "2026-03-01", null], "2026-03-02T08:00:00.000Z"))).toBe(1);
  });

  it("counts none when every article is of the last days, or there is none", () => {
    expect(settledCount(stored(["2026-03-04", null, null]))).toBe(0);
    expect(settledCount(stored([]))).toBe(0);
  });
});
