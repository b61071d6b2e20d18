// A fuzz corpus written by the test itself (no binary fixtures): each hostile input, read by the
// real acquire, clean, analyse and link stages, ends with a sound document or clear one-line
// problems naming it, never a crash or a hang.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_DOCUMENT_CHARS, readInputs } from "../../src/acquire/index.js";
import { analyzeCorpus } from "../../src/analyze/corpus.js";
import { cleanDocument } from "../../src/clean/index.js";
import { validateDocument } from "../../src/contract/validate.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { expectSoundResult } from "./spans.js";
import { seededRandom } from "./synthetic.js";

const kb = loadKnowledge();
const dir = mkdtempSync(join(tmpdir(), "sitrep-fuzz-"));
const random = seededRandom(99);
const SENTENCE = "Corvan warned Velmora on Monday that ships bound for the strait would be stopped.";

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function randomBytes(length: number): Uint8Array {
  return Uint8Array.from({ length }, () => Math.floor(random() * 256));
}

function nestedHtml(depth: number): string {
  return `<html><body>${"<div><span>".repeat(depth)}<p>${SENTENCE} ${SENTENCE}</p>${"</span></div>".repeat(depth)}</body></html>`;
}

interface FuzzCase {
  name: string;
  /** Writes the input, returns the paths given to the command. */
  inputs(): string[];
  /** What must come out: at least one article, or at least one problem. */
  expect: "article" | "problem" | "either";
}

const CASES: FuzzCase[] = [
  { name: "an empty file", inputs: () => [write("empty.txt", "")], expect: "problem" },
  { name: "blank lines only", inputs: () => [write("blank.jsonl", "\n \n\t\n")], expect: "problem" },
  { name: "random binary bytes", inputs: () => [write("noise.txt", randomBytes(4096))], expect: "either" },
  { name: "binary bytes as HTML", inputs: () => [write("noise.html", randomBytes(4096))], expect: "either" },
  {
    name: "binary bytes as gzip",
    inputs: () => [write("noise.txt.gz", randomBytes(512))],
    expect: "problem",
  },
  { name: "deeply nested HTML", inputs: () => [write("nested.html", nestedHtml(200))], expect: "either" },
  {
    name: "unclosed and misnested HTML",
    inputs: () => [
      write("broken.html", `<html><body><p>${SENTENCE}<div><b><i>${SENTENCE}</p></b><table><td>`),
    ],
    expect: "either",
  },
  {
    name: "NULs and lone surrogates in text",
    inputs: () => [write("nul.txt", `${SENTENCE}\0\0 \ud800 Velmora\udfff denied it.\0`)],
    expect: "either",
  },
  {
    name: "NULs and lone surrogates in a JSONL record",
    inputs: () => [
      write(
        "nul.jsonl",
        `${JSON.stringify({ id: "a\0b\ud800", title: "\udc00", text: `${SENTENCE}\0\ud800` })}\n`,
      ),
    ],
    expect: "article",
  },
  {
    name: "right-to-left and mixed scripts with bidi controls",
    inputs: () => [
      write(
        "mixed.txt",
        `\u202e${SENTENCE}\u202c \u0642\u0627\u0644 \u0627\u0644\u0645\u062a\u062d\u062f\u062b Corvan \u05e9\u05dc\u05d5\u05dd \u4e2d\u6587 \u0420\u043e\u0441\u0441\u0438\u044f \ud83d\ude80 e\u0301\u200d\u200f.`,
      ),
    ],
    expect: "article",
  },
  {
    name: "malformed JSONL lines among good ones",
    inputs: () => [
      write(
        "malformed.jsonl",
        [
          JSON.stringify({ id: "good", text: SENTENCE }),
          '{"id": "cut", "text": "Corvan war',
          "[]",
          "null",
          '"just a string"',
          '{"text": 42}',
          '{"html": null, "text": "   "}',
          `${"[".repeat(5000)}${"]".repeat(5000)}`,
          "\uFEFF{}",
          JSON.stringify({ id: "good-2", text: SENTENCE, published: "not a date", url: 7 }),
        ].join("\n"),
      ),
    ],
    expect: "article",
  },
  {
    name: "path traversal in names and ids",
    inputs: () => {
      mkdirSync(join(dir, "sub"), { recursive: true });
      write(join("sub", "..%2F..%2Fetc%2Fpasswd.txt"), SENTENCE);
      const record = { id: "../../../etc/passwd", url: "file:///etc/passwd", text: SENTENCE };
      write("traversal.jsonl", `${JSON.stringify(record)}\n`);
      return [
        join(dir, "sub", "..", "sub"),
        join(dir, "sub", "..", "traversal.jsonl"),
        join(dir, "..", "..", "no-such-dir", "..", "x.txt"),
      ];
    },
    expect: "article",
  },
  {
    name: "a symlink loop in a directory input",
    inputs: () => {
      const loop = join(dir, "loop");
      mkdirSync(loop);
      writeFileSync(join(loop, "story.txt"), SENTENCE);
      symlinkSync(loop, join(loop, "again"));
      symlinkSync(join(loop, "b.txt"), join(loop, "a.txt"));
      symlinkSync(join(loop, "a.txt"), join(loop, "b.txt"));
      return [loop];
    },
    expect: "article",
  },
];

describe("hostile inputs end with a sound result or clear problems", () => {
  for (const fuzz of CASES) {
    it(fuzz.name, async () => {
      const { document, problems } = await analyzeCorpus(fuzz.inputs(), kb);
      expectSoundResult(document, problems);
      for (const p of problems) expect(p.input).not.toBe("");
      if (fuzz.expect === "article") expect(document.articles.length).toBeGreaterThan(0);
      if (fuzz.expect === "problem") expect(problems.length).toBeGreaterThan(0);
      if (fuzz.expect === "either") expect(document.articles.length + problems.length).toBeGreaterThan(0);
    });
  }
});

describe("HTML fragments", () => {
  it("keeps the text of an HTML fragment that has no <html> or <body>", async () => {
    const { document } = await analyzeCorpus(
      [write("fragment.html", `<div><div>${SENTENCE}</div></div>`)],
      kb,
    );
    expect(document.articles[0]?.text).toBe(SENTENCE);
  });
});

describe("large inputs", () => {
  const LARGE = 20_000_000;

  it("refuses a 100 MB text as one article with a clear problem, and goes on with the batch", async () => {
    const huge = write("huge.txt", `${SENTENCE}\n`.repeat(Math.ceil(100_000_000 / (SENTENCE.length + 1))));
    const next = write("next.txt", SENTENCE);
    const items = [];
    for await (const item of readInputs([huge, next])) items.push(item);
    expect(items.map((i) => i.kind)).toEqual(["problem", "document"]);
    const [refused] = items;
    if (refused.kind !== "problem") throw new Error("expected a problem");
    expect(refused.problem).toMatchObject({ input: huge });
    expect(refused.problem.message).toMatch(/^too large for one article: 100,\d{3},\d{3} bytes \(limit/);
  });

  it("refuses a record whose content is larger than one article can be", async () => {
    const content = "x".repeat(MAX_DOCUMENT_CHARS + 1);
    const path = write(
      "records.jsonl",
      `${JSON.stringify({ id: "big", text: content })}\n${JSON.stringify({ id: "ok", text: SENTENCE })}\n`,
    );
    const items = [];
    for await (const item of readInputs([path])) items.push(item);
    expect(items.map((i) => (i.kind === "problem" ? i.problem.message.slice(0, 22) : i.document.id))).toEqual(
      ["too large for one arti", "ok"],
    );
  });

  it("reads and cleans a 10 MB single line, and a 20 MB text, streaming or whole", async () => {
    const line = SENTENCE.replaceAll(".", ",");
    const paths = [
      write("line.txt", line.repeat(Math.ceil(10_000_000 / line.length))),
      // Numbered paragraphs: lines repeated word for word are boilerplate and would be cut.
      write(
        "large.txt",
        Array.from({ length: LARGE / 100 }, (_, n) => `${n}. ${SENTENCE}`.padEnd(98)).join("\n\n"),
      ),
    ];
    for (const path of paths) {
      const items = [];
      for await (const item of readInputs([path])) items.push(item);
      expect(items).toHaveLength(1);
      const [item] = items;
      if (item.kind !== "document") throw new Error(item.problem.message);
      expect(cleanDocument(item.document, kb).text.length).toBeGreaterThan(9_000_000);
    }
  });

  // Sentences are capped in length (src/analyze/segment.ts) and the stages look around words
  // within a sentence, so one huge line costs what the same text in sentences would; linking
  // compares kinds of reports, not every pair of a cluster. 2 MB, not 10, to keep the suite quick:
  // the built CLI analyses a 10 MB line in about a minute (bench/RESULTS.md).
  it("analyses a 2 MB single-line article into a valid document", async () => {
    const line = SENTENCE.replaceAll(".", ",");
    const path = write("huge-line.txt", line.repeat(Math.ceil(2_000_000 / line.length)));
    const { document, problems } = await analyzeCorpus([path], kb);
    expect(problems).toEqual([]);
    expect(document.articles[0].text.length).toBeGreaterThan(1_900_000);
    expect(validateDocument(document)).toEqual([]);
  }, 300_000);
});
