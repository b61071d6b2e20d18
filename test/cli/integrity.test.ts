// The integrity commands end to end, on SQLite and on PostgreSQL: check, migrate, a store of a
// newer schema refused, the CSV export, and import as the inverse of export.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CSV_COLUMNS } from "../../src/report/export.js";
import { availableBackends } from "../fuzz/backends.js";
import { runCli } from "../fuzz/run-cli.js";
import { syntheticRecords, toJsonl } from "../fuzz/synthetic.js";
import { sitrep } from "../helpers/sitrep.js";

const backends = await availableBackends("CLI integrity tests");
const dir = mkdtempSync(join(tmpdir(), "sitrep-integrity-"));
const corpus = join(dir, "corpus.jsonl");
// One record whose evidence needs CSV quoting: commas and quotation marks.
const quoting = {
  id: "quoting",
  outlet: "Example Daily",
  published: "2026-03-09",
  text: 'Corvan warned Velmora, in a statement on Monday, that "ships will be stopped".',
};
writeFileSync(corpus, toJsonl([...syntheticRecords(12, 7), quoting]));

/** Splits RFC 4180 CSV into rows of fields (quoted fields may hold commas, quotes, line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const field = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|$)/gy;
  let row: string[] = [];
  for (let m = field.exec(text); m && m.index < text.length; m = field.exec(text)) {
    const raw = m[1];
    row.push(raw.startsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw);
    if (m[2] !== ",") {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

for (const backend of backends) {
  describe(`integrity commands on ${backend.name}`, () => {
    let env: Record<string, string>;

    beforeAll(async () => {
      env = await backend.freshEnv();
      const ingest = await runCli(["ingest", corpus], { env });
      expect(ingest.status).toBe(0);
    });
    afterAll(() => backend.cleanup());

    it("check says ok with the article count", async () => {
      expect(await runCli(["check"], { env })).toMatchObject({ status: 0, stdout: "ok: 13 articles\n" });
    });

    it("check prints one line per problem and exits 1", async () => {
      const damaged = await backend.freshEnv();
      await runCli(["ingest", corpus], { env: damaged });
      // Valid JSON for another article: PostgreSQL's json column refuses text that is not JSON at all.
      await backend.executeRaw(
        damaged,
        `update articles set analysis = '{"article":{"id":"syn-4"}}' where id = 'syn-3'`,
      );
      const result = await runCli(["check"], { env: damaged });
      expect(result.status).toBe(1);
      expect(result.stdout.trim().split("\n")).toEqual(['article syn-3: analysis is for article "syn-4"']);
    });

    it("migrate names what it applies, then reports an up-to-date store; a newer schema is refused by every command", async () => {
      expect(await runCli(["migrate"], { env })).toMatchObject({
        status: 0,
        stdout: "schema up to date\n",
      });
      const newer = await backend.freshEnv();
      expect((await runCli(["migrate"], { env: newer })).stdout).toMatch(
        /^applied 0001_articles\napplied 0002_search\napplied 0003_link_snapshots\napplied 0004_fast_compression\napplied 0005_written_index\n$/,
      );
      await backend.executeRaw(
        newer,
        "insert into kysely_migration (name, timestamp) values ('9999_later', '2030-01-01T00:00:00.000Z')",
      );
      for (const args of [["migrate"], ["check"], ["export"], ["ingest", corpus]]) {
        const result = await runCli(args, { env: newer });
        expect(result.status).toBe(1);
        expect(result.stderr).toMatch(
          /^sitrep: store at .+ has schema version 9999, this Sitrep knows up to \d+: upgrade Sitrep\n$/,
        );
      }
    });

    it("exports one CSV row per event under a GDELT-like header", async () => {
      const csv = await runCli(["export", "--format", "csv"], { env });
      const report = JSON.parse((await runCli(["report", "--format", "json"], { env })).stdout);
      const [header, ...rows] = parseCsv(csv.stdout);
      expect(header).toEqual([...CSV_COLUMNS]);
      const events: { id: string; evidence: { text: string }[] }[] = report.events;
      expect(rows.map((r) => r[0])).toEqual(events.map((e) => e.id));
      const column = (name: (typeof CSV_COLUMNS)[number]) => rows.map((r) => r[header.indexOf(name)]);
      expect(new Set(column("EventRootCode")).size).toBeGreaterThan(1);
      for (const code of column("EventRootCode")) expect(code).toMatch(/^(0[2-9]|1\d|20)$/);
      for (const date of column("SQLDATE")) expect(date).toMatch(/^\d{8}$/);
      expect(column("Evidence")).toEqual(events.map((e) => e.evidence.map((s) => s.text).join(" … ")));
      expect(column("Evidence").some((text) => text.includes('"ships'))).toBe(true);
    });

    it("report resumes the store's saved index and gives what linking from scratch gives", async () => {
      const early = join(dir, `early-${backend.name}.jsonl`);
      writeFileSync(early, toJsonl(syntheticRecords(7, 7)));
      const growing = await backend.freshEnv();
      const report = async (...args: string[]) =>
        (await runCli(["report", "--format", "json", ...args], { env: growing })).stdout;
      await runCli(["ingest", early], { env: growing });
      await report(); // saves the index of the first days
      await runCli(["ingest", corpus], { env: growing });
      const resumed = await report();
      // a window of the store is always linked from scratch
      expect(resumed).toBe(await report("--since", "1900"));
      expect(await report()).toBe(resumed);
      expect(JSON.parse(resumed).articles).toHaveLength(13);
    });

    it("import of an export gives a store whose export is the same, byte for byte", async () => {
      const exported = (await runCli(["export"], { env })).stdout;
      const file = join(dir, `export-${backend.name}.jsonl`);
      writeFileSync(file, exported);
      const copy = await backend.freshEnv();
      expect((await runCli(["import", file], { env: copy })).status).toBe(0);
      expect((await runCli(["export"], { env: copy })).stdout).toBe(exported);
      // Importing the same export again changes nothing.
      expect((await runCli(["import", file], { env: copy })).status).toBe(0);
      expect((await runCli(["export"], { env: copy })).stdout).toBe(exported);
    });

    it("keeps each article's write time through export and import: an undated one sorts as it did", async () => {
      const lines = (await runCli(["export"], { env })).stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      // an undated article stored years before the others sorts under that day, before them all
      const undated = {
        ...lines[0],
        id: "undated-early",
        published: null,
        written: "2020-01-01T09:00:00.000Z",
      };
      const file = join(dir, `written-${backend.name}.jsonl`);
      writeFileSync(file, `${[...lines, undated].map((l) => JSON.stringify(l)).join("\n")}\n`);
      const copy = await backend.freshEnv();
      expect((await runCli(["import", file], { env: copy })).status).toBe(0);
      const exported = (await runCli(["export"], { env: copy })).stdout;
      const first = JSON.parse(exported.split("\n")[0]);
      expect(first).toMatchObject({
        id: "undated-early",
        published: null,
        written: "2020-01-01T09:00:00.000Z",
      });
      const again = join(dir, `written-again-${backend.name}.jsonl`);
      writeFileSync(again, exported);
      const copyOfCopy = await backend.freshEnv();
      expect((await runCli(["import", again], { env: copyOfCopy })).status).toBe(0);
      expect((await runCli(["export"], { env: copyOfCopy })).stdout).toBe(exported);
    });

    it("reports each bad import line on one line naming it, imports the rest, exits 1", async () => {
      const [first, second] = (await runCli(["export"], { env })).stdout.split("\n");
      const file = join(dir, `bad-${backend.name}.jsonl`);
      const bad = [
        "{not json",
        '{"kind":"story"}',
        JSON.stringify({ ...JSON.parse(second), text: 42 }),
        JSON.stringify({ ...JSON.parse(second), written: "yesterday" }),
      ];
      writeFileSync(file, [first, ...bad, ""].join("\n"));
      const copy = await backend.freshEnv();
      const result = await runCli(["import", file], { env: { ...copy, SITREP_QUIET: "1" } });
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split("\n")).toEqual([
        expect.stringMatching(new RegExp(`^sitrep: ${file}:2: not valid JSON`)),
        `sitrep: ${file}:3: not an export line (kind is "story", not "article")`,
        `sitrep: ${file}:4: not an export line (/text: must be string)`,
        `sitrep: ${file}:5: not an export line (written: must be an ISO date-time such as 2025-11-02T08:30:00.000Z)`,
      ]);
      expect((await runCli(["check"], { env: copy })).stdout).toBe("ok: 1 articles\n");
    });
  });
}

describe("help", () => {
  it("has --help with an example for each integrity command", async () => {
    for (const command of ["check", "migrate", "import", "export"]) {
      const result = await runCli([command, "--help"]);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`Usage: sitrep ${command}`);
      expect(result.stdout).toContain(`Example:\n  sitrep ${command === "import" ? "export" : command}`);
    }
  });
});

describe("import from standard input, in a real process", () => {
  it("reads - and names stdin in its problems", async () => {
    const [backend] = backends;
    const env = await backend.freshEnv();
    await runCli(["ingest", corpus], { env });
    const exported = (await runCli(["export"], { env })).stdout;
    const copy = await backend.freshEnv();
    const result = sitrep(["import", "-"], { env: copy, input: `${exported}oops\n` });
    expect(result.stderr).toMatch(/^sitrep: -:14: not valid JSON/);
    expect(result.status).toBe(1);
    expect((await runCli(["export"], { env: copy })).stdout).toBe(exported);
    await backend.cleanup();
  });
});
