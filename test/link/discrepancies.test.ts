import { describe, expect, it } from "vitest";
import { defaultKnowledgeDir } from "../../src/knowledge/load.js";
import { findDiscrepancies } from "../../src/link/discrepancies.js";
import { loadLinkLexicons } from "../../src/link/lexicons.js";
import { analysis, article } from "./fixtures.js";

const lexicons = loadLinkLexicons(defaultKnowledgeDir());

function discrepancies(first: string, second: string) {
  const analyses = [article("one", first), article("two", second)].map(analysis);
  return findDiscrepancies({ analyses, events: [], entities: new Map(), lexicons }).map((d) => [
    d.about,
    d.values.map((v) => v.text),
  ]);
}

type Case = [name: string, first: string, second: string, expected: [string, string[]][]];

const cases: Case[] = [
  [
    "a different death toll",
    "The shelling of the market killed 12 people, medics said.",
    "Medics said at least 15 people were killed in the market shelling.",
    [["number of people", ["12 people", "at least 15 people"]]],
  ],
  [
    "the same toll written as a word",
    "The shelling of the market killed twelve civilians, medics said.",
    "Medics said 12 civilians died in the market shelling.",
    [],
  ],
  [
    "numbers about unrelated things",
    "The convoy of 40 trucks crossed at dawn after long delays at the checkpoint.",
    "Parliament voted on the budget after 3 hours of debate.",
    [],
  ],
  [
    "a duration told with different precision",
    "The talks, which lasted about 3 hours, ended without a statement from either delegation.",
    "Neither delegation issued a statement after talks that lasted 2 to 3 hours.",
    [
      [
        "duration (variant: compatible values told with different precision)",
        ["about 3 hours", "2 to 3 hours"],
      ],
    ],
  ],
  [
    "a name transliterated two ways",
    "Muqtada al-Sadr addressed supporters in Najaf.",
    "Moqtada al-Sadr addressed his supporters in the city of Najaf.",
    [["spelling of a name (Muqtada al-Sadr / Moqtada al-Sadr)", ["Muqtada al-Sadr", "Moqtada al-Sadr"]]],
  ],
  [
    "a name written the same way, once in full",
    "Prime Minister Mohammed Shia al-Sudani met the delegation.",
    "Sudani met the delegation on Monday.",
    [],
  ],
  ["different names", "Nouri al-Maliki spoke first.", "Haider al-Abadi spoke first.", []],
];

describe("findDiscrepancies", () => {
  it.each(cases)("%s", (_name, first, second, expected) => {
    expect(discrepancies(first, second)).toEqual(expected);
  });

  it("does not report an article against itself", () => {
    const analyses = [article("one", "Rashid Ahmed and Rasheed Ahmed are two readings of one name.")].map(
      analysis,
    );
    expect(findDiscrepancies({ analyses, events: [], entities: new Map(), lexicons })).toEqual([]);
  });
});
