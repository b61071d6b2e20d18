import { describe, expect, it } from "vitest";
import type { Event } from "../../src/contract/types.js";
import { AlertMemo, raiseAlerts } from "../../src/signal/alerts.js";
import { escalationSeries } from "../../src/signal/escalation.js";
import { entity, event } from "../link/fixtures.js";

const entities = [
  entity("borduria", "COUNTRY", "BOR", [], "Borduria"),
  entity("ruritania", "COUNTRY", "RUR", [], "Ruritania"),
  entity("bor_minister", "PERSON", "BOR", [], "Stefan Kovac"),
  entity("rur_militia", "ARMED_GROUP", "RUR", [], "Border Militia"),
  entity("valley", "LOCATION", "RUR", [], "Green Valley"),
  entity("people", "PERSON", null, [], "people"),
];

let next = 0;
function report(fields: Partial<Event>): Event {
  next++;
  return event({
    id: `a${next}#e1`,
    article: `a${next}`,
    type: "THREATEN",
    actor: "borduria",
    target: "ruritania",
    intensity: -6,
    date: { value: "2025-11-02", precision: "day" },
    ...fields,
  });
}

type Case = [name: string, events: Event[], level: string | null];

const cases: Case[] = [
  ["a threat in one report", [report({ cluster: "c1" })], "warning"],
  ["an unspecified threat (Goldstein -4.4)", [report({ intensity: -4.4, cluster: "c1" })], "warning"],
  [
    "a protest and a milder threat in one month",
    [report({ type: "PROTEST", intensity: -6.5, cluster: "c1" }), report({ intensity: -4.4, cluster: "c2" })],
    "warning",
  ],
  ["a demand", [report({ type: "REQUEST", intensity: -5, cluster: "c1" })], "info"],
  ["an armed attack in one report", [report({ type: "ASSAULT", intensity: -9, cluster: "c1" })], "warning"],
  [
    "an armed attack in two independent reports",
    [
      report({ type: "ASSAULT", intensity: -9, cluster: "c1" }),
      report({ type: "ASSAULT", intensity: -9, cluster: "c1" }),
    ],
    "critical",
  ],
  [
    "a conditional attack in two independent reports",
    [
      report({ type: "ASSAULT", intensity: -9, modality: "conditional", cluster: "c1" }),
      report({ type: "ASSAULT", intensity: -9, modality: "conditional", cluster: "c1" }),
    ],
    "warning",
  ],
  ["an accusation", [report({ type: "ACCUSE", intensity: -2, cluster: "c1" })], "info"],
  ["a meeting", [report({ type: "CONSULT", intensity: 1, cluster: "c1" })], null],
  [
    "an attack on a common-noun description",
    [report({ type: "ASSAULT", intensity: -9, target: "people", cluster: "c1" })],
    null,
  ],
  ["a denied attack", [report({ type: "ASSAULT", intensity: -9, modality: "denied", cluster: "c1" })], null],
  ["a threat with no target", [report({ target: null, cluster: "c1" })], null],
  [
    "an attack on a place, no actor",
    [report({ type: "ASSAULT", intensity: -9, target: "valley", cluster: "c1" })],
    null,
  ],
  ["a threat with no date anywhere", [report({ date: null, cluster: "c1" })], null],
];

describe("raiseAlerts", () => {
  it.each(cases)("%s -> %s", (_name, events, level) => {
    const alerts = raiseAlerts(events, entities);
    expect(alerts.map((a) => a.level)).toEqual(level ? [level] : []);
  });

  it("lifts an official to his country and says why, with the clusters behind the alert", () => {
    const events = [report({ actor: "bor_minister", cluster: "c1" }), report({ cluster: "c1" })];
    expect(raiseAlerts(events, entities)).toEqual([
      {
        id: "a:borduria|ruritania:2025-11",
        level: "warning",
        actors: ["borduria", "ruritania"],
        date: "2025-11-02",
        reason:
          "Borduria threatened Ruritania in 2 independent reports (Nov 2025); hostility 6/10, the first hostile report between them.",
        clusters: ["c1"],
      },
    ]);
  });

  it("keeps a non-state armed group apart from its country", () => {
    const alerts = raiseAlerts([report({ target: "rur_militia", cluster: "c1" })], entities);
    expect(alerts.map((a) => a.actors)).toEqual([["borduria", "rur_militia"]]);
  });

  it("uses the publication date when the text gives none, and the independent source count given", () => {
    const events = [report({ date: null, cluster: "c1" }), report({ date: null, cluster: "c1" })];
    const published = new Map(events.map((e) => [e.article, "2025-10-30"]));
    const alerts = raiseAlerts(events, entities, { published, independentSources: new Map([["c1", 1]]) });
    expect(alerts.map((a) => [a.date, a.reason.includes("1 independent report ")])).toEqual([
      ["2025-10-30", true],
    ]);
  });

  it("raises nothing for an attack recalled years later, but counts it as the earlier level", () => {
    const recalled = report({
      type: "ASSAULT",
      intensity: -9,
      cluster: "c0",
      date: { value: "2011", precision: "year" },
    });
    const recent = report({ type: "ASSAULT", intensity: -9, cluster: "c1" });
    const published = new Map([
      [recalled.article, "2025-11-03"],
      [recent.article, "2025-11-03"],
    ]);
    const alerts = raiseAlerts([recalled, recent], entities, { published });
    expect(alerts.map((a) => [a.date, a.level, a.reason.includes("no rise over the earlier 9")])).toEqual([
      ["2025-11-02", "warning", true],
    ]);
  });

  it("still warns of an event reported within weeks of it", () => {
    const late = report({ date: { value: "2025-09", precision: "month" }, cluster: "c1" });
    const alerts = raiseAlerts([late], entities, { published: new Map([[late.article, "2025-11-15"]]) });
    expect(alerts.map((a) => a.level)).toEqual(["warning"]);
  });

  it("raises a sharp, confirmed rise over the dyad's earlier level to critical", () => {
    const earlier = report({
      type: "ACCUSE",
      intensity: -2,
      cluster: "c0",
      date: { value: "2025-09-01", precision: "day" },
    });
    const threat = [report({ cluster: "c1" }), report({ cluster: "c1" })];
    const alerts = raiseAlerts([earlier, ...threat], entities);
    expect(alerts.map((a) => [a.date, a.level])).toEqual([
      ["2025-09-01", "info"],
      ["2025-11-02", "critical"],
    ]);
  });

  it("builds one series per dyad, month by month", () => {
    const series = escalationSeries({
      events: [
        report({ cluster: "c1", date: { value: "2025-10-05", precision: "day" } }),
        report({
          cluster: "c2",
          type: "ASSAULT",
          intensity: -9,
          date: { value: "2025-11", precision: "month" },
        }),
      ],
      entities,
    });
    expect(series.map((s) => [s.actors, s.points.map((p) => [p.period, p.hostility, p.type])])).toEqual([
      [
        ["borduria", "ruritania"],
        [
          ["2025-10", 6, "THREATEN"],
          ["2025-11", 9, "ASSAULT"],
        ],
      ],
    ]);
  });
});

describe("alerts raised again with a memo of the last call", () => {
  const earlier = [
    report({ cluster: "c1" }),
    report({
      type: "ASSAULT",
      intensity: -9,
      cluster: "c2",
      date: { value: "2025-12-01", precision: "day" },
    }),
    report({ actor: "bor_minister", target: "rur_militia", type: "ACCUSE", intensity: -2, cluster: "c3" }),
  ];
  const independentSources = new Map([
    ["c1", 1],
    ["c2", 1],
    ["c3", 1],
  ]);
  const raised = (events: Event[], names = entities, sources = independentSources, memo?: AlertMemo) =>
    raiseAlerts(events, names, { independentSources: sources, memo });

  it("gives what a call without it gives, as events, sources and names change", () => {
    const memo = new AlertMemo();
    expect(raised(earlier, entities, independentSources, memo)).toEqual(raised(earlier));
    const more = [
      ...earlier,
      report({
        type: "ASSAULT",
        intensity: -9,
        cluster: "c2",
        date: { value: "2025-12-03", precision: "day" },
      }),
    ];
    expect(raised(more, entities, independentSources, memo)).toEqual(raised(more));
    const confirmed = new Map([...independentSources, ["c2", 2]]);
    expect(raised(more, entities, confirmed, memo)).toEqual(raised(more, entities, confirmed));
    expect(raised(more, entities, confirmed, memo).map((a) => a.level)).toContain("critical");
    const renamed = entities.map((e) => (e.id === "ruritania" ? { ...e, name: "Republic of Ruritania" } : e));
    expect(raised(more, renamed, confirmed, memo)).toEqual(raised(more, renamed, confirmed));
    expect(raised(more.slice(1), renamed, confirmed, memo)).toEqual(
      raised(more.slice(1), renamed, confirmed),
    );
  });

  it("keeps the alerts of a dyad whose reports are as they were", () => {
    const memo = new AlertMemo();
    const first = raised(earlier, entities, independentSources, memo);
    const other = report({ actor: "ruritania", target: "rur_militia", cluster: "c9" });
    const again = raised([...earlier, other], entities, independentSources, memo);
    const unchanged = first.filter((a) => a.actors.includes("borduria"));
    for (const alert of unchanged) expect(again).toContain(alert);
  });
});
