// The one suite every store implementation must pass, run by sqlite.test.ts and postgres.test.ts
// against real databases.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { type OpenStoreOptions, openStore, StoreError } from "../../src/store/index.js";
import type { Store } from "../../src/store/types.js";
import { type ArticleSpec, analysisOf, metaOf } from "./articles.js";

export interface StoreHarness {
  /** Options opening a store that no other test uses. */
  freshOptions(): Promise<OpenStoreOptions>;
  /** Runs SQL on that store's database around the Store API, to damage it on purpose. */
  executeRaw(options: OpenStoreOptions, statement: string): Promise<void>;
  /** Removes whatever freshOptions created. */
  cleanup(): Promise<void>;
}

/** A clock the test moves by hand. */
function manualClock(start: string) {
  let current = new Date(start);
  return {
    now: () => current,
    set: (iso: string) => {
      current = new Date(iso);
    },
  };
}

export function storeSuite(name: string, harness: StoreHarness): void {
  describe(name, () => {
    const opened: Store[] = [];
    const clock = manualClock("2025-06-01T12:00:00.000Z");

    async function open(options: OpenStoreOptions): Promise<Store> {
      const store = await openStore({ ...options, now: clock.now });
      opened.push(store);
      return store;
    }

    async function close(store: Store): Promise<void> {
      opened.splice(opened.indexOf(store), 1);
      await store.close();
    }

    async function freshStore(): Promise<{ store: Store; options: OpenStoreOptions }> {
      const options = await harness.freshOptions();
      return { store: await open(options), options };
    }

    async function ingestAll(store: Store, specs: ArticleSpec[]): Promise<void> {
      for (const spec of specs) {
        const analysis = analysisOf(spec);
        await store.ingest(analysis, metaOf(analysis));
      }
    }

    async function idsOf(store: Store, since?: string): Promise<string[]> {
      return (await store.articles({ since })).map((a) => a.analysis.article.id);
    }

    afterEach(async () => {
      await Promise.all(opened.splice(0).map((store) => store.close()));
    });
    afterAll(() => harness.cleanup());

    it("adds an article and gives it back as stored", async () => {
      const { store } = await freshStore();
      const analysis = analysisOf({ id: "a1", published: "2025-03-02" });
      const meta = metaOf(analysis);
      expect(await store.hasContent(meta.contentHash)).toBe(false);
      expect(await store.ingest(analysis, meta)).toEqual({ id: "a1", status: "added" });
      expect(await store.hasContent(meta.contentHash)).toBe(true);
      expect(await store.count()).toBe(1);
      expect(await store.articles()).toEqual([{ ...meta, analysis, writtenAt: clock.now().toISOString() }]);
    });

    it("keeps the write time a writer gives a new article; a replacement is written at the clock's time", async () => {
      const { store } = await freshStore();
      const first = analysisOf({ id: "a1", title: "First" });
      await store.ingest(first, { ...metaOf(first), writtenAt: "2020-01-01T09:00:00.000Z" });
      expect((await store.articles())[0].writtenAt).toBe("2020-01-01T09:00:00.000Z");
      const second = analysisOf({ id: "a1", title: "Second" });
      await store.ingest(second, { ...metaOf(second), writtenAt: "2020-01-01T09:00:00.000Z" });
      expect((await store.articles())[0].writtenAt).toBe(clock.now().toISOString());
    });

    it("leaves the same content unchanged, under its stored id even when given another", async () => {
      const { store } = await freshStore();
      const analysis = analysisOf({ id: "a1" });
      await store.ingest(analysis, metaOf(analysis));
      expect(await store.ingest(analysis, metaOf(analysis))).toEqual({ id: "a1", status: "unchanged" });
      const sameContentOtherId = analysisOf({ id: "a1-copy" });
      expect(await store.ingest(sameContentOtherId, metaOf(analysis))).toEqual({
        id: "a1",
        status: "unchanged",
      });
      expect(await store.count()).toBe(1);
    });

    it("replaces an article whose content changed, in the rows and in the search index", async () => {
      const { store } = await freshStore();
      await ingestAll(store, [{ id: "a1", text: "Artillery shelled the northern district." }]);
      const changed = analysisOf({ id: "a1", text: "Drones struck the northern district." });
      expect(await store.ingest(changed, metaOf(changed))).toEqual({ id: "a1", status: "replaced" });
      expect(await store.count()).toBe(1);
      expect((await store.articles())[0].analysis).toEqual(changed);
      expect(await store.search("artillery")).toEqual([]);
      expect((await store.search("drones")).map((h) => h.id)).toEqual(["a1"]);
      expect((await store.check()).ok).toBe(true);
    });

    it("stores several articles in one call as one by one: added, unchanged, replaced", async () => {
      const { store } = await freshStore();
      await ingestAll(store, [{ id: "old", text: "The bridge reopened to traffic." }]);
      const items = [
        analysisOf({ id: "a1", text: "Convoys crossed the border at dawn." }),
        analysisOf({ id: "a1-copy", text: "Convoys crossed the border at dawn." }),
        analysisOf({ id: "old", text: "The bridge closed again after a strike." }),
        analysisOf({ id: "a2", text: "Talks resumed in the afternoon." }),
      ].map((analysis) => ({ analysis, meta: metaOf(analysis) }));
      items[1].meta = items[0].meta;
      expect(await store.ingestMany(items)).toEqual([
        { id: "a1", status: "added" },
        { id: "a1", status: "unchanged" },
        { id: "old", status: "replaced" },
        { id: "a2", status: "added" },
      ]);
      expect(await idsOf(store)).toEqual(["a1", "a2", "old"]);
      expect((await store.search("closed")).map((h) => h.id)).toEqual(["old"]);
      expect(await store.ingestMany([])).toEqual([]);
      expect((await store.check()).ok).toBe(true);
    });

    it("changes its revision when an article is added or replaced, not when content is unchanged", async () => {
      const { store } = await freshStore();
      const empty = await store.revision();
      await ingestAll(store, [{ id: "a1", text: "Artillery shelled the northern district." }]);
      const added = await store.revision();
      expect(added).not.toBe(empty);
      await ingestAll(store, [{ id: "a1", text: "Artillery shelled the northern district." }]);
      expect(await store.revision()).toBe(added);
      clock.set("2025-06-01T12:00:01.000Z");
      await ingestAll(store, [{ id: "a1", text: "Drones struck the northern district." }]);
      expect(await store.revision()).not.toBe(added);
    });

    it("names the versions stored after a sequence number or written since a time", async () => {
      const { store } = await freshStore();
      clock.set("2025-06-01T12:00:00.000Z");
      await ingestAll(store, [
        { id: "a1", text: "Artillery shelled the northern district." },
        { id: "a2", text: "Talks resumed in the capital." },
      ]);
      const all = await store.versionsSince(0, "9999");
      expect(all.map((v) => [v.id, v.seq > 0, v.writtenAt])).toEqual([
        ["a1", true, "2025-06-01T12:00:00.000Z"],
        ["a2", true, "2025-06-01T12:00:00.000Z"],
      ]);
      expect(await store.versionsSince(all[1].seq, "9999")).toEqual([]);
      clock.set("2025-06-01T13:00:00.000Z");
      await ingestAll(store, [
        { id: "a1", text: "Drones struck the northern district." },
        { id: "a3", text: "A ceasefire held overnight." },
      ]);
      const later = await store.versionsSince(all[1].seq, "2025-06-01T12:30:00.000Z");
      // The replaced article keeps its sequence number; it is found by its write time.
      expect(later.map((v) => [v.id, v.seq === all[0].seq, v.writtenAt])).toEqual([
        ["a1", true, "2025-06-01T13:00:00.000Z"],
        ["a3", false, "2025-06-01T13:00:00.000Z"],
      ]);
      const hashes = new Map((await store.articles()).map((a) => [a.analysis.article.id, a.contentHash]));
      expect(later.map((v) => v.contentHash)).toEqual([hashes.get("a1"), hashes.get("a3")]);
    });

    it("reads articles by id, in store order, leaving out ids not stored", async () => {
      const { store } = await freshStore();
      await ingestAll(store, [
        { id: "c", published: "2025-03-01" },
        { id: "a", published: null },
        { id: "B", published: "2025-01-05" },
      ]);
      const found = await store.articlesWithIds(["a", "missing", "c", "B"]);
      expect(found.map((a) => a.analysis.article.id)).toEqual(["B", "c", "a"]);
      expect(found).toEqual((await store.articles()).filter((a) => a.analysis.article.id !== "missing"));
    });

    it("keeps saved bytes by name, the last write winning, and survives reopening", async () => {
      const { store, options } = await freshStore();
      expect(await store.readSnapshot("corpus")).toBeNull();
      const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256);
      await store.writeSnapshot("corpus", Uint8Array.of(1, 2, 3));
      await store.writeSnapshot("corpus", bytes);
      await store.writeSnapshot("other", Uint8Array.of(0));
      await close(store);
      const reopened = await open(options);
      expect(Buffer.from((await reopened.readSnapshot("corpus"))!)).toEqual(Buffer.from(bytes));
      expect(Buffer.from((await reopened.readSnapshot("other"))!)).toEqual(Buffer.from([0]));
      expect((await reopened.check()).ok).toBe(true);
    });

    it("orders by publication date, undated last, then by id", async () => {
      const { store } = await freshStore();
      await ingestAll(store, [
        { id: "c", published: "2025-03-01" },
        { id: "a", published: null },
        { id: "d", published: "2025-03-01" },
        { id: "B", published: "2025-01-05" },
        { id: "e", published: "2025-02" },
        { id: "Z", published: null },
      ]);
      // Ids compare byte-wise in both dialects: upper case before lower case.
      expect(await idsOf(store)).toEqual(["B", "e", "c", "d", "Z", "a"]);
    });

    it("filters by since: dated articles reaching it, undated ones ingested on or after it", async () => {
      const { store } = await freshStore();
      clock.set("2025-02-01T08:00:00.000Z");
      await ingestAll(store, [{ id: "undated-early" }, { id: "jan", published: "2025-01-31" }]);
      clock.set("2025-02-10T09:30:00.000Z");
      await ingestAll(store, [
        { id: "undated-late" },
        { id: "feb-month", published: "2025-02" },
        { id: "feb-11", published: "2025-02-11" },
        { id: "feb-10", published: "2025-02-10" },
        { id: "year-2024", published: "2024" },
      ]);
      // in store order: an undated article sorts under the day it was written
      expect(await idsOf(store, "2025-02-10")).toEqual(["feb-month", "feb-10", "undated-late", "feb-11"]);
      expect(await idsOf(store, "2025-02-11")).toEqual(["feb-month", "feb-11"]);
      expect(await idsOf(store, "2025-02-10T09:30:00.000Z")).toEqual([
        "feb-month",
        "feb-10",
        "undated-late",
        "feb-11",
      ]);
      expect(await idsOf(store)).toEqual([
        "year-2024",
        "jan",
        "feb-month",
        "undated-early",
        "feb-10",
        "undated-late",
        "feb-11",
      ]);
      await expect(store.articles({ since: "last week" })).rejects.toMatchObject({ code: "bad_options" });
    });

    it("finds articles by a word of the title or the text, with a snippet", async () => {
      const { store } = await freshStore();
      await ingestAll(store, [
        { id: "port", title: "Harbour closed", text: "The port authority halted shipping after the blast." },
        { id: "talks", title: "Talks resume", text: "Delegations met again in the capital on Tuesday." },
      ]);
      const [hit, ...rest] = await store.search("shipping");
      expect(rest).toEqual([]);
      expect(hit).toMatchObject({ id: "port", title: "Harbour closed" });
      expect(hit.snippet).toContain("[shipping]");
      expect((await store.search("harbour")).map((h) => h.id)).toEqual(["port"]);
      expect(await store.search("ceasefire")).toEqual([]);
    });

    it("reads web-search syntax: phrases, or, exclusion; breaks ties by id; honours the limit", async () => {
      const { store } = await freshStore();
      await ingestAll(store, [
        { id: "m2", title: null, text: "Militia fighters crossed the river at dawn." },
        { id: "m1", title: null, text: "Militia fighters crossed the river at dawn!" },
        { id: "r1", title: null, text: "The river flooded; fighters and militia stayed home." },
      ]);
      expect((await store.search('"militia fighters"')).map((h) => h.id)).toEqual(["m1", "m2"]);
      expect((await store.search("flooded or dawn")).map((h) => h.id).sort()).toEqual(["m1", "m2", "r1"]);
      expect((await store.search("river -flooded")).map((h) => h.id)).toEqual(["m1", "m2"]);
      expect(await store.search('"militia fighters"', 1)).toHaveLength(1);
      expect(await store.search('"militia fighters"', Number.NaN)).toHaveLength(2);
    });

    it("binds hostile queries as text: no error, no harm", async () => {
      const { store } = await freshStore();
      await ingestAll(store, [{ id: "a1", text: "Nothing unusual happened here." }]);
      for (const query of [
        "'; DROP TABLE articles; --",
        '"unbalanced',
        "a AND (b OR",
        "NEAR(x y) *",
        "",
        "-",
        '""',
      ]) {
        expect(await store.search(query)).toEqual([]);
      }
      expect(await store.count()).toBe(1);
      expect((await store.search("unusual")).map((h) => h.id)).toEqual(["a1"]);
    });

    it("keeps what was stored across a close and a reopen", async () => {
      const { store, options } = await freshStore();
      await ingestAll(store, [{ id: "a1", published: "2025-01-01" }, { id: "a2" }]);
      const before = await store.articles();
      await close(store);
      const reopened = await open(options);
      expect(await reopened.articles()).toEqual(before);
      expect((await reopened.search("officials")).map((h) => h.id)).toEqual(["a1", "a2"]);
      expect(await reopened.migrate()).toEqual({ applied: [] });
    });

    it("refuses a store written by a newer Sitrep", async () => {
      const { store, options } = await freshStore();
      await close(store);
      await harness.executeRaw(
        options,
        "insert into kysely_migration (name, timestamp) values ('9999_from_a_newer_sitrep', '2030-01-01T00:00:00.000Z')",
      );
      const refusal = await openStore(options).catch((e: unknown) => e);
      expect(refusal).toBeInstanceOf(StoreError);
      expect(refusal).toMatchObject({ code: "schema_too_new" });
      expect((refusal as Error).message).toMatch(
        /^store at .+ has schema version 9999, this Sitrep knows up to 5: upgrade Sitrep$/,
      );
    });

    it("checks a healthy store as ok and reports a damaged row by its id", async () => {
      const { store, options } = await freshStore();
      await ingestAll(store, [{ id: "a1" }, { id: "a2" }]);
      expect(await store.check()).toEqual({ ok: true, problems: [] });
      await harness.executeRaw(
        options,
        `update articles set analysis = '{"article":{"id":"someone-else"}}' where id = 'a2'`,
      );
      expect(await store.check()).toEqual({
        ok: false,
        problems: ['article a2: analysis is for article "someone-else"'],
      });
    });

    it("declares its capabilities", async () => {
      const { store } = await freshStore();
      expect(store.capabilities).toMatchObject({ snippets: true, sharedAccess: true });
    });
  });
}
