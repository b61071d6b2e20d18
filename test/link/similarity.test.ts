import { describe, expect, it } from "vitest";
import { reprintGroups, samePassage } from "../../src/link/copies.js";
import { averageLinkGroups } from "../../src/link/grouping.js";
import {
  contentTerms,
  cosine,
  minhash,
  shingles,
  signatureSimilarity,
  stem,
  tfidfVectors,
  words,
} from "../../src/link/similarity.js";
import { article } from "./fixtures.js";

const stopwords = new Set(["the", "of", "a"]);

describe("contentTerms and stem", () => {
  it("folds case, diacritics, apostrophes and possessives, and drops stopwords and numbers", () => {
    expect(contentTerms("The Minister’s call with Sa'ar in Pérou, 2025", stopwords)).toEqual([
      "minister",
      "call",
      "with",
      "sa'ar",
      "in",
      "perou",
    ]);
  });

  it.each([
    ["warned", "warn"],
    ["warning", "warn"],
    ["warnings", "warn"],
    ["attacks", "attack"],
    ["militias", "militia"],
    ["news", "news"],
    ["used", "used"],
  ])("%s -> %s", (word, expected) => expect(stem(word)).toBe(expected));
});

describe("tfidfVectors and cosine", () => {
  const vectors = tfidfVectors(
    new Map([
      ["a", contentTerms("drone strike on the airbase near the border", stopwords)],
      ["b", contentTerms("drone strike hits airbase near border", stopwords)],
      ["c", contentTerms("fishermen protest quotas in harbour", stopwords)],
    ]),
  );
  it("scores texts about one thing above unrelated texts, even in a tiny collection", () => {
    const ab = cosine(vectors.get("a")!, vectors.get("b")!);
    expect(ab).toBeGreaterThan(0.3);
    expect(cosine(vectors.get("a")!, vectors.get("c")!)).toBe(0);
    expect(cosine(vectors.get("a")!, vectors.get("a")!)).toBeCloseTo(1);
  });
});

describe("averageLinkGroups", () => {
  it("keeps two tight groups apart when a single pair links them", () => {
    const pairs = [
      { a: "a1", b: "a2", similarity: 0.9 },
      { a: "b1", b: "b2", similarity: 0.9 },
      { a: "a2", b: "b1", similarity: 0.5 },
    ];
    expect(averageLinkGroups(["b2", "a1", "b1", "a2", "lone"], pairs, 0.3)).toEqual([
      ["a1", "a2"],
      ["b1", "b2"],
      ["lone"],
    ]);
  });

  it("merges a group whose members are all close", () => {
    const pairs = [
      { a: "a", b: "b", similarity: 0.6 },
      { a: "b", b: "c", similarity: 0.5 },
      { a: "a", b: "c", similarity: 0.4 },
    ];
    expect(averageLinkGroups(["a", "b", "c"], pairs, 0.3)).toEqual([["a", "b", "c"]]);
  });
});

describe("copies", () => {
  const wire =
    "Heavy rain flooded the lower town overnight, forcing hundreds of families from their homes as rescue teams worked through the night to reach villages cut off by the river.";
  it.each([
    ["an exact reprint", wire, true],
    ["a reprint with a new first sentence", `From our correspondent. ${wire}`, true],
    [
      "another account of the flood",
      "Rescuers reached cut-off villages after the river burst its banks in the lower town.",
      false,
    ],
  ])("%s is a reprint: %s", (_name, text, expected) => {
    const groups = reprintGroups([
      article("original", wire, { published: "2025-01-02" }),
      article("other", text, { published: "2025-01-03" }),
    ]);
    expect(groups.get("other") === "original").toBe(expected);
    expect(groups.get("original")).toBe("original");
  });

  it("estimates shingle overlap with MinHash", () => {
    const a = minhash(shingles(words(wire), 5), 64);
    expect(signatureSimilarity(a, a)).toBe(1);
    expect(
      signatureSimilarity(
        a,
        minhash(shingles(words("entirely different words here about the harbour"), 5), 64),
      ),
    ).toBeLessThan(0.2);
  });

  it.each([
    ["a passage retold with one word changed", wire.replace("hundreds", "thousands"), true],
    ["a paraphrase", "Families fled their homes as the river flooded the lower town.", false],
  ])("%s is the same passage: %s", (_name, text, expected) => expect(samePassage(wire, text)).toBe(expected));
});
