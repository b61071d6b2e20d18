// The SQLite store: the shared suite on real files in a temp directory, then what only SQLite has.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import SqliteDatabase from "better-sqlite3";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { type OpenStoreOptions, openStore, SQLITE_FILE_NAME, StoreError } from "../../src/store/index.js";
import type { Store } from "../../src/store/types.js";
import { analysisOf, metaOf } from "./articles.js";
import { storeSuite } from "./store-suite.js";

const root = mkdtempSync(join(tmpdir(), "sitrep-store-"));
let homes = 0;

function freshHome(): string {
  homes += 1;
  return join(root, `home-${homes}`);
}

function rawConnection(options: OpenStoreOptions): SqliteDatabase.Database {
  return new SqliteDatabase(join(options.home!, SQLITE_FILE_NAME));
}

const execFileAsync = promisify(execFile);

/** Runs ingest-process.ts as a separate Node process, as a second `sitrep ingest` would. */
async function ingestInAnotherProcess(home: string, prefix: string, count: number): Promise<void> {
  const script = fileURLToPath(new URL("./ingest-process.ts", import.meta.url));
  await execFileAsync(process.execPath, ["--import", "tsx", script, home, prefix, String(count)]);
}

storeSuite("SQLite store", {
  freshOptions: async () => ({ home: freshHome() }),
  executeRaw: async (options, statement) => {
    const db = rawConnection(options);
    try {
      db.exec(statement);
    } finally {
      db.close();
    }
  },
  cleanup: async () => rmSync(root, { recursive: true, force: true }),
});

describe("SQLite store, beyond the shared suite", () => {
  const opened: Store[] = [];
  const connections: SqliteDatabase.Database[] = [];
  const dir = mkdtempSync(join(tmpdir(), "sitrep-sqlite-"));

  async function open(options: OpenStoreOptions): Promise<Store> {
    const store = await openStore(options);
    opened.push(store);
    return store;
  }

  function raw(options: OpenStoreOptions): SqliteDatabase.Database {
    const db = rawConnection(options);
    connections.push(db);
    return db;
  }

  async function ingest(store: Store, id: string, text?: string): Promise<void> {
    const analysis = analysisOf({ id, text });
    await store.ingest(analysis, metaOf(analysis));
  }

  afterEach(async () => {
    for (const db of connections.splice(0)) db.close();
    await Promise.all(opened.splice(0).map((store) => store.close()));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("creates <home>/sitrep.db in WAL mode", async () => {
    const home = join(dir, "nested", "home");
    const store = await open({ home });
    expect(store.location).toBe(join(home, SQLITE_FILE_NAME));
    expect(raw({ home }).pragma("journal_mode", { simple: true })).toBe("wal");
  });

  it("lets a second store on the same file read while a writer holds the write lock", async () => {
    const options = { home: join(dir, "shared") };
    const writer = await open(options);
    await ingest(writer, "a1");
    const reader = await open(options);
    await ingest(writer, "a2");
    expect(await reader.count()).toBe(2);

    const otherWriter = raw(options);
    otherWriter.exec("begin immediate; update articles set title = 'Retitled' where id = 'a1'");
    // The uncommitted write is invisible and does not block readers.
    expect((await reader.articles()).map((a) => a.analysis.article.title)).toEqual([
      "Report a1",
      "Report a2",
    ]);
    expect((await reader.search("officials")).length).toBe(2);
    otherWriter.exec("commit");
    expect((await reader.search("retitled")).map((h) => h.id)).toEqual(["a1"]);
  });

  it("lets two processes create and fill one new file at the same time", async () => {
    const home = join(dir, "two-processes");
    await Promise.all([ingestInAnotherProcess(home, "p", 25), ingestInAnotherProcess(home, "q", 25)]);
    const store = await open({ home });
    expect(await store.count()).toBe(50);
    expect(await store.check()).toEqual({ ok: true, problems: [] });
  });

  it("reports an analysis that is not JSON, and refuses to return it", async () => {
    const options = { home: join(dir, "broken-json") };
    const store = await open(options);
    await ingest(store, "a1");
    raw(options).exec("update articles set analysis = '{not json' where id = 'a1'");
    const report = await store.check();
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.stringMatching(/^article a1: analysis is not valid JSON/)]);
    await expect(store.articles()).rejects.toMatchObject({ code: "corrupt_row" });
  });

  it("reports a search index that lost an article", async () => {
    const options = { home: join(dir, "lost-index-entry") };
    const store = await open(options);
    await ingest(store, "a1", "Convoy reached the border crossing.");
    raw(options).exec(
      "insert into articles_fts(articles_fts, rowid, title, text) select 'delete', seq, title, text from articles",
    );
    const report = await store.check();
    expect(report.ok).toBe(false);
    expect(report.problems).toContain("search index holds 0 articles, the store 1");
  });

  it("uses SITREP_HOME when no home is given", async () => {
    const home = join(dir, "from-env");
    const saved = process.env.SITREP_HOME;
    process.env.SITREP_HOME = home;
    try {
      expect((await open({})).location).toBe(join(home, SQLITE_FILE_NAME));
    } finally {
      if (saved === undefined) delete process.env.SITREP_HOME;
      else process.env.SITREP_HOME = saved;
    }
  });

  it("fails with open_failed naming the file when it is not a database", async () => {
    const home = join(dir, "not-a-database");
    await (await openStore({ home })).close();
    writeFileSync(join(home, SQLITE_FILE_NAME), "these are not the pages of a database, ".repeat(200));
    const failure = await openStore({ home }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StoreError);
    expect(failure).toMatchObject({ code: "open_failed" });
    expect((failure as Error).message).toContain(join(home, SQLITE_FILE_NAME));
  });

  it("fails with open_failed when the home cannot be created", async () => {
    const blocker = join(dir, "a-file");
    writeFileSync(blocker, "");
    await expect(openStore({ home: join(blocker, "home") })).rejects.toMatchObject({ code: "open_failed" });
  });
});
