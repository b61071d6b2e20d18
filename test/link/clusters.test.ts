import { describe, expect, it } from "vitest";
import type { Event } from "../../src/contract/types.js";
import { defaultKnowledgeDir } from "../../src/knowledge/load.js";
import { clusterEvents, eventPeriod, partiesMatch } from "../../src/link/clusters.js";
import { loadLinkLexicons } from "../../src/link/lexicons.js";
import { periodsMeet } from "../../src/link/periods.js";
import { article, entity, event, sentenceOf } from "./fixtures.js";

const lexicons = loadLinkLexicons(defaultKnowledgeDir());

const one = article(
  "one",
  "Borduria warned Ruritania of strikes on militia camps near the border after the drone attack.",
);
const two = article(
  "two",
  "Ruritania received a stern warning from Borduria over militia camps near the border, officials said.",
);
const three = article(
  "three",
  "Iran warned Ruritania of strikes on militia camps near the border after the drone attack.",
);
const four = article(
  "four",
  "The foreign minister of Borduria met his Ruritanian counterpart to discuss trade and fishing rights.",
);

const entities = [
  entity("borduria", "COUNTRY", "BOR", []),
  entity("ruritania", "COUNTRY", "RUR", []),
  entity("iran", "COUNTRY", "IRN", []),
  entity("iraq", "COUNTRY", "IRQ", []),
  entity("bor_minister", "PERSON", "BOR", [], "Stefan Kovac"),
  entity("rur_militia", "ARMED_GROUP", "RUR", []),
  entity("counterpart", "PERSON", null, [], "Bordurian counterpart"),
  entity("haddad", "PERSON", "RUR", [], "Karim al-Haddad"),
];

const warnOne = event({
  id: "one#e1",
  article: "one",
  type: "THREATEN",
  actor: "borduria",
  target: "ruritania",
  intensity: -6,
  date: { value: "2025-03-10", precision: "day" },
  evidence: [sentenceOf(one, "warned")],
});

type Case = [name: string, other: Partial<Event>, together: boolean];

const cases: Case[] = [
  [
    "the same warning told by another outlet",
    { article: "two", evidence: [sentenceOf(two, "warning")] },
    true,
  ],
  [
    "a demand coded REQUEST for the same warning",
    { article: "two", type: "REQUEST", evidence: [sentenceOf(two, "warning")] },
    true,
  ],
  [
    "an official of the warning state as actor",
    { article: "two", actor: "bor_minister", evidence: [sentenceOf(two, "warning")] },
    true,
  ],
  [
    "an unknown actor with the same words",
    { article: "two", actor: null, evidence: [sentenceOf(two, "warning")] },
    true,
  ],
  [
    "a date the next day (time zones)",
    {
      article: "two",
      date: { value: "2025-03-11", precision: "day" },
      evidence: [sentenceOf(two, "warning")],
    },
    true,
  ],
  [
    "a month date that holds the day",
    {
      article: "two",
      date: { value: "2025-03", precision: "month" },
      evidence: [sentenceOf(two, "warning")],
    },
    true,
  ],
  [
    "Iran instead of Borduria, same words",
    { article: "three", actor: "iran", evidence: [sentenceOf(three, "warned")] },
    false,
  ],
  [
    "a target of another country",
    { article: "two", target: "iraq", evidence: [sentenceOf(two, "warning")] },
    false,
  ],
  [
    "an armed group of the target country",
    { article: "two", target: "rur_militia", evidence: [sentenceOf(two, "warning")] },
    false,
  ],
  [
    "a meeting (incompatible type)",
    { article: "four", type: "ASSAULT", evidence: [sentenceOf(four, "met")] },
    false,
  ],
  [
    "a warning weeks later",
    {
      article: "two",
      date: { value: "2025-04-20", precision: "day" },
      evidence: [sentenceOf(two, "warning")],
    },
    false,
  ],
  ["the same parties with unrelated words", { article: "four", evidence: [sentenceOf(four, "met")] }, false],
  ["a second event drawn from the same sentence", { type: "COERCE" }, false],
];

describe("clusterEvents", () => {
  it.each(cases)("%s", (_name, fields, together) => {
    const other = event({ ...warnOne, id: "x#e1", ...fields });
    const clusterOf = clusterEvents({ events: [warnOne, other], entities, lexicons });
    expect(clusterOf.get(warnOne.id) === clusterOf.get(other.id)).toBe(together);
  });

  it("names a cluster after its smallest event id and gives every event a cluster", () => {
    const other = event({ ...warnOne, id: "two#e1", article: "two", evidence: [sentenceOf(two, "warning")] });
    const lone = event({
      ...warnOne,
      id: "four#e1",
      article: "four",
      type: "CONSULT",
      evidence: [sentenceOf(four, "met")],
    });
    const clusterOf = clusterEvents({ events: [other, lone, warnOne], entities, lexicons });
    expect(Object.fromEntries(clusterOf)).toEqual({
      "one#e1": "c:one#e1",
      "two#e1": "c:one#e1",
      "four#e1": "c:four#e1",
    });
  });

  it("does not chain two countries through a report with an unknown actor", () => {
    const open = event({
      ...warnOne,
      id: "two#e1",
      article: "two",
      actor: null,
      evidence: [sentenceOf(two, "warning")],
    });
    const iranian = event({
      ...warnOne,
      id: "three#e1",
      article: "three",
      actor: "iran",
      evidence: [sentenceOf(three, "warned")],
    });
    const clusterOf = clusterEvents({ events: [warnOne, open, iranian], entities, lexicons });
    expect(clusterOf.get(warnOne.id)).not.toBe(clusterOf.get(iranian.id));
  });

  it("matches a meeting told either way round", () => {
    const met = event({
      id: "four#e1",
      article: "four",
      type: "CONSULT",
      actor: "borduria",
      target: "ruritania",
      evidence: [sentenceOf(four, "met")],
    });
    const metBack = event({ ...met, id: "five#e1", article: "five", actor: "ruritania", target: "borduria" });
    const clusterOf = clusterEvents({ events: [met, metBack], entities, lexicons });
    expect(clusterOf.get(met.id)).toBe(clusterOf.get(metBack.id));
  });
});

describe("partiesMatch and eventPeriod", () => {
  const byId = new Map(entities.map((e) => [e.id, e]));
  it.each([
    ["borduria", "borduria", true],
    ["borduria", null, true],
    ["borduria", "bor_minister", true],
    ["iraq", "iran", false],
    ["ruritania", "rur_militia", false],
    ["bor_minister", "ruritania", false],
    ["counterpart", "bor_minister", true],
    ["haddad", "bor_minister", false],
  ] as const)("%s / %s -> %s", (x, y, expected) =>
    expect(partiesMatch(x, y, byId, new Set(["al"]))).toBe(expected),
  );

  it.each([
    ["2025-03-10", "day", "2025-03-11", "day", true],
    ["2025-03-10", "day", "2025-03-12", "day", false],
    ["2025-03", "month", "2025-03-31", "day", true],
    ["2025", "year", "2025-11-02", "day", true],
    ["2024", "year", "2025-01-01", "day", false],
  ] as const)("%s (%s) / %s (%s) -> %s", (a, pa, b, pb, expected) => {
    const [x, y] = [
      eventPeriod({ value: a, precision: pa }, undefined),
      eventPeriod({ value: b, precision: pb }, undefined),
    ];
    expect(periodsMeet(x, y)).toBe(expected);
  });

  it.each([
    ["undated, published days after the dated report", null, "2025-03-12", true],
    ["undated, published a year later", null, "2026-03-12", false],
    ["undated and unpublished", null, undefined, true],
  ] as const)("%s -> %s", (_name, date, published, expected) => {
    const dated = eventPeriod({ value: "2025-03-10", precision: "day" }, undefined);
    expect(periodsMeet(dated, eventPeriod(date, published))).toBe(expected);
  });
});
