import { describe, expect, it } from "vitest";
import { segment } from "../../src/analyze/segment.js";
import type { ArticleAnalysis, LocalEntity, MentionKind } from "../../src/analyze/types.js";
import type { EntityType } from "../../src/contract/types.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { resolveEntities, slug } from "../../src/link/resolve.js";
import { plainArticle } from "../helpers/articles.js";

const kb = loadKnowledge();

type Spec = [key: string, name: string, type: EntityType, mention: string, kind?: MentionKind];

/** An analysis of `text` whose entities are given: each mention is the first occurrence of its text. */
function analysis(id: string, text: string, specs: Spec[]): ArticleAnalysis {
  const entities: LocalEntity[] = specs.map(([key, name, type, mention, kind]) => {
    const start = text.indexOf(mention);
    if (start < 0) throw new Error(`fixture: ${mention} not in ${text}`);
    return {
      key,
      name,
      type,
      country: null,
      role: null,
      mentions: [{ start, end: start + mention.length, text: mention, kind: kind ?? "name", sentence: 0 }],
    };
  });
  const article = plainArticle(id, text);
  return { article, segmentation: segment(text), entities, timexes: [], quotes: [], events: [] };
}

describe("resolveEntities", () => {
  it("joins transliteration variants of an unlisted person across articles", () => {
    const r = resolveEntities(
      [
        analysis("a", "Karim al-Haddadi spoke.", [
          ["new:PERSON:x", "Karim al-Haddadi", "PERSON", "Karim al-Haddadi"],
        ]),
        analysis("b", "Kareem el-Haddadi spoke.", [
          ["new:PERSON:y", "Kareem el-Haddadi", "PERSON", "Kareem el-Haddadi"],
        ]),
      ],
      kb,
    );
    expect(r.entities).toHaveLength(1);
    expect(r.idOf("a", "new:PERSON:x")).toBe(r.idOf("b", "new:PERSON:y"));
    expect(r.entities[0].aliases).toEqual(["Kareem el-Haddadi"]);
  });

  it("joins a person's name with and without a middle initial", () => {
    const r = resolveEntities(
      [
        analysis("a", "Gen. Ray T. Colby spoke.", [
          ["new:PERSON:a", "Ray T. Colby", "PERSON", "Ray T. Colby"],
        ]),
        analysis("b", "Ray Colby spoke.", [["new:PERSON:b", "Ray Colby", "PERSON", "Ray Colby"]]),
      ],
      kb,
    );
    expect(r.entities).toHaveLength(1);
  });

  it("keeps listed actors apart and under their knowledge-base ids", () => {
    const r = resolveEntities(
      [
        analysis("a", "Iraq and Iran talked.", [
          ["kb:irq", "Iraq", "COUNTRY", "Iraq"],
          ["kb:irn", "Iran", "COUNTRY", "Iran"],
        ]),
      ],
      kb,
    );
    expect(r.entities.map((e) => e.id)).toEqual(["irq", "irn"]);
  });

  it("gives a lone surname to the one person of the corpus who bears it", () => {
    const r = resolveEntities(
      [
        analysis("a", "Nadia Farouk warned.", [["new:PERSON:nf", "Nadia Farouk", "PERSON", "Nadia Farouk"]]),
        analysis("b", "Farouk warned again.", [["new:PERSON:f", "Farouk", "PERSON", "Farouk", "surname"]]),
      ],
      kb,
    );
    expect(r.entities).toHaveLength(1);
    expect(r.entities[0].mentions.map((m) => m.article)).toEqual(["a", "b"]);
  });

  it("does not give a surname shared by two people to either", () => {
    const r = resolveEntities(
      [
        analysis("a", "Nadia Farouk and Sami Farouk met.", [
          ["new:PERSON:nf", "Nadia Farouk", "PERSON", "Nadia Farouk"],
          ["new:PERSON:sf", "Sami Farouk", "PERSON", "Sami Farouk"],
        ]),
        analysis("b", "Farouk left.", [["new:PERSON:f", "Farouk", "PERSON", "Farouk", "surname"]]),
      ],
      kb,
    );
    expect(r.entities).toHaveLength(3);
  });

  it("never merges entities of different families that share a name", () => {
    const r = resolveEntities(
      [
        analysis("a", "Jordan spoke.", [["new:PERSON:j", "Jordan", "PERSON", "Jordan"]]),
        analysis("b", "Jordan Times wrote.", [["new:MEDIA:jt", "Jordan Times", "MEDIA", "Jordan Times"]]),
      ],
      kb,
    );
    expect(new Set(r.entities.map((e) => e.id)).size).toBe(2);
  });

  it("gives an entity that another's mention covers to that entity", () => {
    const r = resolveEntities(
      [
        analysis("a", "Omar Said called his Iraqi counterpart.", [
          ["new:PERSON:os", "Omar Said", "PERSON", "Omar Said"],
          ["kb:person-abbasi", "Thabit al-Abbasi", "PERSON", "his Iraqi counterpart", "role"],
          ["new:PERSON:late", "Iraqi counterpart", "PERSON", "Iraqi counterpart", "description"],
        ]),
      ],
      kb,
    );
    expect(r.idOf("a", "new:PERSON:late")).toBe("person-abbasi");
    expect(r.entities.map((e) => e.name)).toEqual(["Omar Said", "Thabit al-Abbasi"]);
  });

  it("keeps a person's son, aides or namesake apart from the name that covers most of theirs", () => {
    const text = "Omar Said’s son spoke, then Omar Said Jr. spoke.";
    const r = resolveEntities(
      [
        analysis("a", text, [
          ["kb:os", "Omar Said", "PERSON", "Omar Said"],
          ["new:PERSON:son", "Omar Said’s son", "PERSON", "Omar Said’s son", "description"],
          ["new:PERSON:jr", "Omar Said Jr.", "PERSON", "Omar Said Jr."],
        ]),
      ],
      kb,
    );
    expect(new Set(["new:PERSON:son", "new:PERSON:jr"].map((k) => r.idOf("a", k))).size).toBe(2);
    expect(r.idOf("a", "new:PERSON:son")).not.toBe(r.idOf("a", "kb:os"));
    expect(r.idOf("a", "new:PERSON:jr")).not.toBe(r.idOf("a", "kb:os"));
  });

  it("prints names, not role mentions, and answers null for an unknown key", () => {
    const r = resolveEntities(
      [
        analysis("a", "Omar Said spoke. The minister left.", [
          ["new:PERSON:os", "Omar Said", "PERSON", "Omar Said"],
          ["new:PERSON:os", "Omar Said", "PERSON", "The minister", "role"],
        ]),
      ],
      kb,
    );
    expect(r.entities[0].mentions.map((m) => m.text)).toEqual(["Omar Said"]);
    expect(r.entities[0].id).toBe("omar-said");
    expect(r.idOf("a", "new:PERSON:nobody")).toBeNull();
  });

  it("does not print a demonym, which qualifies a noun rather than naming the state", () => {
    const r = resolveEntities(
      [
        analysis("a", "Iraqi officials met. Iraq agreed.", [
          ["kb:irq", "Iraq", "COUNTRY", "Iraqi", "demonym"],
          ["kb:irq", "Iraq", "COUNTRY", "Iraq agreed"],
        ]),
        analysis("b", "Iraqi officials met.", [["kb:irq", "Iraq", "COUNTRY", "Iraqi", "demonym"]]),
      ],
      kb,
    );
    expect(r.entities[0].mentions.map((m) => [m.article, m.text])).toEqual([["a", "Iraq agreed"]]);
    expect(r.idOf("b", "kb:irq")).toBe("irq");
  });

  it("prints a demonym standing for the people, which names them, but not counted persons", () => {
    const text = "Iraqis marched. Iraqi officials met 40 Iraqis.";
    const a = analysis("a", text, [["kb:irq", "Iraq", "COUNTRY", "Iraqis", "demonym"]]);
    const [iraq] = a.entities;
    iraq.country = "IRQ";
    for (const [word, start] of [
      ["Iraqi", text.indexOf("Iraqi officials")],
      ["Iraqis", text.lastIndexOf("Iraqis")],
    ] as const)
      iraq.mentions.push({ start, end: start + word.length, text: word, kind: "demonym", sentence: 1 });
    const r = resolveEntities([a], kb);
    expect(r.entities[0].mentions.map((m) => [m.start, m.text])).toEqual([[0, "Iraqis"]]);
  });

  it("keeps a group named with a demonym apart from the state, however short the group's noun", () => {
    const r = resolveEntities(
      [
        analysis("a", "Palestinian guards opened the gate.", [
          ["kb:pse", "Palestine", "COUNTRY", "Palestinian", "demonym"],
          [
            "new:ORGANIZATION:palestinian guards",
            "Palestinian guards",
            "ORGANIZATION",
            "Palestinian guards",
            "description",
          ],
        ]),
      ],
      kb,
    );
    expect(r.idOf("a", "new:ORGANIZATION:palestinian guards")).not.toBe("pse");
  });

  it("keeps a group described by a state's name and a noun apart from the state", () => {
    const r = resolveEntities(
      [
        analysis("a", "New Zealand guards opened the gate.", [
          ["kb:nzl", "New Zealand", "COUNTRY", "New Zealand"],
          [
            "new:ORGANIZATION:new zealand guards",
            "New Zealand guards",
            "ORGANIZATION",
            "New Zealand guards",
            "description",
          ],
        ]),
      ],
      kb,
    );
    expect(r.idOf("a", "new:ORGANIZATION:new zealand guards")).not.toBe("nzl");
  });

  it("makes slugs from names", () => {
    expect(slug("Asharq Al-Awsat")).toBe("asharq-al-awsat");
    expect(slug("Sa’ar")).toBe("saar");
  });
});
