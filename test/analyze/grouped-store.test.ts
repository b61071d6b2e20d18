// Storing analysed articles in groups, on a real SQLite store: full groups at once, a short group
// after a pause, and an article the store refuses told on its own while the rest are stored.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/acquire/types.js";
import { GroupedStore } from "../../src/analyze/grouped-store.js";
import { openStore } from "../../src/store/index.js";
import type { IngestResult, Store } from "../../src/store/types.js";
import { analysisOf, metaOf } from "../store/articles.js";

const homes: string[] = [];
const stores: Store[] = [];

async function freshStore(): Promise<Store> {
  const home = mkdtempSync(join(tmpdir(), "sitrep-grouped-"));
  homes.push(home);
  const store = await openStore({ home });
  stores.push(store);
  return store;
}

afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
});

function documentOf(id: string): SourceDocument {
  return {
    id,
    source: `${id}.txt`,
    format: "text",
    content: id,
    url: null,
    outlet: null,
    published: null,
    title: null,
  };
}

function itemOf(id: string) {
  const analysis = analysisOf({ id, text: `Report ${id}: the convoy crossed at dawn.` });
  return { analysis, meta: metaOf(analysis) };
}

/** A grouped store over `store` that records what it tells. */
function recording(store: Store) {
  const stored: IngestResult[] = [];
  const failed: string[] = [];
  const grouped = new GroupedStore(store, {
    stored: (result) => stored.push(result),
    failed: (doc, error) => failed.push(`${doc.id}: ${error.message}`),
  });
  return { grouped, stored, failed };
}

describe("GroupedStore", () => {
  it("stores a full group at once, in order, and the rest on flush", async () => {
    const store = await freshStore();
    const { grouped, stored } = recording(store);
    const ids = Array.from({ length: 40 }, (_, n) => `a${String(n).padStart(2, "0")}`);
    for (const id of ids.slice(0, 32)) await grouped.add(itemOf(id), documentOf(id));
    expect(stored.map((r) => r.id)).toEqual(ids.slice(0, 32));
    for (const id of ids.slice(32)) await grouped.add(itemOf(id), documentOf(id));
    expect(await store.count()).toBe(32);
    await grouped.flush();
    expect(stored.map((r) => r.id)).toEqual(ids);
    expect(await store.count()).toBe(40);
  });

  it("stores a short group after a pause without being asked", async () => {
    const store = await freshStore();
    const { grouped, stored } = recording(store);
    await grouped.add(itemOf("lone"), documentOf("lone"));
    expect(stored).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(stored).toEqual([{ id: "lone", status: "added" }]);
    expect(await store.count()).toBe(1);
  });

  it("tells an article the store refuses, and stores the others of its group", async () => {
    const real = await freshStore();
    // The real store, refusing one article as a failing disk or a broken row would.
    const refusing: Store = Object.assign(Object.create(real), {
      ingestMany: () => Promise.reject(new Error("disk I/O error")),
      ingest: (analysis: Parameters<Store["ingest"]>[0], meta: Parameters<Store["ingest"]>[1]) =>
        analysis.article.id === "bad"
          ? Promise.reject(new Error("disk I/O error"))
          : real.ingest(analysis, meta),
    });
    const { grouped, stored, failed } = recording(refusing);
    for (const id of ["a", "bad", "c"]) await grouped.add(itemOf(id), documentOf(id));
    await grouped.flush();
    expect(stored.map((r) => r.id)).toEqual(["a", "c"]);
    expect(failed).toEqual(["bad: disk I/O error"]);
    expect(await real.count()).toBe(2);
  });
});
