import { describe, expect, it } from "vitest";
import { classifyLines, headline, keptText, removedOf } from "../../src/clean/boilerplate.js";
import { cleanRules } from "../../src/clean/rules.js";
import { defaultKnowledgeDir } from "../../src/knowledge/load.js";

const rules = cleanRules(defaultKnowledgeDir());
const PROSE = "The delegation arrived in the capital on Tuesday for two days of talks.";

/** The reason the middle line of a short article is cut, or null when it is kept. */
function reasonFor(line: string): string | null {
  const classified = classifyLines([PROSE, line, PROSE.replace("Tuesday", "Friday")].join("\n"), rules);
  return classified.cut[1];
}

describe("boilerplate line classes", () => {
  it.each([
    ["Photo: Soldiers at a checkpoint near the border.", "photo credit"],
    ["Above photo: Reuters/Jane Doe", "photo credit"],
    ["A market reopens in the old city. Photo by Sam Lee/AFP via Getty Images.", "photo credit"],
    ["Crowds gather outside the court (AP Photo/Ann Smith)", "photo credit"],
    ["Residents queue for water (Image: GETTY)", "photo credit"],
    ["The envoy leaves the talks in the capital. Photo: Dana Reyes / Harbour Post", "photo credit"],
    ["Image 2 of 7", "photo credit"],
    ["A post shared by Example News (@example.news)", "embedded post"],
    ["You have read 5 articles this month.", "paywall"],
    ["Subscribe now to continue reading.", "paywall"],
    ["This article is only available to subscribers", "paywall"],
    ["Already a subscriber? Log in", "paywall"],
    ["Donate today and keep us going", "donation appeal"],
    ["Sign up for our morning newsletter", "newsletter"],
    ["READ MORE: Ceasefire talks stall", "read more"],
    ["Advertisement", "read more"],
    ["Story continues below advertisement", "read more"],
    ["——", "separator"],
    ["* * *", "separator"],
    ["Published 10:48, Tue, Nov 19, 2030", "dateline"],
    ["By Maria Lopez and Ahmed Karim", "byline"],
    ["Tuesday, 4 March 2030 10:15", "dateline"],
    ["04/03/2030", "dateline"],
    ["© 2030 Example Media Group. All rights reserved.", "copyright"],
    ["Follow her on Twitter @example for more.", "read more"],
    ["Advert", "read more"],
    ["(Reporting by Ann Lee; Editing by Tom Ray)", "byline"],
    ["Sam Diaz contributed reporting from the capital.", "byline"],
    ["Write to Ann Lee at ann.lee@example.test", "byline"],
    ["This post may contain affiliate links.", "disclosure"],
    ["Filed under: Politics |", "navigation"],
    ["5 min read", "navigation"],
    ["3 of 12", "photo credit"],
    ["Via ExampleWire.info", "copyright"],
    ["BREAKING NEWS", "read more"],
    ["quinta-feira, 3 de abril de 2031 às 09:40", "dateline"],
    ["Comentários ofensivos não serão aprovados pelo moderador.", "read more"],
  ])("%s -> %s", (line, reason) => {
    expect(reasonFor(line)).toBe(reason);
  });

  it.each([
    "The photographer said the image was taken before the strike.",
    "Officials said the credit line to the ministry had been frozen.",
    "By Sunday, the troops had withdrawn from the town.",
    "Readers wrote in to ask where the aid convoys were going.",
    "He told the Associated Press that more talks were planned for next month.",
    "The newspaper's subscribers include several ministries, the report said.",
    "What do we know about the talks?",
    "More than 40 people were injured, the ministry said.",
    "He said the reporting by the agency had been accurate.",
    "“He has done nothing wrong but speak his mind on the radio,” she said.",
    "The court ruled that the commission had been paid legally.",
    "The exhibition opened on Monday. Photo: the ministry shared one image of the event.",
    "Reporters were asked to contact the ministry before travelling.",
  ])("keeps real content: %s", (line) => {
    expect(reasonFor(line)).toBeNull();
  });
});

describe("embedded posts", () => {
  it.each([
    [
      "a post's link, keeping its text as a statement",
      "Talks resumed in the capital pic.twitter.com/Ab12Cd34",
      "Talks resumed in the capital",
      ["pic.twitter.com/Ab12Cd34"],
    ],
    [
      "a signature line",
      "— Example News (@ExampleNews) March 4, 2030",
      "",
      ["— Example News (@ExampleNews) March 4, 2030"],
    ],
    [
      "a link and a signature run together",
      "We are on it. https://t.co/Xy12 — Jane Roe (@janeroe) 4 March 2030",
      "We are on it.",
      ["https://t.co/Xy12", "— Jane Roe (@janeroe) 4 March 2030"],
    ],
    [
      "nothing in a line that names a handle in passing",
      "She wrote as @janeroe on Monday.",
      "She wrote as @janeroe on Monday.",
      [],
    ],
  ])("cuts %s", (_name, line, kept, cut) => {
    const c = classifyLines(line, rules);
    expect(keptText(c)).toBe(kept);
    expect(removedOf(c)).toEqual(cut.map((text) => ({ text, reason: "embedded post" })));
  });
});

describe("repetition and position", () => {
  it("cuts the second copy of a repeated line, never the first", () => {
    const c = classifyLines(
      ["Caption of a picture that repeats itself", PROSE, "Caption of a picture that repeats itself"].join(
        "\n",
      ),
      rules,
    );
    expect(c.cut).toEqual([null, null, "duplicate"]);
  });

  it("cuts crumbs before the headline and labels after the last paragraph, keeping the headline", () => {
    const text = [
      "Home > World > Asia",
      "Section",
      "",
      "Floods close the northern highway",
      "",
      PROSE,
      "Topics",
      "Related",
    ].join("\n");
    const c = classifyLines(text, rules);
    expect(removedOf(c)).toEqual([
      { text: "Home > World > Asia", reason: "navigation" },
      { text: "Section", reason: "navigation" },
      { text: "Topics", reason: "navigation" },
      { text: "Related", reason: "read more" },
    ]);
    expect(headline(c)).toBe("Floods close the northern highway");
    expect(keptText(c)).toContain(PROSE);
  });

  it("keeps the items of a numbered list at either edge, but not a lone number-led label", () => {
    const items = ["1) Ferry to the island", "2) Bus to the old port", "3) Night train north"];
    const text = [
      "Timetable changes",
      ...items,
      PROSE,
      "4) Coastal road",
      "5) Mountain pass",
      "4512 readers online",
    ];
    const c = classifyLines(text.join("\n"), rules);
    const kept = keptText(c);
    for (const item of [...items, "4) Coastal road", "5) Mountain pass"]) expect(kept).toContain(item);
    expect(kept).not.toContain("4512 readers online");
  });

  it("cuts a line that only repeats the article's own address", () => {
    const c = classifyLines(
      [PROSE, "https://news.example.test/a/story-1", "https://other.example.test/b"].join("\n"),
      rules,
      ["http://news.example.test/a/story-1/"],
    );
    expect(c.cut).toEqual([null, "link", null]);
  });

  it("cuts end matter from a late heading to the end, but not an early heading", () => {
    const body = ["Monday", "Tuesday", "Friday"].map((day) => PROSE.replace("Tuesday", day));
    const late = classifyLines(
      [...body, "You may also like", "Dam inspection ordered", "Farmers count the cost"].join("\n"),
      rules,
    );
    expect(late.cut).toEqual([null, null, null, "read more", "end matter", "end matter"]);
    const early = classifyLines(["You may also like", ...body].join("\n"), rules);
    expect(early.cut.slice(1)).toEqual([null, null, null]);
  });

  it("keeps short lines between paragraphs (subheadings)", () => {
    const c = classifyLines([PROSE, "The response", PROSE.replace("Tuesday", "Monday")].join("\n"), rules);
    expect(removedOf(c)).toEqual([]);
  });

  it("finds no headline when the article opens with prose", () => {
    expect(headline(classifyLines(PROSE, rules))).toBeNull();
  });

  it("cuts an appeal paragraph by its stock phrases, not a news paragraph that mentions donations", () => {
    const appeal =
      "We rely on readers like you. Your support funds our journalists, and every contribution counts.";
    const news =
      "The charity said donations had doubled since the floods, and volunteers were handing out food.";
    const c = classifyLines([PROSE, news, appeal].join("\n"), rules);
    expect(c.cut).toEqual([null, null, "donation appeal"]);
  });
});
