import { describe, expect, it } from "vitest";
import { MAX_SENTENCE, segment, sentenceAt } from "../../src/analyze/segment.js";

const sentencesOf = (text: string) => segment(text).sentences.map((s) => text.slice(s.start, s.end));

describe("segment", () => {
  it.each([
    [
      "The U.S. envoy met Dr. Lena Varga on Oct. 3 in Brasova. She left.",
      ["The U.S. envoy met Dr. Lena Varga on Oct. 3 in Brasova.", "She left."],
    ],
    ["The U.N. said so. The talks ended.", ["The U.N. said so.", "The talks ended."]],
    ["John F. Kennedy spoke. Then Mr. Ortiz replied!", ["John F. Kennedy spoke.", "Then Mr. Ortiz replied!"]],
    [
      "A short call.According to the minister, it went well.",
      ["A short call.", "According to the minister, it went well."],
    ],
    ['"We will respond," he said. Nobody did.', ['"We will respond," he said.', "Nobody did."]],
    ["Is it over? Nobody knows.", ["Is it over?", "Nobody knows."]],
    [
      "Prices rose 3.5 percent in 2024. Wages did not.",
      ["Prices rose 3.5 percent in 2024.", "Wages did not."],
    ],
  ])("splits %j", (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it("keeps paragraphs apart and numbers sentences across them", () => {
    const text = "First line here.\n\n  Second paragraph. Two sentences.\n";
    const seg = segment(text);
    expect(seg.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      "First line here.",
      "Second paragraph. Two sentences.",
    ]);
    expect(seg.sentences.map((s) => [s.index, s.paragraph])).toEqual([
      [0, 0],
      [1, 1],
      [2, 1],
    ]);
  });

  it("gives tokens whose offsets point into the text", () => {
    const text = "Kataib’s fighters, 200 of them — left.";
    const { tokens } = segment(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toEqual([
      "Kataib’s",
      "fighters",
      ",",
      "200",
      "of",
      "them",
      "—",
      "left",
      ".",
    ]);
  });

  it("cuts a run of text without punctuation into sentences no longer than MAX_SENTENCE", () => {
    const text = "word ".repeat(1000) + "end.";
    const { sentences } = segment(text);
    expect(sentences.length).toBeGreaterThan(4);
    for (const s of sentences) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(sentences.map((s) => text.slice(s.start, s.end)).join(" ")).toBe(text.trim());
  });

  it("produces nothing for empty or blank text", () => {
    expect(segment("").sentences).toEqual([]);
    expect(segment(" \n\t\n").paragraphs).toEqual([]);
  });

  it("finds the sentence holding an offset", () => {
    const text = "One. Two. Three.";
    const { sentences } = segment(text);
    expect(sentenceAt(sentences, text.indexOf("Two"))).toBe(1);
    expect(sentenceAt(sentences, text.length + 5)).toBe(-1);
  });
});
