// Runs the quotes stage over the shared development corpus when it is present beside the
// repository; elsewhere the suite says it was skipped.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/analyze/quotes.js";
import { segment } from "../../src/analyze/segment.js";
import { loadCues } from "../../src/knowledge/cues.js";
import { defaultKnowledgeDir } from "../../src/knowledge/load.js";

const SEEDS = resolve(
  process.env.SITREP_SHARED ?? join(import.meta.dirname, "..", "..", "..", "shared"),
  "corpus",
  "seeds",
);
const present = existsSync(SEEDS);
if (!present) console.warn(`quotes-corpus: skipped, ${SEEDS} is absent`);

describe.skipIf(!present)("quotes over the development corpus", () => {
  const kb = { cues: loadCues(defaultKnowledgeDir()), outlets: { byName: () => null } };
  const files = present ? readdirSync(SEEDS).filter((f) => f.endsWith(".txt")) : [];

  it.each(files)(
    "%s: every quote is a non-empty span of the text, with a cue, a speaker's label or a continued speaker",
    (file) => {
      const text = readFileSync(join(SEEDS, file), "utf8");
      const quotes = extractQuotes(text, segment(text), [], kb);
      expect(quotes.length).toBeGreaterThan(0);
      for (const q of quotes) {
        expect(q.text).toBe(text.slice(q.start, q.end));
        expect(q.end).toBeGreaterThan(q.start);
        if (q.speaker) expect(q.cue ?? q.speakerText).not.toBeNull();
      }
    },
  );
});
