import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { AnalysisDocument } from "../../src/contract/types.js";
import { validateDocument } from "../../src/contract/validate.js";
import { sitrep } from "../helpers/sitrep.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "cli");

function analyze(args: string[], input?: string) {
  const result = sitrep(["analyze", "--format", "json", ...args], { input });
  return { ...result, doc: result.stdout ? (JSON.parse(result.stdout) as AnalysisDocument) : null };
}

describe("sitrep analyze", () => {
  it("prints one valid document for a mix of text files and JSONL records", () => {
    const { status, doc, stderr } = analyze([
      join(FIXTURES, "harbor-talks.txt"),
      join(FIXTURES, "records.jsonl"),
    ]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(validateDocument(doc)).toEqual([]);
    // in input order, the undated text file after the dated records
    expect(doc?.articles.map((a) => a.id)).toEqual(["rec-1", "rec-2", "harbor-talks.txt"]);
    expect(doc?.articles[0]).toMatchObject({
      outlet: "Example Daily",
      title: "Corvan warns Velmora over strait",
    });
  });

  it("reads standard input with -", () => {
    const { status, doc } = analyze(["-"], "Corvan warned Velmora on Monday.\n");
    expect(status).toBe(0);
    expect(doc?.articles).toHaveLength(1);
    expect(doc?.articles[0].text).toContain("Corvan warned Velmora");
  });

  it("gives the same document twice (deterministic)", () => {
    const args = [FIXTURES];
    expect(analyze(args).stdout).toBe(analyze(args).stdout);
  });

  it("prints a readable Markdown report with --format md", () => {
    const result = sitrep(["analyze", "--format", "md", FIXTURES]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^# Situation report/);
  });

  it("counts in words that agree with the number", () => {
    const one = sitrep(["analyze", "--format", "md", join(FIXTURES, "harbor-talks.txt")]).stdout;
    expect(one).toMatch(/^1 article from \d+ outlets?\b.*: 1 story, /m);
    expect(one).toMatch(/^1 article from .*harbor-talks\.txt\.$/m);
    expect(one).not.toMatch(/\b1 (articles|stories|alerts)\b|\(s\)/);
  });

  it("reports each bad input on one line naming it, goes on, and exits non-zero", () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-bad-"));
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const emptyDir = join(dir, "nothing-here");
    mkdirSync(emptyDir);
    const broken = join(dir, "broken.jsonl");
    writeFileSync(broken, '{"id":"ok-1","text":"Corvan warned Velmora."}\n{not json\n');
    const missing = join(dir, "missing.txt");
    const { status, doc, stderr } = analyze([
      empty,
      emptyDir,
      broken,
      missing,
      join(FIXTURES, "harbor-talks.txt"),
    ]);
    expect(status).toBe(1);
    const lines = stderr.trim().split("\n");
    for (const input of [empty, emptyDir, broken, missing]) {
      expect(lines.some((l) => l.includes(input))).toBe(true);
    }
    expect(doc?.articles.map((a) => a.id)).toEqual(["ok-1", "harbor-talks.txt"]);
  });

  it("takes --published and --outlet for inputs that lack them", () => {
    const { doc } = analyze(
      ["--published", "2026-03-04", "--outlet", "Northwind Wire", "-"],
      "Corvan warned Velmora.\n",
    );
    expect(doc?.articles[0].outlet).toBe("Northwind Wire");
    expect(doc?.articles[0].published).toMatchObject({ date: "2026-03-04", precision: "day" });
  });

  it("refuses a malformed --published with one clear line", () => {
    const result = sitrep(["analyze", "--published", "yesterday", FIXTURES]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^sitrep: --published "yesterday": expected an ISO date/);
  });

  it("has --help for every command", () => {
    for (const command of ["analyze", "ingest", "report", "export"]) {
      const result = sitrep([command, "--help"]);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`Usage: sitrep ${command}`);
    }
  });
});
