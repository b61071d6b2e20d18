import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EVENT_TYPES } from "../../src/contract/types.js";
import { inflections, isNounForm, lemmasOf, loadEventLexicon, mayOpen } from "../../src/knowledge/events.js";
import { defaultKnowledgeDir, KnowledgeError } from "../../src/knowledge/load.js";

describe("lemmasOf", () => {
  const lexicon = loadEventLexicon(defaultKnowledgeDir());

  it.each([
    ["warned", "warn"],
    ["warns", "warn"],
    ["warning", "warn"],
    ["kidnapped", "kidnap"],
    ["seized", "seize"],
    ["struck", "strike"],
    ["agreed", "agree"],
    ["carries", "carry"],
    ["carried", "carry"],
    ["shelling", "shell"],
    ["attacks", "attack"],
  ])("%s has the lemma %s", (form, lemma) => {
    expect(lemmasOf(lexicon, form)).toContain(lemma);
  });

  it("keeps the form itself first and knows only lexicon lemmas", () => {
    expect(lemmasOf(lexicon, "Talks")[0]).toBe("talks");
    expect(lemmasOf(lexicon, "teapots")).toEqual(["teapots"]);
  });

  it.each([
    ["kidnap", "kidnapped"],
    ["seize", "seized"],
    ["carry", "carries"],
    ["strike", "struck"],
    ["warn", "warning"],
  ])("inflects %s to %s", (lemma, form) => {
    expect(inflections(lemma)).toContain(form);
  });
});

describe("isNounForm", () => {
  it.each([
    ["strike", "strike", true],
    ["strikes", "strike", true],
    ["Strike's", "strike", true],
    ["crashes", "crash", true],
    ["casualties", "casualty", true],
    ["struck", "strike", false],
    ["striking", "strike", false],
    ["strikers", "strike", false],
  ])("%s of %s -> %s", (form, lemma, expected) => {
    expect(isNounForm(form, lemma)).toBe(expected);
  });
});

describe("mayOpen", () => {
  const lexicon = loadEventLexicon(defaultKnowledgeDir());

  it.each([
    ["attacked", true],
    ["struck", true],
    ["talks", true],
    ["attack's", true],
    ["must", true], // a modal of demand
    ["the", false],
    ["iraq", false],
    ["teapots", false],
    [",", false],
  ])("%s -> %s", (lower, opens) => {
    expect(mayOpen(lexicon, lower)).toBe(opens);
  });
});

describe("loadEventLexicon", () => {
  const lexicon = loadEventLexicon(defaultKnowledgeDir());

  it("indexes verb, noun and multiword triggers by their first lemma", () => {
    expect(lexicon.triggers.get("attack")?.some((t) => t.pos === "verb" && t.frame?.type === "ASSAULT")).toBe(
      true,
    );
    expect(lexicon.triggers.get("attack")?.some((t) => t.pos === "noun" && t.frame?.type === "ASSAULT")).toBe(
      true,
    );
    expect(
      lexicon.triggers
        .get("call")
        ?.some((t) => t.lemmas.join(" ") === "call on" && t.frame?.type === "REQUEST"),
    ).toBe(true);
  });

  it("lists the longest trigger first for each lemma", () => {
    for (const list of lexicon.triggers.values()) {
      const lengths = list.map((t) => t.lemmas.length);
      expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    }
  });

  it("lists reciprocal lemmas and adjectival participles", () => {
    expect(lexicon.reciprocalLemmas.has("agree")).toBe(true);
    expect(lexicon.reciprocalLemmas.has("attack")).toBe(false);
    expect(lexicon.adjectivalParticiples.has("opposed")).toBe(true);
  });

  it("codes idioms with no frame", () => {
    expect(
      lexicon.triggers.get("strike")?.find((t) => t.lemmas.join(" ") === "strike a balance")?.frame,
    ).toBeNull();
  });

  it("gives every frame a PLOVER type and an intensity in range", () => {
    for (const list of lexicon.triggers.values()) {
      for (const t of list) {
        if (!t.frame) continue;
        expect(EVENT_TYPES).toContain(t.frame.type);
        expect(Math.abs(t.frame.intensity)).toBeLessThanOrEqual(10);
      }
    }
  });

  it("has cue lists for every modality but asserted", () => {
    const kinds = new Set([...lexicon.cues.values()].flat().map((c) => c.kind));
    expect([...kinds].sort()).toEqual([
      "alleged",
      "claimed",
      "conditional",
      "denied",
      "planned",
      "reported",
      "unconfirmed",
    ]);
  });

  it.each([
    ["not JSON", "{"],
    ["an unknown type", JSON.stringify({ frames: [{ type: "HUG", cameo: "000", intensity: 1 }] })],
    ["an intensity out of range", JSON.stringify({ frames: [{ type: "AID", cameo: "070", intensity: 70 }] })],
  ])("names the file when it holds %s", (_what, content) => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-events-"));
    writeFileSync(join(dir, "events.json"), content);
    expect(() => loadEventLexicon(dir)).toThrow(KnowledgeError);
    expect(() => loadEventLexicon(dir)).toThrow(/events\.json/);
  });

  it("rejects a file without cue lists", () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-events-"));
    const shipped = JSON.parse(readFileSync(join(defaultKnowledgeDir(), "events.json"), "utf8"));
    writeFileSync(join(dir, "events.json"), JSON.stringify({ ...shipped, cues: {} }));
    expect(() => loadEventLexicon(dir)).toThrow(/cues\.denied/);
  });
});
