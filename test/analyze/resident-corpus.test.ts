// The resident picture of a store, for `serve`: always the picture linking from scratch gives, and
// an update reads and links only what changed. On a real SQLite file with the example corpus.
import { describe, expect, it, vi } from "vitest";
import { ResidentCorpus } from "../../src/analyze/resident-corpus.js";
import { settledCount } from "../../src/analyze/stored-corpus.js";
import type { ArticleAnalysis } from "../../src/analyze/types.js";
import { CorpusIndex } from "../../src/link/incremental.js";
import type { StoredArticle } from "../../src/store/types.js";
import { exampleKnowledge as kb } from "../link/examples.js";
import { analysisOf } from "../store/articles.js";
import { exampleStores } from "./example-stores.js";

const { analyses: examples, ingest, storeWith, fromScratch } = exampleStores("resident");

/** An example article again under a new id, dated `date` (its events and dates as they were). */
function redated(analysis: ArticleAnalysis, id: string, date: string): ArticleAnalysis {
  const published = { date, precision: "day" as const, inferred: false, basis: "given" };
  return { ...analysis, article: { ...analysis.article, id, published } };
}

/** How many articles there are from the one with this id on, in store order. */
function articlesFrom(stored: readonly StoredArticle[], id: string): number {
  return stored.length - stored.findIndex((s) => s.analysis.article.id === id);
}

const newest = (list: readonly ArticleAnalysis[]) =>
  list
    .flatMap((a) => a.article.published?.date ?? [])
    .sort()
    .at(-1)!;

describe("ResidentCorpus", () => {
  it("gives the picture linking from scratch gives, then the same picture while nothing changes", async () => {
    const store = await storeWith(examples());
    const resident = new ResidentCorpus(store, kb);
    const first = await resident.picture();
    expect(JSON.stringify(first)).toBe(await fromScratch(store));
    expect(await resident.picture()).toBe(first);
  });

  it("takes in a newer article reading and linking only it and those after it", async () => {
    const store = await storeWith(examples());
    const resident = new ResidentCorpus(store, kb);
    const before = await resident.picture();
    const beforeJson = JSON.stringify(before);
    const wholeReads = vi.spyOn(store, "articles");
    const snapshotReads = vi.spyOn(store, "readSnapshot");
    const adds = vi.spyOn(CorpusIndex.prototype, "add");
    const next = redated(examples()[3], "newer-copy", newest(examples()));
    await ingest(store, [next]);
    const after = await resident.picture();
    expect(wholeReads).not.toHaveBeenCalled();
    expect(snapshotReads).not.toHaveBeenCalled();
    wholeReads.mockRestore();
    // the new article and those after it in store order, each once
    const stored = await store.articles();
    expect(adds).toHaveBeenCalledTimes(articlesFrom(stored, "newer-copy"));
    expect(articlesFrom(stored, "newer-copy")).toBeLessThan(stored.length - settledCount(stored));
    expect(JSON.stringify(after)).toBe(await fromScratch(store));
    // The earlier picture is untouched by the links made and taken back since.
    expect(JSON.stringify(before)).toBe(beforeJson);
  });

  it("links an undated article among those of the day it was stored, not again for later ones", async () => {
    const store = await storeWith(examples());
    const resident = new ResidentCorpus(store, kb);
    await resident.picture();
    const undated = {
      ...examples()[4],
      article: { ...examples()[4].article, id: "undated-copy", published: null },
    };
    await ingest(store, [undated]);
    expect(JSON.stringify(await resident.picture())).toBe(await fromScratch(store));
    const adds = vi.spyOn(CorpusIndex.prototype, "add");
    // dated the same day, sorting after it by id: only the new article is linked
    await ingest(store, [redated(examples()[6], "zz-same-day", newest(examples()))]);
    const picture = JSON.stringify(await resident.picture());
    expect(adds.mock.calls.map(([a]) => a.article.id)).toEqual(["zz-same-day"]);
    expect(picture).toBe(await fromScratch(store));
  });

  it("settles older articles for good as newer ones come, still as from scratch", async () => {
    const store = await storeWith(examples());
    const resident = new ResidentCorpus(store, kb);
    await resident.picture();
    const later = new Date(Date.parse(newest(examples())) + 5 * 86_400_000).toISOString().slice(0, 10);
    await ingest(store, [redated(examples()[5], "week-later", later)]);
    expect(JSON.stringify(await resident.picture())).toBe(await fromScratch(store));
    await ingest(store, [redated(examples()[7], "week-later-2", later)]);
    expect(JSON.stringify(await resident.picture())).toBe(await fromScratch(store));
  });

  it("links the recent articles again when one is dated among them, and keeps them after", async () => {
    const store = await storeWith(examples());
    const resident = new ResidentCorpus(store, kb);
    await resident.picture();
    const stored = await store.articles();
    const settled = settledCount(stored);
    const recent = stored[settled + 1].analysis.article.published!.date;
    expect(recent > stored[settled - 1].analysis.article.published!.date).toBe(true);
    await ingest(store, [redated(examples()[2], "recent-late", recent)]);
    expect(JSON.stringify(await resident.picture())).toBe(await fromScratch(store));
    await ingest(store, [redated(examples()[4], "newest-after", newest(examples()))]);
    const adds = vi.spyOn(CorpusIndex.prototype, "add");
    await ingest(store, [redated(examples()[6], "newest-again", newest(examples()))]);
    const picture = JSON.stringify(await resident.picture());
    const added = adds.mock.calls.length;
    expect(picture).toBe(await fromScratch(store));
    const after = await store.articles();
    const linkedAgain = Math.max(articlesFrom(after, "newest-after"), articlesFrom(after, "newest-again"));
    expect(added).toBe(linkedAgain);
    expect(linkedAgain).toBeLessThan(after.length - settledCount(after));
  });

  it("starts over from the saved index when a late article sorts among the settled ones, or one changed", async () => {
    const store = await storeWith(examples());
    const resident = new ResidentCorpus(store, kb);
    await resident.picture();
    await ingest(store, [
      analysisOf({ id: "late-report", published: "2026-03-01", text: "A late report of talks." }),
    ]);
    expect(JSON.stringify(await resident.picture())).toBe(await fromScratch(store));
    const [first] = await store.articles();
    await ingest(store, [{ ...first.analysis, article: { ...first.analysis.article, title: "Retitled" } }]);
    expect(JSON.stringify(await resident.picture())).toBe(await fromScratch(store));
  });

  it("answers concurrent requests one after the other, each up to date", async () => {
    const store = await storeWith(examples().slice(0, 10));
    const resident = new ResidentCorpus(store, kb);
    const first = resident.picture();
    await ingest(store, examples().slice(10));
    const second = resident.picture();
    await first;
    expect(JSON.stringify(await second)).toBe(await fromScratch(store));
  });
});
