import { describe, expect, it } from "vitest";
import { createDateReader } from "../../src/clean/dates.js";
import { detectLanguage, languageKnowledge } from "../../src/clean/languages.js";
import { findOutlet, type OutletEvidence } from "../../src/clean/outlet.js";
import { findPublished, type PublishedEvidence } from "../../src/clean/published.js";
import { pageTitle } from "../../src/clean/title.js";
import { normalizeGaps, normalizeWhitespace } from "../../src/clean/whitespace.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { defaultKnowledgeDir } from "../../src/knowledge/load.js";
import { buildOutletRegistry } from "../../src/knowledge/outlets.js";

const langs = languageKnowledge(defaultKnowledgeDir());
const dates = createDateReader(langs.months);

describe("dates", () => {
  it.each([
    ["on November 2, 2030, officials said", ["2030-11-02"]],
    ["on Nov. 2, 2030 and 14 March 2031", ["2030-11-02", "2031-03-14"]],
    ["the 3rd of May 2029", ["2029-05-03"]],
    ["filed 2030-01-31", ["2030-01-31"]],
    ["February 30, 2030 is no date", []],
    ["in March 2023 and last year", []],
  ])("full dates in %j", (text, expected) => {
    expect(dates.fullDates(text).map((d) => d.date)).toEqual(expected);
  });

  it.each([
    ["a mediator appointed in September", [9]],
    ["the vote due next September", []],
    ["until December, when talks end", []],
    ["they may agree, and troops march on", []],
    ["in September 2029", []],
  ])("bare months in %j", (text, expected) => {
    expect(dates.bareMonths(text).map((m) => m.month)).toEqual(expected);
  });

  it.each([
    ["2030-04-09T07:30:00+02:00", { date: "2030-04-09", precision: "day" }],
    ["2030-04", { date: "2030-04", precision: "month" }],
    ["April 9, 2030", { date: "2030-04-09", precision: "day" }],
    ["Wed, 09 Apr 2030 10:00:00 GMT", { date: "2030-04-09", precision: "day" }],
    ["yesterday", null],
    ["2030-13-01", null],
  ])("given date %j", (value, expected) => {
    expect(dates.parseGiven(value)).toEqual(expected);
  });
});

describe("findPublished", () => {
  const evidence = (over: Partial<PublishedEvidence>): PublishedEvidence => ({
    given: null,
    page: [],
    original: "",
    removed: [],
    ...over,
  });
  it.each([
    [
      "the record",
      evidence({ given: "2030-02-03" }),
      { date: "2030-02-03", precision: "day", inferred: false, basis: "record" },
    ],
    [
      "page metadata",
      evidence({ page: [{ value: "2030-02-04T10:00Z", basis: "json-ld" }] }),
      { date: "2030-02-04", precision: "day", inferred: false, basis: "json-ld" },
    ],
    [
      "a wire dateline",
      evidence({ original: "OLDTOWN, Feb. 5, 2030 (Reuters) - The talks ended." }),
      { date: "2030-02-05", precision: "day", inferred: false, basis: "dateline" },
    ],
    [
      "a byline that states the date",
      evidence({
        original: "By Field Desk | Published 12 June 2030\n\nThe talks ended on Monday.",
        removed: [{ text: "By Field Desk | Published 12 June 2030", reason: "byline" }],
      }),
      { date: "2030-06-12", precision: "day", inferred: false, basis: "dateline" },
    ],
    [
      "a byline with an update, by its first publication",
      evidence({
        removed: [
          { text: "By Field Desk. Updated June 14, 2030; published June 12, 2030", reason: "byline" },
        ],
      }),
      { date: "2030-06-12", precision: "day", inferred: false, basis: "dateline" },
    ],
    [
      "an embedded post",
      evidence({
        original: "Talks began in January 2029.",
        removed: [{ text: "— Example (@example) February 6, 2030", reason: "embedded post" }],
      }),
      { date: "2030-02-06", precision: "day", inferred: true, basis: "embedded post date" },
    ],
    [
      "the latest dated mention",
      evidence({ original: "On Jan. 3, 2030 the army moved; on Jan. 20, 2030 it withdrew." }),
      { date: "2030-01", precision: "month", inferred: true, basis: "latest dated mention" },
    ],
    [
      "nothing datable",
      evidence({ original: "In March 2023 the group was founded. Talks resume next week." }),
      null,
    ],
  ])("from %s", (_name, e, expected) => {
    expect(findPublished(e, dates)).toEqual(expected);
  });
});

describe("findOutlet", () => {
  const registry = loadKnowledge().outlets;
  const evidence = (over: Partial<OutletEvidence>): OutletEvidence => ({
    given: null,
    url: null,
    pageNames: [],
    text: "",
    removed: [],
    ...over,
  });
  it.each([
    [
      "the record, as given",
      evidence({ given: "Some Local Paper" }),
      { name: "Some Local Paper", basis: "record" },
    ],
    [
      "the URL's domain",
      evidence({ url: "https://www.jpost.com/middle-east/article-1" }),
      { name: "The Jerusalem Post", basis: "url domain" },
    ],
    ["the page's site name", evidence({ pageNames: ["BBC News"] }), { name: "BBC", basis: "page metadata" }],
    [
      "a request for comment in its own name",
      evidence({
        text: "Officials told Reuters the plan was final. The ministry did not respond to a Haaretz request for comment.",
      }),
      { name: "Haaretz", basis: "self-reference" },
    ],
    [
      "its paywall",
      evidence({
        removed: [{ text: "Subscribe to The Times of Israel for full access", reason: "paywall" }],
      }),
      { name: "Times of Israel", basis: "own boilerplate" },
    ],
    [
      "its own embedded post",
      evidence({
        text: "The minister spoke on Sunday.",
        removed: [{ text: "— Al Jazeera (@AJEnglish) May 1, 2030", reason: "embedded post" }],
      }),
      { name: "Al Jazeera", basis: "embedded post" },
    ],
  ])("from %s", (_name, e, expected) => {
    expect(findOutlet(e, registry)).toEqual(expected);
  });

  it.each([
    [
      "an outlet the text only cites",
      evidence({ text: "Two officials told Reuters and Haaretz reported it." }),
    ],
    [
      "a cited outlet's embedded post",
      evidence({
        text: "Al Jazeera posted a video of the strike.",
        removed: [{ text: "— Al Jazeera (@AJEnglish) May 1, 2030", reason: "embedded post" }],
      }),
    ],
    ["an unknown domain", evidence({ url: "https://blog.example.invalid/post" })],
  ])("not from %s", (_name, e) => {
    expect(findOutlet(e, registry)).toBeNull();
  });
});

describe("outlet registry", () => {
  const registry = buildOutletRegistry([
    {
      id: "a",
      name: "The Example Post",
      aliases: ["Example Post"],
      domains: ["example-post.test"],
      country: null,
      ownership: null,
      handles: ["ExPost"],
    },
    { id: "b", name: "Post", aliases: [], domains: ["post.test"], country: null, ownership: null },
  ]);
  it("finds names, domains and handles", () => {
    expect(registry.byName("example post")?.id).toBe("a");
    expect(registry.byDomain("news.example-post.test")?.id).toBe("a");
    expect(registry.byDomain("example.test")).toBeNull();
    expect(registry.byHandle("@expost")?.id).toBe("a");
  });
  it("matches the longest name, with word boundaries and case", () => {
    const found = registry
      .mentions("The Example Post and the Post, not post or Postal.")
      .map((m) => m.outlet.id);
    expect(found).toEqual(["a", "b"]);
  });
  it("ships several hundred outlets with unique ids", () => {
    const shipped = loadKnowledge().outlets.outlets;
    expect(shipped.length).toBeGreaterThan(300);
    expect(new Set(shipped.map((o) => o.id)).size).toBe(shipped.length);
  });
});

describe("detectLanguage", () => {
  it.each([
    ["The minister said on Monday that the talks would continue in the capital.", "en"],
    ["Le ministre a déclaré lundi que les négociations se poursuivraient dans la capitale.", "fr"],
    ["Der Minister sagte am Montag, dass die Gespräche in der Hauptstadt fortgesetzt werden.", "de"],
    ["El ministro dijo el lunes que las conversaciones continuarán en la capital.", "es"],
    ["قال الوزير يوم الاثنين إن المحادثات ستستمر في العاصمة", "ar"],
    ["وزیر روز دوشنبه گفت که این گفتگوها در پایتخت ادامه خواهد یافت", "fa"],
    ["השר אמר ביום שני כי השיחות יימשכו בבירה", "he"],
    ["Министр заявил в понедельник, что переговоры продолжатся в столице.", "ru"],
    ["大臣は月曜日、首都で協議を続けると述べた。", "ja"],
    ["12345 67890", "und"],
    ["UN US EU said the talks would continue in the capital, and the ministry agreed.", "en"],
    [
      "İstanbul'da bakan, görüşmelerin başkentte devam edeceğini ve bu konuda bir şey olmadığını söyledi.",
      "tr",
    ],
  ])("%s -> %s", (text, lang) => {
    expect(detectLanguage(text, langs)).toBe(lang);
  });
});

describe("pageTitle", () => {
  it.each([
    [
      ["Troops withdraw from the border town | The Daily Example"],
      ["The Daily Example"],
      "Troops withdraw from the border town",
    ],
    [["Troops withdraw from the border town - WSJ"], [], "Troops withdraw from the border town"],
    [["Iraq - Iran talks"], [], "Iraq - Iran talks"],
    [[], [], null],
  ])("%j", (titles, sites, expected) => {
    expect(pageTitle(titles, sites)).toBe(expected);
  });
});

describe("normalizeWhitespace", () => {
  it.each([
    ["no-break\u00a0and thin\u2009spaces", "no-break and thin spaces"],
    ["zero\u200bwidth and soft\u00adhyphen", "zerowidth and softhyphen"],
    ["keeps\u200cZWNJ", "keeps\u200cZWNJ"],
    ["a\r\nb\rc", "a\nb\nc"],
    ["para one\n\n\n\npara two  ", "para one\n\npara two"],
    ["a  \n \n  \n b   c \n d", "a\n\nb c\nd"],
    ["tab\there \t and\u3000there", "tab here and there"],
  ])("%j", (input, output) => {
    expect(normalizeWhitespace(input)).toBe(output);
  });
});

describe("normalizeGaps", () => {
  it("evens the gaps of a text that holds only spaces and line breaks", () => {
    expect(normalizeGaps("\nthe pier  closed \n\n\n\n at dusk \n")).toBe("the pier closed\n\nat dusk");
  });

  it("keeps one blank line of a run left where lines were cut", () => {
    expect(normalizeGaps("\n\nbuoy one\n\n\n\nbuoy two\n\nbuoy three\nbuoy four\n\n\n")).toBe(
      "buoy one\n\nbuoy two\n\nbuoy three\nbuoy four",
    );
  });

  it("leaves other white space as it is", () => {
    expect(normalizeGaps("tide\ttable")).toBe("tide\ttable");
  });
});
