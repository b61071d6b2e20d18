import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateDocument } from "../../src/contract/validate.js";
import { HAS_SHARED, noticeIfNoShared, SHARED } from "../helpers/shared.js";

const minimal = () => ({
  schema: "sitrep.analysis/1",
  generator: { name: "sitrep", version: "0.0.0" },
  articles: [
    {
      id: "a",
      source: "a.txt",
      outlet: null,
      title: null,
      language: "en",
      published: null,
      text: "Corvan warned Velmora.",
      removed: [],
    },
  ],
  entities: [
    {
      id: "corvan",
      name: "Corvan",
      type: "COUNTRY",
      country: null,
      role: null,
      aliases: ["Corvan"],
      mentions: [{ article: "a", start: 0, end: 6, text: "Corvan" }],
    },
  ],
  timexes: [],
  quotes: [],
  events: [],
  stories: [],
  alerts: [],
});

describe("validateDocument", () => {
  it("accepts a well-formed document", () => {
    expect(validateDocument(minimal())).toEqual([]);
  });

  it.each([
    ["a wrong schema id", (d: ReturnType<typeof minimal>) => Object.assign(d, { schema: "other/1" })],
    ["a missing array", (d: ReturnType<typeof minimal>) => Object.assign(d, { events: undefined })],
    [
      "an unknown entity type",
      (d: ReturnType<typeof minimal>) => Object.assign(d.entities[0], { type: "TRIBE" }),
    ],
    [
      "a span that does not match its text",
      (d: ReturnType<typeof minimal>) => Object.assign(d.entities[0].mentions[0], { end: 5 }),
    ],
  ])("rejects %s", (_what, damage) => {
    const doc = minimal();
    damage(doc);
    expect(validateDocument(doc).length).toBeGreaterThan(0);
  });
});

describe.skipIf(!HAS_SHARED)("the shipped schema", () => {
  noticeIfNoShared("schema comparison with ../shared/spec");
  it("is the one in ../shared/spec", () => {
    const shipped = readFileSync(
      join(import.meta.dirname, "../../src/contract/analysis.schema.json"),
      "utf8",
    );
    const spec = readFileSync(join(SHARED, "spec", "analysis.schema.json"), "utf8");
    expect(JSON.parse(shipped)).toEqual(JSON.parse(spec));
  });
});
