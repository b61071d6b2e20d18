// Property tests over the whole in-memory pipeline (acquire from standard input, clean, analyse,
// link): whatever the bytes or the JSON record, it never throws, and it gives a contract-valid
// document whose every span lies inside its text.
import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeCorpus } from "../../src/analyze/corpus.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { expectSoundResult } from "./spans.js";

const kb = loadKnowledge();
const RUNS = 150;

async function analyzeStdin(input: string | Uint8Array) {
  const bytes = typeof input === "string" ? Buffer.from(input, "utf8") : input;
  const { document, problems } = await analyzeCorpus(["-"], kb, { stdin: Readable.from([bytes]) });
  expectSoundResult(document, problems);
}

/** Any UTF-16 code unit, lone surrogates and NULs included. */
const anyCodeUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
});
/** Text that looks like news here and there, so the later stages have something to chew on. */
const newsy = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "Corvan",
        "Velmora",
        "the United Nations",
        "warned",
        "said",
        '"',
        "“",
        "on Monday",
        ".",
      ),
      fc.constantFrom("<p>", "</p>", "<div>", "\n\n", "\u202e", "\u0627\u0644\u0639\u0631\u0627\u0642", "\0"),
      fc.string({ unit: "binary" }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(" "));

describe("the pipeline on hostile input", () => {
  it("survives any text", async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(anyCodeUnits, newsy), analyzeStdin), { numRuns: RUNS });
  });

  it("survives any bytes", async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), analyzeStdin), { numRuns: RUNS });
  });

  it("survives any HTML-looking text", async () => {
    const html = fc.tuple(newsy, newsy).map(([a, b]) => `<html><body><article>${a}</article>${b}`);
    await fc.assert(fc.asyncProperty(html, analyzeStdin), { numRuns: RUNS });
  });

  it("survives any JSON record and any JSON value", async () => {
    const field = fc.oneof(newsy, fc.jsonValue());
    const record = fc.record(
      { id: field, url: field, outlet: field, published: field, title: field, text: field, html: field },
      { requiredKeys: [] },
    );
    const lines = fc.array(fc.oneof(record, fc.jsonValue()), { minLength: 1, maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(lines, (values) => analyzeStdin(values.map((v) => JSON.stringify(v)).join("\n"))),
      { numRuns: RUNS },
    );
  });
});

async function problemsOf(record: object) {
  const stdin = Readable.from([Buffer.from(JSON.stringify(record))]);
  return (await analyzeCorpus(["-"], kb, { stdin })).problems.map((p) => `${p.input}: ${p.message}`);
}

describe("hostile records", () => {
  it("names a record whose url holds a line break on one line", async () => {
    const [line] = await problemsOf({ url: "a\nb", title: "no body" });
    expect(line).toMatch(/record has neither/);
    expect(line).not.toMatch(/\n/);
  });

  it("reads HTML without a single tag as the text it is", async () => {
    const { document, problems } = await analyzeCorpus(["-"], kb, {
      stdin: Readable.from([Buffer.from(JSON.stringify({ id: "bare", html: "Corvan warned Velmora." }))]),
    });
    expect(problems).toEqual([]);
    expect(document.articles[0]?.text).toBe("Corvan warned Velmora.");
  });
});
