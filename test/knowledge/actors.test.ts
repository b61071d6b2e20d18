import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { foldWord, loadActors, nameKey, nameWords } from "../../src/knowledge/actors.js";
import { defaultKnowledgeDir, KnowledgeError } from "../../src/knowledge/load.js";

describe("nameKey: spelling variants of one name share a key", () => {
  const same: [string, string][] = [
    ["Thabit al-Abbasi", "Thabet al-Abbasi"],
    ["Thabit al-Abbasi", "Thabit Al Abbasi"],
    ["Kataib Hezbollah", "Kata'ib Hezbollah"],
    ["Kataib Hezbollah", "Kata’ib Hezbollah"],
    ["Gideon Sa'ar", "Gideon Saar"],
    ["el-Sisi", "al-Sisi"],
    ["U.S. Army", "US Army"],
    ["Mohammed", "Mohamed"],
  ];
  it.each(same)("%s = %s", (a, b) => expect(nameKey(a)).toBe(nameKey(b)));

  const different: [string, string][] = [
    ["Iraq", "Iran"],
    ["Israel", "Israeli"],
    ["Hamas", "Hama"],
    ["US", "UN"],
  ];
  it.each(different)("%s != %s", (a, b) => expect(nameKey(a)).not.toBe(nameKey(b)));

  it("joins dotted initials into one word and keeps the spans of the text", () => {
    const words = nameWords([
      { text: "U", start: 0, end: 1 },
      { text: ".", start: 1, end: 2 },
      { text: "S", start: 2, end: 3 },
      { text: ".", start: 3, end: 4 },
      { text: "Army", start: 5, end: 9 },
      { text: "-", start: 9, end: 10 },
      { text: "A", start: 11, end: 12 },
    ]);
    expect(words.map((w) => [w.text, w.key, w.start, w.end])).toEqual([
      ["US", "us", 0, 3],
      ["Army", "army", 5, 9],
      ["A", "a", 11, 12],
    ]);
  });

  it("leaves short words unfolded, so acronyms and particles stay apart", () => {
    expect(foldWord("Ibn")).toBe("ibn");
    expect(foldWord("EU")).toBe("eu");
  });
});

describe("loadActors", () => {
  const actors = loadActors(defaultKnowledgeDir());

  it("lists every country with its ISO 3166-1 alpha-3 code as id", () => {
    expect(actors.country("IRQ")?.name).toBe("Iraq");
    expect(actors.country("IRN")?.name).toBe("Iran");
    expect(actors.byId("irq")?.type).toBe("COUNTRY");
    expect(actors.actors.filter((a) => a.type === "COUNTRY").length).toBeGreaterThan(190);
  });

  it("knows demonyms, capitals and actors by their forms", () => {
    expect(actors.demonymOf("IRQ")).toBe("Iraqi");
    const node = actors.trie.next.get(foldWord("Baghdad"));
    expect(node?.forms.map((f) => [f.actor.id, f.kind])).toEqual([["irq", "metonym"]]);
    const idf = actors.trie.next.get("idf");
    expect(idf?.forms[0]).toMatchObject({ kind: "acronym", exactCase: "IDF" });
  });

  it("marks capitals, and forms written with a lower-case content word as descriptive", () => {
    const form = (name: string) => {
      let node = actors.trie as typeof actors.trie | undefined;
      for (const key of nameKey(name).split(" ")) node = node?.next.get(key);
      return node?.forms[0];
    };
    const cases: [string, boolean, boolean][] = [
      ["Baghdad", true, false],
      ["White House", false, false],
      ["Iraqi army", false, true],
      ["Islamic State of Iraq and the Levant", false, false],
    ];
    for (const [name, capital, descriptive] of cases)
      expect(form(name), name).toMatchObject({ capital, descriptive });
  });

  it("gives listed people a role and a country", () => {
    expect(actors.byId("person-hegseth")).toMatchObject({
      type: "PERSON",
      country: "USA",
      role: "Secretary of War",
    });
  });

  it("refuses an actor of an unknown type, naming the file", () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-actors-"));
    for (const f of ["countries.json", "titles.json", "entity-patterns.json", "given-names.json"]) {
      writeFileSync(join(dir, f), readFileSync(join(defaultKnowledgeDir(), f)));
    }
    writeFileSync(join(dir, "actors.json"), JSON.stringify([{ id: "x", name: "X", type: "TRIBE" }]));
    expect(() => loadActors(dir)).toThrow(KnowledgeError);
    expect(() => loadActors(dir)).toThrow(/actors\.json.*TRIBE/);
  });
});
