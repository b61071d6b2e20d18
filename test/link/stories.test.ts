import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { buildStories } from "../../src/link/stories.js";
import { dateFactor } from "../../src/link/story-groups.js";
import { article, resolution } from "./fixtures.js";
import { analyses, entities, events } from "./scenario.js";

const kb = loadKnowledge();
const run = () => buildStories({ analyses, resolution: resolution(entities), events, kb });
const result = run();
const storyOf = (article: string) => result.stories.find((s) => s.articles.includes(article))!;

describe("buildStories", () => {
  it.each([
    ["ledger", "courier", true],
    ["ledger", "reprint", true],
    ["ledger", "harbour", false],
    ["courier", "harbour", false],
  ])("%s and %s in one story: %s", (a, b, together) => {
    expect(storyOf(a).id === storyOf(b).id).toBe(together);
  });

  it("titles a story with its most central article's title, ids from the smallest article id", () => {
    expect(storyOf("ledger")).toMatchObject({ id: "s:courier", articles: ["courier", "ledger", "reprint"] });
    expect(["Borduria warns Ruritania in tense call", "Borduria warns Ruritania"]).toContain(
      storyOf("ledger").title,
    );
    expect(storyOf("harbour").title).toBe("Fishermen strike over quotas");
  });

  it("titles a story without titles from its most reported event", () => {
    const untitled = analyses.map((a) => ({ ...a, article: { ...a.article, title: null } }));
    const { stories } = buildStories({ analyses: untitled, resolution: resolution(entities), events, kb });
    expect(stories.find((s) => s.articles.includes("ledger"))!.title).toBe("Borduria threatens Ruritania");
  });

  it("clusters the reports of the warning and of the call across the three articles", () => {
    const clusterOf = (id: string) => result.clustered(id).cluster;
    expect(new Set(["ledger#e1", "reprint#e1", "courier#e1"].map(clusterOf)).size).toBe(1);
    expect(new Set(["ledger#e2", "reprint#e2", "courier#e2"].map(clusterOf)).size).toBe(1);
    expect(clusterOf("ledger#e1")).not.toBe(clusterOf("ledger#e2"));
    expect(storyOf("ledger").clusters).toEqual(["c:courier#e1", "c:courier#e2"]);
  });

  it("counts a reprint as one source and the other outlet as a second", () => {
    const warning = result.clusters.find((c) => c.id === "c:courier#e1")!;
    expect(warning).toMatchObject({
      type: "THREATEN",
      actor: "borduria",
      target: "ruritania",
      outlets: ["Daily Ledger", "Evening Courier", "Morning Wire"],
      independentSources: 2,
      status: "confirmed",
    });
    expect(warning.reports.map((r) => r.article).sort()).toEqual(["courier", "ledger", "reprint"]);
  });

  it("reports the differing durations as variants, and the two spellings of the minister's name", () => {
    const about = storyOf("ledger").discrepancies.map((d) => [d.about, d.values.map((v) => v.text)]);
    expect(about).toContainEqual([
      "duration of the call (variant: compatible values told with different precision)",
      ["18 to 20 minutes", "about 20 minutes"],
    ]);
    expect(about).toContainEqual([
      "spelling of a name (Kareem al-Haddad / Karim al-Haddad)",
      ["Kareem al-Haddad", "Karim al-Haddad"],
    ]);
    expect(about).toHaveLength(2);
    expect(storyOf("harbour").discrepancies).toEqual([]);
  });

  it("lists the terms each article uses for an actor, and no places", () => {
    const militias = storyOf("ledger").framing.find((f) => f.referent === "militias")!;
    expect(militias.terms).toEqual([
      { article: "courier", term: "armed militias", count: 1 },
      { article: "ledger", term: "resistance militias", count: 1 },
      { article: "ledger", term: "terrorist groups", count: 1 },
      { article: "reprint", term: "resistance militias", count: 1 },
    ]);
    expect(storyOf("ledger").framing.map((f) => f.referent)).not.toContain("border");
  });

  it("records when each story was first and last reported", () => {
    expect(result.reporting.find((r) => r.story === storyOf("ledger").id)).toEqual({
      story: "s:courier",
      firstReport: "2025-03-10",
      lastReport: "2025-03-11",
    });
  });

  it("records each article's hedges and loaded words", () => {
    const voice = (id: string) => result.voices.find((v) => v.article === id)!;
    expect(voice("ledger").hedges).toEqual([{ term: "reportedly", count: 1 }]);
    expect(voice("courier").hedges).toEqual([{ term: "allegedly", count: 1 }]);
    expect(voice("ledger").loaded.map((t) => t.term)).toEqual(
      expect.arrayContaining(["terrorist", "resistance"]),
    );
    expect(voice("harbour").loaded).toEqual([]);
  });

  it("gives the same output for the same input", () => {
    expect(JSON.stringify(run())).toBe(JSON.stringify(result));
  });

  it("groups and names stories the same whatever the order of the input", () => {
    const reversed = buildStories({
      analyses: [...analyses].reverse(),
      resolution: resolution(entities),
      events: [...events].reverse(),
      kb,
    });
    expect(JSON.stringify(reversed.stories)).toBe(JSON.stringify(result.stories));
    expect(JSON.stringify(reversed.clusters)).toBe(JSON.stringify(result.clusters));
  });

  it("gives every span the text of its article", () => {
    const texts = new Map(analyses.map((a) => [a.article.id, a.article.text]));
    for (const d of result.stories.flatMap((s) => s.discrepancies)) {
      for (const v of d.values) expect(texts.get(v.article)!.slice(v.start, v.end)).toBe(v.text);
    }
  });
});

describe("dateFactor", () => {
  const on = (date: string, precision: "day" | "month" | "year" = "day") => ({
    ...article("x", ""),
    published: { date, precision, inferred: false, basis: "test" },
  });
  it.each([
    ["2025-03-10", "2025-03-12", 1],
    ["2025-03-10", "2025-03-24", 0.5],
    ["2025-03-10", "2025-05-10", 0],
    ["2025-03", "2025-03-28", 1],
  ])("%s / %s -> %s", (a, b, expected) => {
    const precision = (d: string) => (d.length === 7 ? "month" : "day");
    expect(dateFactor(on(a, precision(a)), on(b, precision(b)))).toBeCloseTo(expected);
  });

  it("is neutral when a date is unknown", () =>
    expect(dateFactor(article("a", ""), on("2025-03-10"))).toBe(1));
});
