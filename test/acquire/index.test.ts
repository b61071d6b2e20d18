import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type AcquireOptions, readInputs } from "../../src/acquire/index.js";
import type { AcquireItem, InputProblem, SourceDocument } from "../../src/acquire/types.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "sitrep-acquire-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function put(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, content);
  return path;
}

async function collect(inputs: string[], options: AcquireOptions = {}) {
  const docs: SourceDocument[] = [];
  const problems: InputProblem[] = [];
  for await (const item of readInputs(inputs, options) as AsyncGenerator<AcquireItem>) {
    if (item.kind === "document") docs.push(item.document);
    else problems.push(item.problem);
  }
  return { docs, problems };
}

const record = (r: object) => JSON.stringify(r);

describe("readInputs: files", () => {
  it("reads a text file: id from the file name, source exactly as given", async () => {
    const path = put("report.txt", "Troops left the valley on Monday.");
    const { docs, problems } = await collect([path]);
    expect(problems).toEqual([]);
    expect(docs).toEqual([
      {
        id: "report.txt",
        source: path,
        format: "text",
        content: "Troops left the valley on Monday.",
        url: null,
        outlet: null,
        published: null,
        title: null,
      },
    ]);
  });

  it("reads HTML by extension and applies command-line defaults", async () => {
    const path = put("page.htm", "<html><body><p>Hello</p></body></html>");
    const { docs } = await collect([path], {
      defaults: { outlet: "Daily Example", published: "2025-01-02" },
    });
    expect(docs[0]).toMatchObject({ format: "html", outlet: "Daily Example", published: "2025-01-02" });
  });

  it("reads gzip files and names the article without .gz", async () => {
    const path = put("story.txt.gz", gzipSync("A compressed story."));
    const { docs } = await collect([path]);
    expect(docs.map((d) => [d.id, d.content])).toEqual([["story.txt", "A compressed story."]]);
  });

  it("reads a JSON record and a JSON array of records", async () => {
    const one = put(
      "one.json",
      record({ id: "a1", url: "https://example.org/x", title: "T", text: "Body one." }),
    );
    const many = put(
      "many.json",
      JSON.stringify([{ text: "First." }, { html: "<p>Second.</p>", outlet: "Example Times" }]),
    );
    const { docs, problems } = await collect([one, many]);
    expect(problems).toEqual([]);
    expect(docs.map((d) => [d.id, d.source, d.format, d.outlet])).toEqual([
      ["a1", "https://example.org/x", "text", null],
      ["many.json#1", `${many}#1`, "text", null],
      ["many.json#2", `${many}#2`, "html", "Example Times"],
    ]);
  });

  it("keeps ids unique within a run", async () => {
    const path = put(
      "dupes.jsonl",
      [record({ id: "x", text: "a" }), record({ id: "x", text: "b" })].join("\n"),
    );
    const { docs } = await collect([path, path]);
    expect(docs.map((d) => d.id)).toEqual(["x", "x-2", "x-3", "x-4"]);
  });
});

describe("readInputs: JSONL", () => {
  it("streams records and reports a broken line by number, then goes on", async () => {
    const lines = [
      record({ id: "r1", text: "one" }),
      "",
      "{not json",
      record({ id: "r3" }),
      record({ id: "r4", text: "four" }),
    ];
    const path = put("feed.jsonl", lines.join("\n"));
    const { docs, problems } = await collect([path]);
    expect(docs.map((d) => d.id)).toEqual(["r1", "r4"]);
    expect(problems.map((p) => p.input)).toEqual([`${path}:3`, `${path}:4`]);
    expect(problems[0].message).toMatch(/^not valid JSON/);
    expect(problems[1].message).toMatch(/neither "text" nor "html"/);
  });

  it("streams thousands of records from a gzipped file", async () => {
    const lines = Array.from({ length: 5000 }, (_, i) =>
      record({ id: `n${i}`, text: `Record number ${i}.` }),
    );
    const path = put("big.jsonl.gz", gzipSync(lines.join("\n")));
    const { docs, problems } = await collect([path]);
    expect(problems).toEqual([]);
    expect(docs).toHaveLength(5000);
    expect(docs[4999]).toMatchObject({ id: "n4999", source: `${path}#5000` });
  });

  it("reports a corrupt gzip stream once", async () => {
    const path = put("bad.jsonl.gz", Buffer.from("this is not gzip at all"));
    const { docs, problems } = await collect([path]);
    expect(docs).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0].input).toContain("bad.jsonl.gz");
  });
});

describe("readInputs: directories", () => {
  it("walks sorted, recursively, skipping hidden files, unknown types and symlink loops", async () => {
    put("b/2.txt", "two");
    put("b/1.html", "<p>one</p>");
    put("a.txt", "zero");
    put(".hidden.txt", "hidden");
    put("b/.git/config.txt", "hidden dir");
    put("notes.docx", "unknown type");
    symlinkSync(dir, join(dir, "b", "loop"));
    const { docs, problems } = await collect([dir]);
    expect(problems).toEqual([]);
    expect(docs.map((d) => d.source)).toEqual([
      join(dir, "a.txt"),
      join(dir, "b/1.html"),
      join(dir, "b/2.txt"),
    ]);
  });

  it("reports a directory without articles", async () => {
    mkdirSync(join(dir, "empty"));
    const { problems } = await collect([join(dir, "empty")]);
    expect(problems).toEqual([{ input: join(dir, "empty"), message: expect.stringMatching(/no articles/) }]);
  });
});

describe("readInputs: problems name the input and the batch goes on", () => {
  it.each([
    ["a missing path", () => join(dir, "nope.txt"), /no such file/],
    ["an empty file", () => put("empty.txt", ""), /empty/],
    ["a blank file", () => put("blank.txt", " \n\n "), /empty/],
    ["a binary file", () => put("image.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])), /binary/],
    [
      "a text file that is not UTF-8",
      () => put("latin.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9])),
      /not UTF-8/,
    ],
    ["broken JSON", () => put("broken.json", "{"), /not valid JSON/],
    ["an empty JSON array", () => put("none.json", "[]"), /no records/],
  ])("%s", async (_name, make, message) => {
    const bad = make();
    const good = put("good.txt", "Still read.");
    const { docs, problems } = await collect([bad, good]);
    expect(problems).toEqual([{ input: bad, message: expect.stringMatching(message) }]);
    expect(docs.map((d) => d.content)).toEqual(["Still read."]);
  });
});

describe("readInputs: stdin", () => {
  it.each([
    ["plain text", "Text from a pipe.", "text", "stdin"],
    ["HTML", "<html><body><p>From a pipe.</p></body></html>", "html", "stdin"],
    ["a JSON record", record({ id: "s1", text: "piped" }), "text", "s1"],
    ["JSONL", `${record({ id: "l1", text: "a" })}\n${record({ id: "l2", text: "b" })}`, "text", "l1"],
  ])("reads %s from -", async (_name, input, format, firstId) => {
    const { docs } = await collect(["-"], { stdin: Readable.from([Buffer.from(input)]) });
    expect(docs[0]).toMatchObject({ format, id: firstId });
  });
});
