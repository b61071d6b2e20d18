// The resident picture of a store, for `serve`: always the picture linking from scratch gives, and
// an update reads and links only what changed. On a real SQLite file with the example corpus.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { datedPicture } from "../../src/analyze/corpus.js";
import { ResidentCorpus } from "../../src/analyze/resident-corpus.js";
import { settledCount } from "../../src/analyze/stored-corpus.js";
import type { ArticleAnalysis } from "../../src/analyze/types.js";
import { CorpusIndex } from "../../src/link/incremental.js";
import { openStore } from "../../src/store/index.js";
import type { Store, StoredArticle } from "../../src/store/types.js";
import { exampleAnalyses, exampleKnowledge as kb } from "../link/examples.js";
import { analysisOf } from "../store/articles.js";

const root = mkdtempSync(join(tmpdir(), "sitrep-resident-"));
let homes = 0;
let analyses: ArticleAnalysis[] = [];
const opened: Store[] = [];

beforeAll(async () => {
  analyses = await exampleAnalyses();
}, 60_000);
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
  vi.restoreAllMocks();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function storeWith(list: readonly ArticleAnalysis[]): Promise<Store> {
  const store = await openStore({ home: join(root, `home-${++homes}`) });
  opened.push(store);
  await ingest(store, list);
  return store;
}

async function ingest(store: Store, list: readonly ArticleAnalysis[]): Promise<void> {
  for (const a of list)
    await store.ingest(a, { url: null, contentHash: `hash:${a.article.id}:${a.article.title}` });
}

async function fromScratch(store: Store): Promise<string> {
  const stored = await store.articles();
  return JSON.stringify(
    datedPicture(
      stored.map((s) => s.analysis),
      kb,
    ),
  );
}

/** An example article again under a new id, dated `date` (its events and dates as they were). */
function redated(analysis: ArticleAnalysis, id: string, date: string): ArticleAnalysis {
  const published = { date, precision: "day" as const, inferred: false, basis: "given" };
  return { ...analysis, article: { ...analysis.article, id, published } };
}

/** How many dated articles there are from the one with this id on, in store order. */
function datedFrom(stored: readonly StoredArticle[], id: string): number {
  const dated = stored.filter((s) => s.analysis.article.published);
  return dated.length - dated.findIndex((s) => s.analysis.article.id === id);
}

const newest = (list: readonly ArticleAnalysis[]) =>
  list
    .flatMap((a) => a.article.published?.date ?? [])
    .sort()
    .at(-1)!;

describe("ResidentCorpus", () => {
  it("gives the picture linking from scratch gives, then the same picture while nothing changes", async () => {
    const store = await storeWith(analyses);
    const resident = new ResidentCorpus(store, kb);
    const first = await resident.picture();
    expect(JSON.stringify(first)).toBe(await fromScratch(store));
    expect(await resident.picture()).toBe(first);
  });

  it("takes in a newer article reading and linking only it and the undated ones", async () => {
    const store = await storeWith(analyses);
    const resident = new ResidentCorpus(store, kb);
    const before = await resident.picture();
    const beforeJson = JSON.stringify(before);
    const undated = analyses.filter((a) => !a.article.published).length;
    const wholeReads = vi.spyOn(store, "articles");
    const snapshotReads = vi.spyOn(store, "readSnapshot");
    const adds = vi.spyOn(CorpusIndex.prototype, "add");
    const next = redated(analyses[3], "newer-copy", newest(analyses));
    await ingest(store, [next]);
    const after = await resident.picture();
    expect(wholeReads).not.toHaveBeenCalled();
    expect(snapshotReads).not.toHaveBeenCalled();
    // the new article and the dated ones after it once; the undated ones once, or twice when
    // their stories date them
    expect(adds.mock.calls.length).toBeLessThanOrEqual(
      datedFrom(await store.articles(), "newer-copy") + 2 * undated,
    );
    wholeReads.mockRestore();
    expect(JSON.stringify(after)).toBe(await fromScratch(store));
    // The earlier picture is untouched by the links made and taken back since.
    expect(JSON.stringify(before)).toBe(beforeJson);
  });

  it("settles older articles for good as newer ones come, still as from scratch", async () => {
    const store = await storeWith(analyses);
    const resident = new ResidentCorpus(store, kb);
    await resident.picture();
    const later = new Date(Date.parse(newest(analyses)) + 5 * 86_400_000).toISOString().slice(0, 10);
    await ingest(store, [redated(analyses[5], "week-later", later)]);
    expect(JSON.stringify(await resident.picture())).toBe(await fromScratch(store));
    await ingest(store, [redated(analyses[7], "week-later-2", later)]);
    expect(JSON.stringify(await resident.picture())).toBe(await fromScratch(store));
  });

  it("links the recent articles again when one is dated among them, and keeps them after", async () => {
    const store = await storeWith(analyses);
    const resident = new ResidentCorpus(store, kb);
    await resident.picture();
    const stored = await store.articles();
    const settled = settledCount(stored);
    const recent = stored[settled + 1].analysis.article.published!.date;
    expect(recent > stored[settled - 1].analysis.article.published!.date).toBe(true);
    await ingest(store, [redated(analyses[2], "recent-late", recent)]);
    expect(JSON.stringify(await resident.picture())).toBe(await fromScratch(store));
    await ingest(store, [redated(analyses[4], "newest-after", newest(analyses))]);
    const adds = vi.spyOn(CorpusIndex.prototype, "add");
    await ingest(store, [redated(analyses[6], "newest-again", newest(analyses))]);
    const picture = JSON.stringify(await resident.picture());
    const added = adds.mock.calls.length;
    expect(picture).toBe(await fromScratch(store));
    const undated = analyses.filter((a) => !a.article.published).length;
    const after = await store.articles();
    const linkedAgain = Math.max(datedFrom(after, "newest-after"), datedFrom(after, "newest-again"));
    expect(added).toBeLessThanOrEqual(linkedAgain + 2 * undated);
    expect(linkedAgain).toBeLessThan(after.length - settledCount(after));
  });

  it("starts over from the saved index when a late article sorts among the settled ones, or one changed", async () => {
    const store = await storeWith(analyses);
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
    const store = await storeWith(analyses.slice(0, 10));
    const resident = new ResidentCorpus(store, kb);
    const first = resident.picture();
    await ingest(store, analyses.slice(10));
    const second = resident.picture();
    await first;
    expect(JSON.stringify(await second)).toBe(await fromScratch(store));
  });
});
