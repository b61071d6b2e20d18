// The development-set floors: quality must never silently fall below them.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeCorpus } from "../../src/analyze/corpus.js";
import { validateDocument } from "../../src/contract/validate.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { HAS_SHARED, noticeIfNoShared, SHARED } from "../helpers/shared.js";

const FLOORS: Record<string, number> = {
  "spans.valid": 1,
  "clean.cut_recall": 0.9,
  "clean.keep_rate": 1,
  "entities.f1": 0.75,
  "entities.linking": 0.8,
  "timexes.recall": 0.6,
  "quotes.f1": 0.5,
  "events.loose_f1": 0.4,
  "stories.pair_f1": 1,
};
const CEILINGS: Record<string, number> = { "entities.wrong_merges": 0 };

describe.skipIf(!HAS_SHARED)("development set (../shared/corpus/seeds)", () => {
  noticeIfNoShared("development-set floors");
  it("stays above the floors", async () => {
    const { document, problems } = await analyzeCorpus([join(SHARED, "corpus", "seeds")], loadKnowledge());
    expect(problems).toEqual([]);
    expect(validateDocument(document)).toEqual([]);
    const out = join(mkdtempSync(join(tmpdir(), "sitrep-eval-")), "seeds.json");
    writeFileSync(out, JSON.stringify(document));
    const raw = execFileSync(
      process.execPath,
      [
        join(SHARED, "eval", "score.mjs"),
        "--gold",
        join(SHARED, "eval", "seeds.gold.json"),
        "--output",
        out,
        "--json",
      ],
      { encoding: "utf8" },
    );
    const { metrics } = JSON.parse(raw) as { metrics: Record<string, number | null> };
    const below = Object.entries(FLOORS).filter(([k, floor]) => (metrics[k] ?? 0) < floor);
    const above = Object.entries(CEILINGS).filter(
      ([k, ceiling]) => (metrics[k] ?? Number.POSITIVE_INFINITY) > ceiling,
    );
    expect({ below, above, metrics }).toMatchObject({ below: [], above: [] });
  });
});
