import { describe, expect, it } from "vitest";
import type { ArticleAnalysis } from "../../src/analyze/types.js";
import type { Event } from "../../src/contract/types.js";
import { eventDiscrepancies } from "../../src/link/event-discrepancies.js";
import { analysis, article, entity, event, sentenceOf, span } from "./fixtures.js";

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
    const found = eventDiscrepancies({ analyses, events, entities });
    expect(found.map((d) => [d.about, d.values.map((v) => v.text)])).toEqual(expected);
  });
});
