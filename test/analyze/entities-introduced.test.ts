// How descriptions and names first met by the quote and event stages join the article's entities.
// Fixtures are written for these tests: fictional people, real states and bodies.
import { describe, expect, it } from "vitest";
import { resolveIntroduced } from "../../src/analyze/entities/introduced.js";
import { recognizeEntities } from "../../src/analyze/entities.js";
import { segment } from "../../src/analyze/segment.js";
import type { ArticleAnalysis, LocalEntity, LocalQuote, MentionKind } from "../../src/analyze/types.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { plainArticle } from "../helpers/articles.js";

const kb = loadKnowledge();

/** An analysis of `text` whose one quote has the phrase `speaker` as a new entity of `type`. */
function withSpeaker(text: string, speaker: string, type: LocalEntity["type"], kind: MentionKind) {
  const segmentation = segment(text);
  const start = text.indexOf(speaker);
  const sentence = segmentation.sentences.findIndex((s) => s.start <= start && start < s.end);
  const key = `new:${type}:${speaker.toLowerCase()}`;
  const introduced: LocalEntity = {
    key,
    name: speaker,
    type,
    country: null,
    role: null,
    mentions: [{ start, end: start + speaker.length, text: speaker, kind, sentence }],
  };
  const quote: LocalQuote = {
    start: 0,
    end: 1,
    text: text.slice(0, 1),
    direct: false,
    speaker: key,
    speakerText: speaker,
    speakerRange: null,
    cue: "said",
    cueRange: null,
    via: [],
    sentence,
    introduced: [introduced],
  };
  const analysis: ArticleAnalysis = {
    article: plainArticle("a", text),
    segmentation,
    entities: recognizeEntities(text, segmentation, kb),
    timexes: [],
    quotes: [quote],
    events: [],
  };
  const resolved = resolveIntroduced(analysis, kb);
  const speakerKey = resolved.quotes[0].speaker;
  const entity = resolved.entities.find((e) => e.key === speakerKey);
  return { key: speakerKey, entity, printed: entity?.mentions.some((m) => m.kind !== "role") ?? false };
}

describe("resolveIntroduced: descriptions that stand for a known entity", () => {
  it("lifts a state's agents to the state", () => {
    const r = withSpeaker(
      "Iraqi diplomats said the talks would go on.",
      "Iraqi diplomats",
      "PERSON",
      "description",
    );
    expect(r.key).toBe("kb:irq");
  });

  it("takes a state's official of that role for a role described by the state", () => {
    const text = "Iraqi Defense Minister Karim Velani met envoys. His Iraqi counterpart said more.";
    expect(withSpeaker(text, "Iraqi counterpart", "PERSON", "description").entity?.name).toBe("Karim Velani");
  });

  it("keeps a state's body as an entity of its own, affiliated with the state", () => {
    const text = "The Jordanian intelligence agency said it had warned the border guards.";
    const r = withSpeaker(text, "Jordanian intelligence agency", "ORGANIZATION", "description");
    expect(r.entity).toMatchObject({ country: "JOR", type: "ORGANIZATION" });
    expect(r.printed).toBe(true);
  });

  it.each([
    ["Jordanian militants said the convoy was theirs.", "Jordanian militants"],
    ["Syrian gunmen said the road was closed.", "Syrian gunmen"],
    ["Iraqi rebel leaders said they would attend the talks.", "Iraqi rebel leaders"],
    ["Lebanese leaders said the vote would go ahead.", "Lebanese leaders"],
    ["Turkish opposition officials said the vote was rigged.", "Turkish opposition officials"],
  ])("keeps another group's men named with a state's demonym apart from the state: %s", (text, speaker) => {
    const r = withSpeaker(text, speaker, "PERSON", "description");
    expect(r.key).not.toMatch(/^kb:/);
    expect(r.entity?.country).toBeTruthy();
    expect(r.printed).toBe(true);
  });

  it("types a state's rebels as an armed group affiliated with the state", () => {
    const r = withSpeaker(
      "Syrian rebels said the bridge was theirs.",
      "Syrian rebels",
      "PERSON",
      "description",
    );
    expect(r.entity).toMatchObject({ country: "SYR", type: "ARMED_GROUP" });
  });

  it("keeps a state's people in the plural as a group affiliated with the state", () => {
    const text = "Syrian civilians said the convoy never came.";
    const r = withSpeaker(text, "Syrian civilians", "PERSON", "description");
    expect(r.entity).toMatchObject({ country: "SYR", type: "ORGANIZATION" });
  });

  it("takes a body named with its kind for the body", () => {
    const text = "The Mossad intelligence agency said the threat was growing.";
    expect(withSpeaker(text, "Mossad intelligence agency", "ORGANIZATION", "description").key).toBe(
      "kb:mossad",
    );
  });

  it("keeps a people named with another state's demonym apart from that state", () => {
    const text = "Bosnian Kurds said the vote was rigged.";
    const r = withSpeaker(text, "Bosnian Kurds", "PERSON", "name");
    expect(r.key).not.toBe("kb:bih");
    expect(r.printed).toBe(true);
  });

  it("takes an armed group's rebels or guerrillas for the group", () => {
    const text = "Hamas guerrillas said the crossing would stay shut.";
    expect(withSpeaker(text, "Hamas guerrillas", "PERSON", "description").key).toBe("kb:hamas");
  });

  it("keeps a body's other people apart from the body", () => {
    const text = "A Mossad analyst said the threat was growing.";
    expect(withSpeaker(text, "Mossad analyst", "PERSON", "description").key).not.toBe("kb:mossad");
  });
});

describe("resolveIntroduced: what is not printed as a name", () => {
  it("keeps a description that names no one as a link only", () => {
    const r = withSpeaker("Analysts said the vote was close.", "Analysts", "PERSON", "description");
    expect(r.entity).toBeDefined();
    expect(r.printed).toBe(false);
  });

  it("keeps a lone capital that only opens sentences as a link only", () => {
    const r = withSpeaker("Meanwhile the vote was close.", "Meanwhile", "PERSON", "name");
    expect(r.printed).toBe(false);
  });

  it("keeps a text or record as a link only", () => {
    const text = "The ruling broke the Velmoran Charter, the court said.";
    expect(withSpeaker(text, "Velmoran Charter", "ORGANIZATION", "name").printed).toBe(false);
  });

  it("keeps a phrase whose only capitals follow its head as a link only", () => {
    const text = "Rockets hit three towns on Sunday, including one near Velmora held by rebels.";
    const r = withSpeaker(text, "including one near Velmora", "PERSON", "description");
    expect(r.printed).toBe(false);
  });

  it("prints a description of people whose capital follows the head", () => {
    const text = "The commander of Harbor Command said the patrols would go on.";
    expect(withSpeaker(text, "commander of Harbor Command", "PERSON", "description").printed).toBe(true);
  });

  it("takes a capitalized plural of people for a group, not a person", () => {
    const text = "The convoy carried Soldiers home, and the Soldiers said it was quiet.";
    expect(withSpeaker(text, "Soldiers", "PERSON", "name").entity?.type).toBe("ORGANIZATION");
  });

  it("prints a new name", () => {
    const text = "Narin Osk said the vote was close, and Osk repeated it.";
    expect(withSpeaker(text, "Narin Osk", "PERSON", "name").printed).toBe(true);
  });
});
