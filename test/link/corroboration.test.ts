import { describe, expect, it } from "vitest";
import type { Event } from "../../src/contract/types.js";
import { summarizeClusters } from "../../src/link/corroboration.js";
import { article, event, sentenceOf } from "./fixtures.js";

const wire =
  "Rebels seized the northern crossing at dawn after a two-hour battle with border guards, officials said.";
const articles = [
  article("wire", wire, { outlet: "Wire Service" }),
  article("reprint", wire, { outlet: "City Daily" }),
  article("quoting", `Local radio reported: ${wire}`, { outlet: "Valley Radio" }),
  article("own", "The crossing in the north fell to rebel fighters early on Monday, our correspondent saw.", {
    outlet: "Gazette",
  }),
  article("digest", "Rebels took the northern crossing, Wire Service and Gazette reported.", {
    outlet: "Digest",
  }),
  article("retitled", `Border guards routed at the crossing\n\n${wire}`, { outlet: "Hill Courier" }),
];
const byId = new Map(articles.map((a) => [a.id, a]));
const reprintOf = new Map([
  ["reprint", "wire"],
  ["retitled", "wire"],
]);

function report(id: string, fields: Partial<Event> = {}): Event {
  const a = byId.get(id)!;
  return event({
    id: `${id}#e1`,
    article: id,
    type: "COERCE",
    evidence: [sentenceOf(a, a.text.slice(0, 12))],
    ...fields,
  });
}

function summary(events: Event[]) {
  const clusterOf = new Map(events.map((e) => [e.id, "c1"]));
  return summarizeClusters({
    events,
    clusterOf,
    articles: byId,
    reprintOf: (id) => reprintOf.get(id) ?? id,
  })[0];
}

type Case = [name: string, events: Event[], independent: number, status: string];

const cases: Case[] = [
  ["a story and its reprint", [report("wire"), report("reprint")], 1, "reported"],
  [
    "a reprint's own headline for what its original attributes to officials",
    [report("wire", { attribution: ["officials"] }), report("retitled")],
    1,
    "reported",
  ],
  ["a story and an outlet quoting its paragraph", [report("wire"), report("quoting")], 1, "reported"],
  ["two outlets' own accounts", [report("wire"), report("own")], 2, "confirmed"],
  [
    "one article citing two outlets",
    [
      report("digest", { attribution: ["wire_service"] }),
      { ...report("digest", { attribution: ["gazette"] }), id: "digest#e2" },
    ],
    2,
    "confirmed",
  ],
  ["two accounts, one denial", [report("wire"), report("own", { modality: "denied" })], 2, "denied"],
  [
    "only hedged accounts",
    [report("wire", { modality: "alleged" }), report("own", { modality: "unconfirmed" })],
    2,
    "unconfirmed",
  ],
];

describe("summarizeClusters", () => {
  it.each(cases)("%s", (_name, events, independent, status) => {
    expect(summary(events)).toMatchObject({ independentSources: independent, status });
  });

  it("lists the reports, the outlets and the sources", () => {
    const s = summary([report("wire"), report("digest", { attribution: ["gazette"] })]);
    expect(s.outlets).toEqual(["Digest", "Wire Service"]);
    expect(s.sources).toEqual(["Wire Service", "gazette"]);
    expect(s.reports.map((r) => [r.article, r.event, r.sentence.text])).toEqual([
      ["digest", "digest#e1", "Rebels took the northern crossing, Wire Service and Gazette reported."],
      ["wire", "wire#e1", wire],
    ]);
  });
});
