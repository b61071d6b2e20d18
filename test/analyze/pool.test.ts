import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeCorpus } from "../../src/analyze/corpus.js";
import { AnalysisPool, configuredThreads } from "../../src/analyze/pool.js";
import { loadKnowledge } from "../../src/knowledge/index.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "cli");

describe("AnalysisPool", () => {
  it("gives the same document on two worker threads as on the caller's thread", async () => {
    const kb = loadKnowledge();
    const alone = await analyzeCorpus([FIXTURES], kb);
    const pool = new AnalysisPool(2, kb.dir);
    try {
      const threaded = await analyzeCorpus([FIXTURES], kb, { pool });
      expect(threaded.document).toEqual(alone.document);
      expect(threaded.problems).toEqual(alone.problems);
    } finally {
      await pool.close();
    }
  });

  it.each([
    [undefined, 1],
    ["", 1],
    ["3", 3],
  ])("reads SITREP_THREADS=%j as %d", (value, threads) => {
    expect(configuredThreads(value)).toBe(threads);
  });

  it.each(["0", "two", "1.5"])("refuses SITREP_THREADS=%j", (value) => {
    expect(() => configuredThreads(value)).toThrow(/expected a whole number/);
  });
});
