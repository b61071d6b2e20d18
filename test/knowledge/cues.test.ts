import { describe, expect, it } from "vitest";
import { buildCueLexicon, loadCues } from "../../src/knowledge/cues.js";
import { defaultKnowledgeDir, KnowledgeError } from "../../src/knowledge/load.js";

const lex = loadCues(defaultKnowledgeDir());

describe("cue lexicon", () => {
  it.each([
    ["said", "said"],
    ["says", "said"],
    ["saying", "said"],
    ["told", "told"],
    ["warns", "warned"],
    ["according", undefined],
    ["so-called", undefined],
  ])("the form %s is the cue %s", (form, cue) => {
    expect(lex.verbs.get(form)?.cue).toBe(cue);
  });

  it("marks verbs that take a hearer and verbs whose clause must be marked", () => {
    expect(lex.verbs.get("told")?.addressee).toBe(true);
    expect(lex.verbs.get("said")?.addressee).toBe(false);
    expect(lex.verbs.get("warned")?.clauseMarked).toBe(true);
    expect(lex.verbs.get("accused")?.object).toBe(true);
  });

  it("leaves out the bare form of object verbs, mostly a noun", () => {
    expect(lex.verbs.get("call")).toBeUndefined();
    expect(lex.verbs.get("called")?.cue).toBe("called");
  });

  it("lists multiword cues in lower case", () => {
    expect(lex.phrases.find((p) => p.cue === "according to")?.words).toEqual(["according", "to"]);
  });

  it("knows descriptions, roles and report nouns", () => {
    expect(lex.groupNouns.has("analysts")).toBe(true);
    expect(lex.roleNouns.has("minister")).toBe(true);
    expect(lex.reportNouns.has("newspaper")).toBe(true);
  });

  it.each([
    ["The mayor Said so.", true],
    ["they SAY it", true],
    ["according  to the mayor", true],
    ["a book of essays", false],
    ["the sayings of the mayor", false],
    ["The rain went on.", false],
  ])("finds a cue in %j: %s", (text, found) => {
    expect(lex.anyCue.test(text)).toBe(found);
  });

  it("knows documents, abbreviated titles and verbs said of data only", () => {
    expect(lex.documentNouns.has("statement")).toBe(true);
    expect(lex.titleAbbreviations.get("gov")).toBe("governor");
    expect(lex.verbs.get("shows")?.impersonal).toBe(true);
    expect(lex.verbs.get("said")?.impersonal).toBe(false);
  });

  it("reads a negative auxiliary with either apostrophe", () => {
    expect(lex.auxiliaries.has("haven't")).toBe(true);
    expect(lex.auxiliaries.has("haven’t")).toBe(true);
  });

  it("knows which given names are feminine or masculine", () => {
    expect(lex.feminineNames.has("sarah")).toBe(true);
    expect(lex.masculineNames.has("michael")).toBe(true);
    expect(lex.feminineNames.has("michael")).toBe(false);
  });

  it("rejects a file without its lists, naming the file", () => {
    const broken = { verbs: [{ cue: "said", forms: [] }], phrases: [] } as unknown as Parameters<
      typeof buildCueLexicon
    >[0];
    expect(() => buildCueLexicon(broken, "/tmp/kb")).toThrow(KnowledgeError);
    expect(() => buildCueLexicon(broken, "/tmp/kb")).toThrow(/cues\.json/);
  });
});
