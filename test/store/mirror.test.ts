// A long-running reader's copy of a store, kept up to date by reading what changed. On a real
// SQLite file; the two store methods it reads with are in the suite both stores pass.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { openStore } from "../../src/store/index.js";
import { StoreMirror } from "../../src/store/mirror.js";
import type { Store } from "../../src/store/types.js";
import { type ArticleSpec, analysisOf, metaOf } from "./articles.js";

const root = mkdtempSync(join(tmpdir(), "sitrep-mirror-"));
const opened: Store[] = [];
let homes = 0;
let clock = new Date("2025-06-01T12:00:00.000Z");

afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
  vi.restoreAllMocks();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function freshStore(): Promise<Store> {
  const store = await openStore({ home: join(root, `home-${++homes}`), now: () => clock });
  opened.push(store);
  return store;
}

async function ingest(store: Store, specs: ArticleSpec[]): Promise<void> {
  for (const spec of specs) {
    const analysis = analysisOf(spec);
    await store.ingest(analysis, metaOf(analysis));
  }
}

const ids = (mirror: StoreMirror) => mirror.articles.map((a) => a.analysis.article.id);

describe("StoreMirror", () => {
  it("holds what the store holds, in store order, and says where a change begins", async () => {
    const store = await freshStore();
    await ingest(store, [
      { id: "m2", published: "2025-05-02" },
      { id: "m4", published: "2025-05-04" },
      { id: "u1", published: null },
    ]);
    const mirror = new StoreMirror(store);
    expect(await mirror.refresh()).toBe(0);
    expect(ids(mirror)).toEqual(["m2", "m4", "u1"]);
    const before = [...mirror.articles];
    expect(await mirror.refresh()).toBeNull();
    expect(mirror.articles).toEqual(before);

    clock = new Date("2025-06-01T12:05:00.000Z");
    await ingest(store, [{ id: "m5", published: "2025-05-05" }]);
    expect(await mirror.refresh()).toBe(2);
    expect(ids(mirror)).toEqual(["m2", "m4", "m5", "u1"]);
    // What did not move is the very same object: a reader may compare by identity.
    expect(mirror.articles[0]).toBe(before[0]);
    expect(mirror.articles[1]).toBe(before[1]);

    await ingest(store, [{ id: "m3", published: "2025-05-03" }]);
    expect(await mirror.refresh()).toBe(1);
    expect(mirror.articles).toEqual(await store.articles());
  });

  it("takes in a replaced article, moving it when its date changed", async () => {
    const store = await freshStore();
    await ingest(store, [
      { id: "a", published: "2025-05-01" },
      { id: "b", published: "2025-05-02" },
      { id: "c", published: "2025-05-03" },
    ]);
    const mirror = new StoreMirror(store);
    await mirror.refresh();
    clock = new Date("2025-06-01T13:00:00.000Z");
    await ingest(store, [{ id: "c", published: "2025-04-30", text: "The date was corrected." }]);
    expect(await mirror.refresh()).toBe(0);
    expect(ids(mirror)).toEqual(["c", "a", "b"]);
    expect(mirror.articles).toEqual(await store.articles());
  });

  it("reads only what changed, not the whole store", async () => {
    const store = await freshStore();
    await ingest(
      store,
      Array.from({ length: 30 }, (_, i) => ({
        id: `n${String(i).padStart(2, "0")}`,
        published: "2025-05-01",
      })),
    );
    const mirror = new StoreMirror(store);
    await mirror.refresh();
    const wholeReads = vi.spyOn(store, "articles");
    const byId = vi.spyOn(store, "articlesWithIds");
    await ingest(store, [{ id: "n99", published: "2025-05-02" }]);
    expect(await mirror.refresh()).toBe(30);
    expect(wholeReads).not.toHaveBeenCalled();
    expect(byId).toHaveBeenCalledWith(["n99"]);
  });

  it("reads the whole store again when the count tells it missed a row", async () => {
    const store = await freshStore();
    await ingest(store, [{ id: "x1", published: "2025-05-01" }]);
    const mirror = new StoreMirror(store);
    await mirror.refresh();
    await ingest(store, [{ id: "x2", published: "2025-05-02" }]);
    // As if x2 had committed late, under a sequence number and a write time already passed.
    vi.spyOn(store, "versionsSince").mockResolvedValueOnce([]);
    expect(await mirror.refresh()).toBe(0);
    expect(ids(mirror)).toEqual(["x1", "x2"]);
  });
});
