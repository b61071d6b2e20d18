// The timexes stage on the TempEval-3 platinum news articles (../shared/external/te3-platinum),
// each resolved against its own publication date. A floor, not the judge: score.mjs is.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { segment } from "../../src/analyze/segment.js";
import { findTimexes } from "../../src/analyze/timexes.js";
import type { LocalTimex } from "../../src/analyze/types.js";
import { noticeIfNoShared, SHARED } from "../helpers/shared.js";

const DIR = join(SHARED, "external", "te3-platinum");
const present = existsSync(join(DIR, "gold.json"));
if (!present) noticeIfNoShared("te3-platinum timexes floor");

interface GoldTimex {
  text: string;
  value: string[];
  optional?: boolean;
}

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
const overlaps = (t: LocalTimex, g: GoldTimex) =>
  fold(t.text).includes(fold(g.text)) || fold(g.text).includes(fold(t.text));

describe.skipIf(!present)("timexes on te3-platinum", () => {
  it("finds the required dates with their values and adds few others", () => {
    const gold = JSON.parse(readFileSync(join(DIR, "gold.json"), "utf8")).articles as Record<
      string,
      { timexes: GoldTimex[] }
    >;
    const lines = readFileSync(join(DIR, "input", "articles.jsonl"), "utf8")
      .split("\n")
      .filter(Boolean);
    let required = 0;
    let found = 0;
    let unmatched = 0;
    for (const record of lines.map((l) => JSON.parse(l) as { id: string; text: string; published: string })) {
      const pub = { date: record.published, precision: "day" as const, inferred: false, basis: "record" };
      const mine = findTimexes(record.text, segment(record.text).sentences, pub);
      const golds = gold[record.id].timexes;
      for (const g of golds.filter((g) => !g.optional)) {
        required++;
        if (mine.some((t) => overlaps(t, g) && g.value.includes(t.value))) found++;
      }
      unmatched += mine.filter((t) => !golds.some((g) => overlaps(t, g))).length;
    }
    expect(found / required).toBeGreaterThanOrEqual(0.9);
    expect(unmatched).toBeLessThanOrEqual(required * 0.1);
  });
});
