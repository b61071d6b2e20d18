import { describe, expect, it } from "vitest";
import type { ArticleAnalysis } from "../../src/analyze/types.js";
import type { Event } from "../../src/contract/types.js";
import { defaultKnowledgeDir } from "../../src/knowledge/load.js";
import { eventDiscrepancies } from "../../src/link/event-discrepancies.js";
import { loadLinkLexicons } from "../../src/link/lexicons.js";
import { analysis, article, entity, event, sentenceOf, span } from "./fixtures.js";

const lexicons = loadLinkLexicons(defaultKnowledgeDir());

const north = article("north", "A drone struck the fuel depot in Amara on Tuesday night, the governor said.");
const south = article("south", "The governor said a drone hit the fuel depot near Kut on Wednesday.");

function withTimex(a: ReturnType<typeof article>, text: string, value: string): ArticleAnalysis {
  const s = span(a, text);
  return {
    ...analysis(a),
    timexes: [{ start: s.start, end: s.end, text, value, precision: "day", sentence: 0 }],
  };
}

const analyses = [
  withTimex(north, "Tuesday night", "2025-06-03"),
  withTimex(south, "Wednesday", "2025-06-04"),
];
const entities = new Map(
  [
    entity("amara", "LOCATION", "IRQ", [span(north, "Amara")]),
    entity("kut", "LOCATION", "IRQ", [span(south, "Kut")]),
  ].map((e) => [e.id, e]),
);

function report(a: ReturnType<typeof article>, fields: Partial<Event>): Event {
  return event({
    id: `${a.id}#e1`,
    article: a.id,
    cluster: "c1",
    type: "ASSAULT",
    mode: "drone strike",
    evidence: [sentenceOf(a, "drone")],
    ...fields,
  });
}

type Case = [name: string, first: Partial<Event>, second: Partial<Event>, expected: [string, string[]][]];

const day = (value: string) => ({ value, precision: "day" as const });

const cases: Case[] = [
  [
    "the same strike told on two days",
    { date: day("2025-06-03") },
    { date: day("2025-06-04") },
    [["date of the drone strike", ["Tuesday night", "Wednesday"]]],
  ],
  ["the same day", { date: day("2025-06-03") }, { date: day("2025-06-03") }, []],
  [
    "the same strike in two places",
    { location: "amara" },
    { location: "kut" },
    [["place of the drone strike", ["Amara", "Kut"]]],
  ],
  ["one place unknown", { location: "amara" }, { location: null }, []],
  ["reports of different clusters", { location: "amara" }, { location: "kut", cluster: "c2" }, []],
];

describe("eventDiscrepancies", () => {
  it.each(cases)("%s", (_name, first, second, expected) => {
    const events = [report(north, first), report(south, second)];
    const found = eventDiscrepancies({ analyses, events, entities, lexicons });
    expect(found.map((d) => [d.about, d.values.map((v) => v.text)])).toEqual(expected);
  });
});

describe("channel discrepancies", () => {
  const phone = article(
    "phone",
    "The minister said the warning reached him in a phone call with his counterpart.",
  );
  const envoy = article(
    "envoy",
    "The warning was passed on through the chargé d’affaires in the capital, he said.",
  );
  const alsoPhone = article("also", "Officials said the warning was delivered by phone late on Sunday.");
  const warning = (a: ReturnType<typeof article>) =>
    event({
      id: `${a.id}#e1`,
      article: a.id,
      cluster: "c1",
      type: "THREATEN",
      evidence: [sentenceOf(a, "warning")],
    });

  it.each([
    [
      "a phone call and an intermediary",
      [phone, envoy],
      [["channel of the threat", ["phone call", "chargé d’affaires"]]],
    ],
    ["two phone accounts", [phone, alsoPhone], []],
  ] as const)("%s", (_name, articles, expected) => {
    const found = eventDiscrepancies({
      analyses: articles.map(analysis),
      events: articles.map(warning),
      entities: new Map(),
      lexicons,
    });
    expect(found.map((d) => [d.about, d.values.map((v) => v.text)])).toEqual(expected);
  });
});
