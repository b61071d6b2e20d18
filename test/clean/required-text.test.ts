import { describe, expect, it } from "vitest";
import { LineScreen, requiredText, screened, TextScreen } from "../../src/clean/required-text.js";
import { cleanRules } from "../../src/clean/rules.js";
import { defaultKnowledgeDir } from "../../src/knowledge/load.js";

describe("requiredText", () => {
  it.each([
    [/\bdonat(?:e|ing|ion)\b[^.]{0,40}\b(?:today|now)\b/iu, ["donate", "donating", "donation"]],
    [/^(?:photo)?\s*Caption:/iu, ["caption:"]],
    [/\b(?:support|fund) (?:our|independent) (?:journalism|reporting)\b/iu, ["journalism", "reporting"]],
    [/lire(?=\s)/iu, ["lire"]],
    [/^\[(a|b)\].*\[\/\1\]$/iu, ["[a]", "[b]"]],
    [/Case Kept/u, ["Case Kept"]],
    [/\bpic\.twitter\.com\/\w+/iu, ["pic.twitter.com/"]],
    [/read(?:ing)?s+ more/iu, [" more"]],
  ])("%s needs one of %j", (pattern, needs) => {
    expect(requiredText(pattern)).toEqual(needs);
  });

  it.each([/^[\d\s]+$/u, /(?:ab|[xy]z)/u, /x?y*/u, /\p{Lu}+/u])("%s needs nothing it can name", (pattern) => {
    expect(requiredText(pattern)).toBeNull();
  });

  it("names, for each knowledge pattern that matches a line, a string the line holds", () => {
    const lines = [
      "Subscribe now to continue reading.",
      "Sign up for our morning newsletter",
      "Donate today and keep us going",
      "Photo by Sam Lee/AFP via Getty Images.",
      "All rights reserved.",
      "Comentários ofensivos não serão aprovados pelo moderador.",
      "This post may contain affiliate links.",
    ];
    const patterns = cleanRules(defaultKnowledgeDir()).lineClasses.flatMap((c) => c.patterns);
    for (const line of lines) {
      for (const p of patterns.filter((q) => q.pattern.test(line))) {
        expect(p.needs === null || p.needs.some((s) => line.toLowerCase().includes(s))).toBe(true);
      }
    }
  });
});

describe("TextScreen", () => {
  const subscribe = screened(/\bsubscribe\b/iu);

  it("rules out a pattern whose needed text is absent, in any case", () => {
    expect(new TextScreen("Please SUBSCRIBE today").mayMatch(subscribe)).toBe(true);
    expect(new TextScreen("The talks resume today").mayMatch(subscribe)).toBe(false);
    expect(new TextScreen("no").mayMatch(screened(/ok/iu))).toBe(false);
  });

  it("does not screen a text with letters that case folding matches differently", () => {
    // The long s matches "s" in a case-insensitive pattern; lower-casing keeps it apart.
    const text = "Pleaſe ſubscribe";
    expect(subscribe.pattern.test(text)).toBe(true);
    expect(new TextScreen(text).mayMatch(subscribe)).toBe(true);
  });
});

describe("LineScreen", () => {
  const lines = ["Alpha line", "Beta NEWSLETTER line", "Gamma line"];

  it("tells which lines hold what an unanchored pattern needs", () => {
    const screen = new LineScreen(lines);
    const newsletter = screened(/\bnewsletter\b/iu);
    expect(lines.map((_, i) => screen.mayMatchLine(newsletter, i))).toEqual([false, true, false]);
  });

  it("lets an anchored pattern try every line", () => {
    const screen = new LineScreen(lines);
    const alpha = screened(/^alpha/iu);
    expect(lines.map((_, i) => screen.mayMatchLine(alpha, i))).toEqual([true, true, true]);
  });
});
