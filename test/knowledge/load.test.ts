import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { describe, expect, it } from "vitest";
import { KnowledgeError, readKnowledgeFile } from "../../src/knowledge/load.js";

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-kb-"));
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe("readKnowledgeFile", () => {
  it("reads one file", () => {
    expect(readKnowledgeFile(dirWith({ "a.json": '{"x": [1]}' }), "a.json")).toEqual({ x: [1] });
  });

  it("extends the first directory's file with later directories' copies", () => {
    const base = dirWith({
      "a.json": '{"verbs": ["warn"], "name": "base", "nested": {"k": [1]}}',
      "b.json": "[1]",
    });
    const extra = dirWith({ "a.json": '{"verbs": ["threaten"], "nested": {"k": [2], "j": true}}' });
    const dirs = [base, extra].join(delimiter);
    expect(readKnowledgeFile(dirs, "a.json")).toEqual({
      verbs: ["warn", "threaten"],
      name: "base",
      nested: { k: [1, 2], j: true },
    });
    expect(readKnowledgeFile(dirs, "b.json")).toEqual([1]);
  });

  it.each([
    ["a missing file", {}, /missing/],
    ["broken JSON", { "a.json": "{nope" }, /not valid JSON/],
  ])("names the file on %s", (_what, files, message) => {
    const dir = dirWith(files);
    expect(() => readKnowledgeFile(dir, "a.json")).toThrow(KnowledgeError);
    expect(() => readKnowledgeFile(dir, "a.json")).toThrow(message);
  });
});
