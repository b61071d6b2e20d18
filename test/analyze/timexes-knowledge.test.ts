import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { timeKnowledge } from "../../src/analyze/timexes/knowledge.js";

function knowledgeDirWith(content: string): string {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-time-"));
  writeFileSync(join(dir, "time.json"), content);
  return dir;
}

describe("time knowledge", () => {
  it("reads the shipped file", () => {
    const k = timeKnowledge();
    expect(k.namedDays.get("9-11")).toBe(2001);
    expect(k.eventNouns.has("attacks")).toBe(true);
  });

  it.each([
    ["not JSON", "{", /time\.json: not valid JSON/],
    ["missing arrays", "{}", /time\.json: needs the arrays/],
    ["a bad named day", '{"namedDays":[{"month":"x","day":1,"year":2001}],"eventNouns":[]}', /integer month/],
  ])("names the file when it is broken: %s", (_what, content, message) => {
    expect(() => timeKnowledge(knowledgeDirWith(content))).toThrow(message);
  });
});
