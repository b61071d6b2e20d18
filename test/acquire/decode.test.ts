import { describe, expect, it } from "vitest";
import { decodeBytes, scrubText, supported } from "../../src/acquire/decode.js";

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : p)));
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, "utf16le"));
const utf16be = (s: string) => new Uint8Array(Buffer.from(s, "utf16le").swap16());

describe("decodeBytes", () => {
  const cases: [name: string, input: Uint8Array, html: boolean, text: string, encoding: string][] = [
    ["plain UTF-8", new TextEncoder().encode("Déjà vu in Mosul"), false, "Déjà vu in Mosul", "utf-8"],
    ["UTF-8 with a byte order mark", bytes([0xef, 0xbb, 0xbf], "Basra"), false, "Basra", "utf-8"],
    ["UTF-16LE with a mark", Uint8Array.from([0xff, 0xfe, ...utf16le("Erbil")]), false, "Erbil", "utf-16le"],
    ["UTF-16BE with a mark", Uint8Array.from([0xfe, 0xff, ...utf16be("Erbil")]), false, "Erbil", "utf-16be"],
    [
      "UTF-16LE without a mark",
      utf16le("<p>Kirkuk and Najaf</p>"),
      true,
      "<p>Kirkuk and Najaf</p>",
      "utf-16le",
    ],
    [
      "windows-1252 declared in a meta tag",
      bytes('<meta charset="windows-1252"><p>caf', [0xe9], " ", [0x93], "quoted", [0x94], "</p>"),
      true,
      '<meta charset="windows-1252"><p>café “quoted”</p>',
      "windows-1252",
    ],
    [
      "windows-1256 Arabic declared in http-equiv",
      bytes(
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><p>',
        [0xd3, 0xe1, 0xc7, 0xe3],
        "</p>",
      ),
      true,
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><p>سلام</p>',
      "windows-1256",
    ],
    [
      "ISO-8859-8 Hebrew declared",
      bytes('<meta charset="iso-8859-8"><p>', [0xf9, 0xec, 0xe5, 0xed], "</p>"),
      true,
      '<meta charset="iso-8859-8"><p>שלום</p>',
      "iso-8859-8",
    ],
    [
      "undeclared Arabic code page guessed from the bytes",
      bytes("<p>", [0xd3, 0xe1, 0xc7, 0xe3, 0x20, 0xda, 0xe1, 0xed, 0xdf, 0xe3], "</p>"),
      true,
      "<p>سلام عليكم</p>",
      "windows-1256",
    ],
    [
      "undeclared Hebrew guessed from the bytes",
      bytes("<p>", [0xf9, 0xec, 0xe5, 0xed, 0x20, 0xf2, 0xec, 0xe9, 0xeb, 0xed], "</p>"),
      true,
      "<p>שלום עליכם</p>",
      "iso-8859-8",
    ],
    [
      "undeclared Western bytes",
      bytes("<p>na", [0xef], "ve r", [0xe9], "sum", [0xe9], " of a long text</p>"),
      true,
      "<p>naïve résumé of a long text</p>",
      "windows-1252",
    ],
    [
      "valid UTF-8 wins over a wrong declaration",
      new TextEncoder().encode('<meta charset="iso-8859-1"><p>Zürich</p>'),
      true,
      '<meta charset="iso-8859-1"><p>Zürich</p>',
      "utf-8",
    ],
  ];
  it.each(cases)("%s", (_name, input, html, text, encoding) => {
    expect(decodeBytes(input, { html })).toEqual({ ok: true, text, encoding });
  });

  const problems: [name: string, input: Uint8Array, html: boolean, message: RegExp][] = [
    ["an empty file", new Uint8Array(), false, /empty/],
    [
      "a binary file",
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      false,
      /binary/,
    ],
    ["a text file that is not UTF-8", bytes("caf", [0xe9], " au lait"), false, /not UTF-8/],
  ];
  it.each(problems)("reports %s", (_name, input, html, message) => {
    const result = decodeBytes(input, { html });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(message);
  });

  it("honours a charset declared outside the bytes for plain text", () => {
    expect(decodeBytes(bytes("caf", [0xe9]), { html: false, declared: "latin1" })).toEqual({
      ok: true,
      text: "café",
      encoding: "windows-1252",
    });
  });
});

describe("scrubText", () => {
  it.each([
    ["NUL bytes", "a\u0000b", "ab"],
    ["a lone high surrogate", "a\uD800b", "ab"],
    ["a lone low surrogate", "a\uDC00b", "ab"],
    ["a valid pair is kept", "a\uD83D\uDE00b", "a\uD83D\uDE00b"],
  ])("removes %s", (_name, input, output) => {
    expect(scrubText(input)).toBe(output);
  });
});

describe("supported", () => {
  it.each([
    ["UTF-8", "utf-8"],
    ["cp1256", "windows-1256"],
    ["ISO-8859-8", "iso-8859-8"],
    ["no-such-charset", null],
    [null, null],
  ])("%s -> %s", (label, name) => {
    expect(supported(label)).toBe(name);
  });
});
