// The events stage on hand-written sentences, with hand-built entities, timexes and quotes, so
// the cases hold whatever the other stages find.
import { describe, expect, it } from "vitest";
import { extractEvents } from "../../src/analyze/events.js";
import { segment } from "../../src/analyze/segment.js";
import type { LocalEntity, LocalEvent, LocalQuote, LocalTimex } from "../../src/analyze/types.js";
import type { Article } from "../../src/contract/types.js";
import { loadEventLexicon } from "../../src/knowledge/events.js";
import { defaultKnowledgeDir } from "../../src/knowledge/load.js";

const lexicon = loadEventLexicon(defaultKnowledgeDir());

function article(text: string, published: string | null = "2025-11-03"): Article {
  return {
    id: "a1",
    source: "test",
    outlet: null,
    title: null,
    language: "en",
    published: published ? { date: published, precision: "day", inferred: false, basis: "test" } : null,
    text,
    removed: [],
  };
}

interface Extras {
  entities?: LocalEntity[];
  timexes?: LocalTimex[];
  quotes?: LocalQuote[];
  published?: string | null;
}

function run(text: string, extras: Extras = {}): LocalEvent[] {
  return extractEvents({
    article: article(text, extras.published === undefined ? "2025-11-03" : extras.published),
    lexicon,
    segmentation: segment(text),
    entities: extras.entities ?? [],
    timexes: extras.timexes ?? [],
    quotes: extras.quotes ?? [],
  });
}

/** The name of the entity a key refers to, from the event's introduced entities or the given ones. */
function nameOf(event: LocalEvent, key: string | null, entities: LocalEntity[] = []): string | null {
  if (key === null) return null;
  return [...(event.introduced ?? []), ...entities].find((e) => e.key === key)?.name ?? key;
}

function summary(text: string, extras: Extras = {}) {
  return run(text, extras).map((e) => [
    e.type,
    nameOf(e, e.actor, extras.entities),
    nameOf(e, e.target, extras.entities),
  ]);
}

function entity(key: string, name: string, text: string, type: LocalEntity["type"] = "COUNTRY"): LocalEntity {
  const mentions = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    mentions.push({ start: at, end: at + name.length, text: name, kind: "name" as const, sentence: 0 });
  }
  return { key, name, type, country: null, role: null, mentions };
}

describe("events: verb and noun frames with actor and target", () => {
  it.each([
    [
      "Rebel fighters kidnapped two aid workers near the border.",
      ["ASSAULT", "Rebel fighters", "aid workers"],
    ],
    ["The ministry warned the militias against new attacks.", ["THREATEN", "ministry", "militias"]],
    ["Hill villagers seized the convoy at dawn.", ["COERCE", "Hill villagers", "convoy"]],
    ["Westland police arrested a Northland man on Tuesday.", ["COERCE", "Westland police", "Northland man"]],
    [
      "Eastmark extradited a Southland citizen suspected of spying.",
      ["COOPERATE", "Eastmark", "Southland citizen"],
    ],
    [
      "Northland officials shared intelligence with their Southland counterparts.",
      ["COOPERATE", "Northland officials", "Southland counterparts"],
    ],
    [
      "Eastmark rejected calls by Westland's rulers for new talks.",
      ["REJECT", "Eastmark", "Westland's rulers"],
    ],
    ["The foundation condemned the raid.", ["ACCUSE", "foundation", null]],
    ["The navy struck the rebels overnight.", ["ASSAULT", "navy", "rebels"]],
    ["Northland has imposed sanctions on Southland.", ["SANCTION", "Northland", "Southland"]],
    [
      "Eastmark expelled the League inspectors from the plant.",
      ["SANCTION", "Eastmark", "League inspectors"],
    ],
    [
      "Southland expelled humanitarian aid workers from the province.",
      ["SANCTION", "Southland", "humanitarian aid workers"],
    ],
    ["Northland expelled 300 migrants to Southland.", ["COERCE", "Northland", "migrants"]],
    [
      "Northland police prevented the demonstration staged by students.",
      ["COERCE", "Northland police", "students"],
    ],
    ["Northland police broke up a protest in Eastville.", ["COERCE", "Northland police", "Eastville"]],
    ["The Eastmark unions have organized a general strike.", ["PROTEST", "Eastmark unions", null]],
    [
      "Southland forces were engaged in ethnic cleansing against the Eastmark population.",
      ["ASSAULT", "Southland forces", "Eastmark population"],
    ],
    [
      "Northland troops participated in the attack on the village.",
      ["ASSAULT", "Northland troops", "village"],
    ],
    ["Northland police were attacked by the protesters.", ["ASSAULT", "protesters", "Northland police"]],
    ["Northland held talks with the rebels on Monday.", ["CONSULT", "Northland", "rebels"]],
    [
      "Southland forces carried out strikes on rebel positions.",
      ["ASSAULT", "Southland forces", "rebel positions"],
    ],
    ["Northland issued a warning to Southland.", ["THREATEN", "Northland", "Southland"]],
    ["Northland and Southland agreed to a truce.", ["AGREE", "Northland", "Southland"]],
    ["The killing of three Southland soldiers shocked the region.", ["ASSAULT", null, "Southland soldiers"]],
    ["Southland urged Northland to release the prisoners.", ["REQUEST", "Southland", "Northland"]],
    ["Northland guards tortured the prisoners.", ["ASSAULT", "Northland guards", "prisoners"]],
    ["Northland lodged an official protest with Southland.", ["ACCUSE", "Northland", "Southland"]],
  ])("%s", (text, expected) => {
    expect(summary(text)).toContainEqual(expected);
  });

  it.each([
    [
      "The Eastland Front is an armed group that kidnapped two journalists.",
      ["ASSAULT", "Eastland Front", "journalists"],
    ],
    [
      "The Eastland Front claimed responsibility for an attack on the airport.",
      ["ASSAULT", "Eastland Front", null],
    ],
    [
      "Northland threatened to cut the power unless Southland paid its debts.",
      ["THREATEN", "Northland", "Southland"],
    ],
    ["The rebels said they attacked the convoy.", ["ASSAULT", "rebels", "convoy"]],
    [
      "The Eastland Front, which Northland banned in 2022, attacked the convoy.",
      ["ASSAULT", "Eastland Front", "convoy"],
    ],
    [
      "Northland gunships shelled positions of the Southland militia.",
      ["ASSAULT", "Northland gunships", "Southland militia"],
    ],
  ])("%s", (text, expected) => {
    expect(summary(text)).toContainEqual(expected);
  });

  it("does not take a time or a number for a participant", () => {
    expect(summary("Twelve died when rebels shelled the market.")).toContainEqual([
      "ASSAULT",
      "rebels",
      null,
    ]);
    expect(summary("The Eastland Front claimed Sunday's attack on the depot.")[0]?.[1]).toBe(
      "Eastland Front",
    );
  });

  it("reads an obligation in a reported clause as the speaker's demand", () => {
    expect(summary("Northland said on Monday that Southland must return the tanker.")).toContainEqual([
      "REQUEST",
      "Northland",
      "Southland",
    ]);
  });

  it("puts the obligation on the subject, not on the place that qualifies it", () => {
    expect(
      summary(
        "The League envoy said the Northland government and the rebels in Eastmark must reach an agreement.",
      ),
    ).toContainEqual(["REQUEST", "League envoy", "Northland government"]);
  });

  it("reads a phone call between two parties", () => {
    expect(summary("A phone call took place between Northland and Southland.")).toContainEqual([
      "CONSULT",
      "Northland",
      "Southland",
    ]);
  });

  it("gives the participle the subject of the main clause", () => {
    const events = summary("Northland police fired on the crowd, arresting twelve students.");
    expect(events).toContainEqual(["COERCE", "Northland police", "students"]);
  });
});

describe("events: common wordings of cooperation, refusal and concession", () => {
  it.each([
    [
      "The Northland envoy expressed his appreciation for the Westland army.",
      ["SUPPORT", "Northland envoy", "Westland army"],
    ],
    ["Eastmark forgave the Southland rebels.", ["SUPPORT", "Eastmark", "Southland rebels"]],
    ["The president ceded power to the army chief for a day.", ["CONCEDE", "president", "army chief"]],
    [
      "Northland shared evidence with Southland about the smuggling ring.",
      ["COOPERATE", "Northland", "Southland"],
    ],
    ["Northland reneged on its promise to Southland.", ["REJECT", "Northland", "Southland"]],
    ["Northland and Southland reached a consensus on water rights.", ["AGREE", "Northland", "Southland"]],
    ["Northland upgraded its diplomatic ties with Southland.", ["COOPERATE", "Northland", "Southland"]],
    ["Northland accepted the demands of the rebels.", ["CONCEDE", "Northland", "rebels"]],
    ["Northland strengthened its forces along the river.", ["MOBILIZE", "Northland", null]],
    [
      "The Northland minister cancelled a planned visit to Southland.",
      ["SANCTION", "Northland minister", "Southland"],
    ],
    ["Northland denied entry to Southland officials.", ["SANCTION", "Northland", "Southland officials"]],
    ["Settlers set fire to a mosque in the old town.", ["COERCE", "Settlers", "mosque"]],
  ])("%s", (text, expected) => {
    expect(summary(text)).toContainEqual(expected);
  });
});

describe("events: a coordinated verb or a participle shares the subject of the verb before it", () => {
  it("gives a participle after a comma the subject of the verb before it, not of the sentence", () => {
    const events = summary("Villagers said the rebels stormed the depot, killing four guards.");
    expect(events).toContainEqual(["ASSAULT", "rebels", "guards"]);
  });

  it("reads a participle after a comma as a verb, not as the noun of the same spelling", () => {
    expect(summary("Rebels raided a checkpoint near Eastville, killing three soldiers.")).toContainEqual([
      "ASSAULT",
      "Rebels",
      "soldiers",
    ]);
  });

  it("does not make the object of the first verb the subject of the second", () => {
    const events = summary("A roadside bomb killed two Southland soldiers and wounded three others.");
    expect(events.map((e) => e[1])).not.toContain("Southland soldiers");
  });

  it("does not hand the subject of an infinitive to a later coordinated verb", () => {
    const events = summary(
      "Northland backed the right of Southland troops to fire on rebels and urged the League to act.",
    );
    expect(events).toContainEqual(["REQUEST", "Northland", "League"]);
  });

  it("reads a participle coordinated with a passive one as a passive", () => {
    const events = summary("Two journalists were abducted and killed by gunmen.");
    expect(events.filter((e) => e[0] === "ASSAULT")).toEqual([
      ["ASSAULT", "gunmen", "journalists"],
      ["ASSAULT", "gunmen", "journalists"],
    ]);
  });
});

describe("events: a time after a conjunction opens no clause", () => {
  it.each([
    [
      "Eastmark finally rebuilt the damaged pier after two years to allow the shipment of fuel to Northland.",
      ["CONCEDE", "Eastmark", "Northland"],
    ],
    ["The rebels withdrew after Northland attacked the town.", ["ASSAULT", "Northland", "town"]],
  ])("%s", (text, expected) => {
    expect(summary(text)).toContainEqual(expected);
  });
});

describe("events: the subject of an infinitive of purpose", () => {
  it.each([
    ["The agency sent a team of experts to Eastville to investigate the crash.", ["ACCUSE", "agency", null]],
    [
      "The minister will receive her Southland counterpart on Thursday to discuss a truce with the rebels.",
      ["CONSULT", "minister", "rebels"],
    ],
    ["Northland urged the rebels to release the hostages.", ["CONCEDE", "rebels", "hostages"]],
    [
      "Northland defended the right of Southland troops to fire on rebels.",
      ["ASSAULT", "Southland troops", "rebels"],
    ],
  ])("%s", (text, expected) => {
    expect(summary(text)).toContainEqual(expected);
  });
});

describe("events: roles beyond the nearest phrase", () => {
  it.each([
    [
      "Northland and Southland signed a treaty between the two neighbours.",
      ["AGREE", "Northland", "Southland"],
    ],
    ["Northland is ready to withdraw its troops from Southland.", ["AGREE", "Northland", "Southland"]],
    ["Northland refused to deploy peacekeepers in Southland.", ["REJECT", "Northland", "Southland"]],
    [
      "Northland mobilized its naval reservists for an expected conflict against Southland.",
      ["MOBILIZE", "Northland", "Southland"],
    ],
    ["Northland is opposed to Southland mediation in the dispute.", ["REJECT", "Northland", "Southland"]],
    ["An official said Northland and other nations must pay the bill.", ["REQUEST", "official", "Northland"]],
    [
      "The Eastland Front, the Southland Union and the Westland League condemned the raid.",
      ["ACCUSE", "Eastland Front", null],
    ],
    [
      "Northland complained to the League on Monday over two Southland raids.",
      ["ACCUSE", "Northland", "Southland"],
    ],
    [
      "Farmers marched in Eastville on Friday calling for independence from Northland.",
      ["PROTEST", "Farmers", "Northland"],
    ],
    ["Northland expelled three Southland diplomats.", ["SANCTION", "Northland", "Southland diplomats"]],
    ["Northland jets hit targets in Southland.", ["ASSAULT", "Northland jets", "Southland"]],
    ["Northland imposed the naval blockade of Southland.", ["COERCE", "Northland", "Southland"]],
    [
      "The Truth Commission completed its inquiry into claims by the Eastland Front.",
      ["ACCUSE", "Truth Commission", null],
    ],
    ["Northland said it would tighten the blockade of Southland.", ["THREATEN", "Northland", "Southland"]],
    [
      "Up to 100 Northland farmers protested on Friday in Eastville.",
      ["PROTEST", "Northland farmers", "Eastville"],
    ],
    [
      "The rebels said their units had completed their withdrawal from Eastville.",
      ["RETREAT", "units", "Eastville"],
    ],
  ])("%s", (text, expected) => {
    expect(summary(text)).toContainEqual(expected);
  });

  it("reads a number with thousands separators as one word, no clause break", () => {
    expect(
      summary("The commission investigated the fate of nearly 2,000 Southland prisoners."),
    ).toContainEqual(["ACCUSE", "commission", "Southland prisoners"]);
    expect(summary("Northland will allow up to 1,500 Southland refugees to return home.")).toContainEqual([
      "AGREE",
      "Northland",
      "Southland refugees",
    ]);
  });

  it("does not read the 'to' of 'up to 300' as the recipient's", () => {
    expect(summary("Northland offered to send up to 300 troops to Southland.")).toContainEqual([
      "AGREE",
      "Northland",
      "Southland",
    ]);
  });

  it("does not take the subject of a clause opened by 'as' for the object", () => {
    const events = summary("The minister resigned on Friday as the rebels threatened to storm the palace.");
    expect(events).toContainEqual(["CONCEDE", "minister", null]);
    expect(summary("Northland denounced as a crime the raids on Southland.")).toContainEqual([
      "ACCUSE",
      "Northland",
      "Southland",
    ]);
  });

  it("makes the subject of the clause a demand states the one asked", () => {
    expect(summary("The union renewed its demand that the Southland government raise wages.")).toContainEqual(
      ["REQUEST", "union", "Southland government"],
    );
    const relative = summary("Northland rejected the demand that Southland made last week.");
    expect(relative.filter((e) => e[0] === "REQUEST").map((e) => e[2])).not.toContain("Southland");
  });

  it("gives the agent after 'by' to the nearest event noun", () => {
    const events = summary(
      "A hunger strike against the arrests by the Southland police entered its tenth day.",
    );
    expect(events.filter((e) => e[0] === "PROTEST").map((e) => e[1])).not.toContain("Southland police");
    expect(summary("The attack on the convoy by rebels shocked the region.")).toContainEqual([
      "ASSAULT",
      "rebels",
      "convoy",
    ]);
  });

  it("makes the partner of a clash its target", () => {
    expect(summary("Government troops and rebels clashed near the border on Sunday.")).toContainEqual([
      "ASSAULT",
      "Government troops",
      "rebels",
    ]);
  });

  it("makes whoever is held responsible for a nominal event its actor", () => {
    expect(summary("The Southland army was responsible for the killing of 30 villagers.")).toContainEqual([
      "ASSAULT",
      "Southland army",
      "villagers",
    ]);
  });

  it("reads an acronym in brackets after a name as that name", () => {
    const text = "Northland and the Eastland Trade Union (ETU) signed an accord on tariffs.";
    expect(summary(text)).toContainEqual(["AGREE", "Northland", "Eastland Trade Union"]);
  });

  it("makes the subject of a light verb the actor before a name that modifies the noun", () => {
    expect(summary("The Northland envoy attended the League summit in Eastville.").map((e) => e[1])).toEqual([
      "Northland envoy",
    ]);
  });

  it("makes the one a criticism is of its target", () => {
    expect(summary("Northland stepped up its criticism of the Southland government.")).toContainEqual([
      "ACCUSE",
      "Northland",
      "Southland government",
    ]);
  });

  it("does not seek the object past 'following', which names the occasion", () => {
    const text = "Northland imposed curfews in Eastville following the deaths of two Southland soldiers.";
    expect(summary(text)).toContainEqual(["COERCE", "Northland", "Eastville"]);
  });

  it("aims a refusal at whoever presses for it", () => {
    expect(
      summary("The minister refused to resign despite growing pressure from the rebels."),
    ).toContainEqual(["REJECT", "minister", "rebels"]);
  });

  it("makes the group that a quantity or its members name the target", () => {
    expect(summary("The envoy held talks with leaders of the Southland government.")).toContainEqual([
      "CONSULT",
      "envoy",
      "Southland government",
    ]);
    expect(summary("Rebels wounded five members of the Northland police.")).toContainEqual([
      "ASSAULT",
      "Rebels",
      "Northland police",
    ]);
  });

  it("keeps an adjective between a name and its noun inside the phrase", () => {
    expect(summary("Hill traditional elders rejected the plan of Northland.")).toContainEqual([
      "REJECT",
      "Hill traditional elders",
      "Northland",
    ]);
  });

  it("makes the partner of coordinated talks their target", () => {
    expect(summary("Northland and Southland renewed negotiations today on a troop pullback.")).toContainEqual(
      ["CONSULT", "Northland", "Southland"],
    );
    expect(summary("King Abdul and the Southland King Omar held talks at the palace.")).toContainEqual([
      "CONSULT",
      "King Abdul",
      "Southland King Omar",
    ]);
  });

  it("reads a place qualified by a point of the compass as a place, not the object", () => {
    const text = "The Kestrian army imposed a curfew in the town of Eastville in southeastern Northland.";
    const northland = entity("kb:nor", "Northland", text);
    expect(summary(text, { entities: [northland] })).toContainEqual([
      "COERCE",
      "Kestrian army",
      "town of Eastville",
    ]);
  });

  it("reads 'the West' as a party, not a point of the compass", () => {
    const text = "The raid weakened the group's means to launch external operations against the West.";
    expect(summary(text).map((e) => e[2])).toContain("West");
  });

  it("reads 'at' after a meeting as its place", () => {
    expect(summary("Northland and Southland held talks at the Eastville Palace.")).toContainEqual([
      "CONSULT",
      "Northland",
      "Southland",
    ]);
  });

  it("does not make a party the target of its own act", () => {
    const kestria = entity("kb:kes", "Kestria", "Kestria imposed a curfew in the towns of southern Kestria.");
    const events = summary("Kestria imposed a curfew in the towns of southern Kestria.", {
      entities: [kestria],
    });
    expect(events).toContainEqual(["COERCE", "Kestria", null]);
  });

  it("reads a past form after the object of a preposition as a passive participle", () => {
    const events = summary("Northland opened its ports to Southlanders expelled from Eastland.");
    expect(events).toContainEqual(["COERCE", null, "Southlanders"]);
  });

  it("does not make the partner of a one-sided act its target", () => {
    expect(summary("Northland and Southland condemned the raid.")).toContainEqual([
      "ACCUSE",
      "Northland",
      null,
    ]);
  });

  it("reads a past form after a preposition as an adjective, not a trigger", () => {
    const types = summary("Southland returned the money from frozen accounts to Northland.").map((e) => e[0]);
    expect(types).not.toContain("SANCTION");
  });
});

describe("events: announced intentions", () => {
  it.each([
    ["Northland will visit Southland next week.", "AGREE"],
    ["Northland is willing to withdraw its troops from Southland.", "AGREE"],
    ["Northland will strike Southland if the talks fail.", "THREATEN"],
    // an act that follows from a condition is announced, whatever the modal
    ["The League may halt its mediation between the clans if the talks fail.", "THREATEN"],
    ["Northland could lift the embargo on Southland if the raids end.", "AGREE"],
    // what is done unless the other acts is leverage over them
    ["Northland will withdraw its monitors from Southland unless the raids end.", "THREATEN"],
  ])("%s is coded %s", (text, type) => {
    expect(run(text).map((e) => e.type)).toContain(type);
  });

  it("leaves an act whose condition is in a clause of its own as done", () => {
    const types = run("The League may halt its mediation, officials said, if the talks fail.").map(
      (e) => e.type,
    );
    expect(types).toContain("SANCTION");
  });
});

describe("events: negation", () => {
  it("codes a refusal to cooperate as REJECT", () => {
    expect(summary("Northland will not accept the refugees.")).toEqual([["REJECT", "Northland", "refugees"]]);
    expect(summary("Northland and Southland failed to reach an agreement.")[0]?.[0]).toBe("REJECT");
  });

  it("codes no event for violence that did not happen", () => {
    expect(run("Northland did not attack the convoy.")).toEqual([]);
  });
});

describe("events: an abbreviated month is a date, not a participant", () => {
  it.each([
    [
      "The opposition party will boycott the elections scheduled for Oct. 10.",
      ["THREATEN", "opposition party", null],
    ],
    ["Northland signed Feb. 29 a deal with Southland.", ["AGREE", "Northland", "Southland"]],
  ])("%s", (text, expected) => {
    expect(summary(text)).toContainEqual(expected);
  });
});

describe("events: text that codes nothing", () => {
  it.each([
    "The committee must strike a balance between cost and safety.",
    "Voters were tired of the attack ads on television.",
    "The threat of rain kept the crowds small.",
    "Rovers beat United 3-1 in the league match on Saturday.",
    "The weather was mild and the market was busy.",
    "He called the meeting to order.",
    "The minister called him on Monday afternoon.",
  ])("%s", (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe("events: entities", () => {
  it("resolves an argument to the entity whose mention covers its head", () => {
    const text = "Northland attacked Southland.";
    const entities = [entity("kb:north", "Northland", text), entity("kb:south", "Southland", text)];
    const [event] = run(text, { entities });
    expect(event).toMatchObject({ type: "ASSAULT", actor: "kb:north", target: "kb:south" });
    expect(event.introduced ?? []).toEqual([]);
  });

  it("introduces a new entity for a phrase no entity covers", () => {
    const text = "Northland helicopters attacked the protesters.";
    const [event] = run(text, { entities: [entity("kb:north", "Northland", text)] });
    expect(event.actor).toBe("new:ORGANIZATION:northland helicopters");
    expect(event.target).toBe("new:PERSON:protesters");
    const actor = event.introduced?.find((e) => e.key === event.actor);
    expect(actor?.mentions[0]).toMatchObject({ text: "Northland helicopters", start: 0 });
  });

  const nation = (text: string, name: string): LocalEntity => ({
    ...entity("kb:north", name, text),
    country: "NTH",
  });

  it.each([
    ["Northland soldiers arrested the protesters.", "Northland", "actor", "new:PERSON:northland soldiers"],
    ["Northland police detained the rebels.", "Northland", "actor", "new:PERSON:northland police"],
    ["Ethnic Northlanders attacked the convoy.", "Northlanders", "actor", "new:PERSON:ethnic northlanders"],
    // as the target, the armed men of a state stand for the state they serve
    ["The rebels killed two Northland soldiers.", "Northland", "target", "kb:north"],
    // but when they are not hit, they are a participant of their own
    [
      "The rebels threatened Northland soldiers near the bridge.",
      "Northland",
      "target",
      "new:PERSON:northland soldiers",
    ],
    // without a community word a demonym is its state
    ["Northlanders attacked the convoy.", "Northlanders", "actor", "kb:north"],
  ] as const)("%s: the %s is %s", (text, name, role, key) => {
    const [event] = run(text, { entities: [nation(text, name)] });
    expect(event[role]).toBe(key);
    if (key.startsWith("new:")) {
      expect(event.introduced?.find((e) => e.key === key)?.country).toBe("NTH");
    }
  });

  it("reads another state's demonym before a people as a community, not the people's state", () => {
    const text = "Southland Northlanders blocked the road to the capital.";
    const entities = [entity("kb:south", "Southland", text), entity("kb:north", "Northlanders", text)];
    const [event] = run(text, { entities });
    expect(event.actor).toBe("new:PERSON:southland northlanders");
  });

  it("lets equipment and bases stand for the entity that owns them", () => {
    const text = "Northland warplanes bombed Southland bases.";
    const entities = [entity("kb:north", "Northland", text), entity("kb:south", "Southland", text)];
    expect(run(text, { entities })[0]).toMatchObject({ actor: "kb:north", target: "kb:south" });
  });
});

describe("events: modality and attribution", () => {
  it.each([
    ["Northland denied that its troops attacked the village.", "denied"],
    ["Northland did not confirm that its troops attacked the village.", "unconfirmed"],
    ["Southland forces reportedly attacked the rebels.", "alleged"],
    ["Northland will impose sanctions on Southland.", "planned"],
    ["The rebels claimed responsibility for the attack on the convoy.", "claimed"],
    ["Northland attacked the rebels, officials said.", "reported"],
    ["The attack on the convoy by the rebels could not be verified.", "unconfirmed"],
    ["Northland attacked the rebels.", "asserted"],
  ])("%s -> %s", (text, modality) => {
    expect(run(text).find((e) => e.type !== "REJECT")?.modality).toBe(modality);
  });

  it("takes the speaker and relays of the quote the event is stated in", () => {
    const text = "The envoy said Northland attacked the rebels.";
    const start = text.indexOf("Northland");
    const quote: LocalQuote = {
      start,
      end: text.length - 1,
      text: text.slice(start, text.length - 1),
      direct: false,
      speaker: "new:PERSON:envoy",
      speakerText: "The envoy",
      speakerRange: { start: 0, end: 9 },
      cue: "said",
      cueRange: { start: 10, end: 14 },
      via: ["kb:agency"],
      sentence: 0,
    };
    const [event] = run(text, { quotes: [quote] });
    expect(event.modality).toBe("reported");
    expect(event.attribution).toEqual(["new:PERSON:envoy", "kb:agency"]);
  });
});

describe("events: doubt cast by a later sentence", () => {
  it.each([
    ["Northland attacked the convoy. Southland has not confirmed it.", "unconfirmed"],
    ["Northland attacked the convoy. It didn't appear that Southland had confirmed it.", "unconfirmed"],
    ["Northland attacked the convoy. Northland denied it.", "denied"],
    ["Northland attacked the convoy. Southland confirmed it.", "asserted"],
    ["Northland attacked the convoy. Southland did not confirm the talks.", "asserted"],
  ])("%s -> %s", (text, modality) => {
    expect(run(text).find((e) => e.type === "ASSAULT")?.modality).toBe(modality);
  });
});

describe("events: possibilities are not events", () => {
  it.each([
    ["Northland warned of possible strikes on Southland.", false],
    ["Northland prepared for any attack by Southland.", false],
    ["The rebels may wait for possible Northland military operations.", false],
    ["Northland launched strikes on Southland.", true],
    ["Northland warned that an offensive against Southland would be a grave mistake.", false],
    ["Officials said an attack on Southland might come within days.", false],
    ["The attack on the convoy could not be verified.", true],
    ["Northland halted the offensive against Southland and it would not resume.", true],
  ])("%s -> ASSAULT coded: %s", (text, coded) => {
    expect(run(text).some((e) => e.type === "ASSAULT")).toBe(coded);
  });
});

describe("events: date, location, evidence", () => {
  it("dates the event by the sentence's time expression", () => {
    const text = "Rebels kidnapped the mayor in March 2023.";
    const start = text.indexOf("March");
    const timex: LocalTimex = {
      start,
      end: start + 10,
      text: "March 2023",
      value: "2023-03",
      precision: "month",
      sentence: 0,
    };
    expect(run(text, { timexes: [timex] })[0].date).toEqual({
      value: "2023-03",
      precision: "month",
      inferred: false,
    });
  });

  it("falls back to the publication date, marked inferred, and to null without one", () => {
    const text = "Rebels kidnapped the mayor.";
    expect(run(text)[0].date).toEqual({ value: "2025-11-03", precision: "day", inferred: true });
    expect(run(text, { published: null })[0].date).toBeNull();
  });

  it("places the event where a known place is named after in/near/at", () => {
    const text = "Rebels attacked the convoy near Eastport.";
    const entities = [entity("kb:eastport", "Eastport", text, "LOCATION")];
    expect(run(text, { entities })[0].location).toBe("kb:eastport");
  });

  it("cites the sentence, as offsets into the text", () => {
    const text = "Markets were calm. The rebels attacked the convoy. Later it rained.";
    const [event] = run(text);
    expect(event.evidence).toHaveLength(1);
    const [{ start, end }] = event.evidence;
    expect(text.slice(start, end)).toBe("The rebels attacked the convoy.");
    expect(text.slice(event.trigger.start, event.trigger.end)).toBe(event.trigger.text);
  });

  it("does not code a later mention of the same warning again", () => {
    const text = "Northland issued a warning to Southland. The warning to Southland came late.";
    expect(run(text).map((e) => [e.type, e.sentence])).toEqual([["THREATEN", 0]]);
  });

  it("codes several events of one sentence once each", () => {
    const events = run("The rebels attacked the convoy and kidnapped the drivers.");
    expect(events.map((e) => e.type)).toEqual(["ASSAULT", "ASSAULT"]);
    expect(new Set(events.map((e) => e.trigger.text)).size).toBe(2);
  });

  it("gives the intensity of the frame", () => {
    expect(run("Northland imposed sanctions on Southland.")[0].intensity).toBeLessThan(-5);
    expect(run("Northland sent humanitarian aid to Southland.")[0].intensity).toBeGreaterThan(5);
  });
});

describe("events: a place is where, not who", () => {
  it("does not take a dateline place for the subject a pronoun stands for", () => {
    const text = "PORTVALE — The rebels said they had ambushed the convoy.";
    const entities = [entity("kb:portvale", "PORTVALE", text, "LOCATION")];
    expect(summary(text, { entities })).toContainEqual(["ASSAULT", "rebels", "convoy"]);
  });

  it("does not make a city the actor of an event", () => {
    const text = "The town of Harrowgate condemned the raids on the border villages.";
    const entities = [entity("kb:harrowgate", "Harrowgate", text, "LOCATION")];
    const actors = run(text, { entities }).map((e) => e.actor);
    expect(actors).not.toContain("kb:harrowgate");
  });

  it("lets the authority of a place act", () => {
    const text = "The council of Harrowgate condemned the raids on the border villages.";
    const entities = [entity("kb:harrowgate", "Harrowgate", text, "LOCATION")];
    expect(run(text, { entities }).map((e) => e.actor)).toContain("kb:harrowgate");
  });
});

describe("events: a weapon is the means, not a party", () => {
  it("leaves the actor unknown when a bare weapon is the subject", () => {
    expect(summary("Drones struck Southland soldiers near the border.")).toContainEqual([
      "ASSAULT",
      null,
      "Southland soldiers",
    ]);
  });

  it("gives a weapon of a named state to that state", () => {
    const text = "Northland drones struck the rebels.";
    const entities = [entity("kb:northland", "Northland", text)];
    expect(summary(text, { entities })).toContainEqual(["ASSAULT", "Northland", "rebels"]);
  });

  it("does not take the weapon after 'with' for the target", () => {
    const targets = summary("The army bombed residential districts with warplanes.").map((e) => e[2]);
    expect(targets).not.toContain("warplanes");
  });

  it("reads a plural weapon noun before its verb as the subject, not as a verb", () => {
    const events = summary("Artillery shells struck the barracks of the Southland militia.");
    expect(events).toEqual([["ASSAULT", null, "Southland militia"]]);
  });
});

describe("events: the victims of a passive and the speaker of a participle", () => {
  it("reads 'N were killed and dozens wounded' as two passives, the victims as target", () => {
    const events = summary("At least nine villagers were killed and dozens wounded when gunmen opened fire.");
    const wounded = events.filter((e) => e[0] === "ASSAULT" && e[2] === "villagers");
    expect(wounded.length).toBe(2);
    expect(events.map((e) => e[1])).not.toContain("villagers");
  });

  it("gives a participle after 'X said,' the speaker as subject", () => {
    const events = summary(
      '"Our soldiers held the line," the minister said, accusing the rebels of looting.',
    );
    expect(events).toContainEqual(["ACCUSE", "minister", "rebels"]);
  });
});

describe("events: halting the fighting is a truce, not a sanction", () => {
  it.each([
    "The League urged the two armies to halt the fighting.",
    "Southland troops halted the fighting near the border.",
  ])("%s", (text) => {
    const types = summary(text).map((e) => e[0]);
    expect(types).not.toContain("SANCTION");
    expect(types).toContain("CONCEDE");
  });

  it("still reads halted talks as a break in relations", () => {
    expect(summary("Northland halted talks with Southland.")).toContainEqual([
      "SANCTION",
      "Northland",
      "Southland",
    ]);
  });
});

describe("events: a ceasefire one side declares is a concession, one agreed is an agreement", () => {
  it.each([
    [
      "The Eastland Front announced a unilateral ceasefire with the army.",
      ["CONCEDE", "Eastland Front", "army"],
    ],
    ["Northland declared a three-day truce on Friday.", ["CONCEDE", "Northland", null]],
    ["Northland and Southland agreed to an immediate ceasefire.", ["AGREE", "Northland", "Southland"]],
  ])("%s", (text, expected) => {
    expect(summary(text)).toContainEqual(expected);
  });

  it("reads a violated ceasefire as fighting, whatever words stand before it", () => {
    expect(summary("Southland militias violated a League-brokered truce dozens of times.")).toContainEqual([
      "ASSAULT",
      "Southland militias",
      null,
    ]);
  });
});

describe("events: a court charging someone or finding them guilty accuses them (PLOVER ACCUSE); a sentence coerces", () => {
  it.each([
    [
      "A Northland court convicted the Southland envoy of spying.",
      ["ACCUSE", "Northland court", "Southland envoy"],
    ],
    [
      "The rebel commander was found guilty of war crimes by a Southland tribunal.",
      ["ACCUSE", "Southland tribunal", "rebel commander"],
    ],
    [
      "A Northland court formally charged Ivo Marek with treason.",
      ["ACCUSE", "Northland court", "Ivo Marek"],
    ],
    [
      "The Southland envoy was indicted by a Northland tribunal.",
      ["ACCUSE", "Northland tribunal", "Southland envoy"],
    ],
    [
      "A Northland court found former defence minister Ivo Marek guilty of fraud.",
      ["ACCUSE", "Northland court", "Ivo Marek"],
    ],
    [
      "The commission held the Eastmark government responsible for the massacre.",
      ["ACCUSE", "commission", "Eastmark government"],
    ],
  ])("%s", (text, expected) => {
    expect(summary(text)).toContainEqual(expected);
  });

  it("still reads a prison sentence as coercion", () => {
    const types = summary("A Northland court sentenced two activists to five years in prison.").map(
      (e) => e[0],
    );
    expect(types).toContain("COERCE");
  });
});

describe("events: calling for sanctions against a party condemns it (PLOVER 111)", () => {
  it.each([
    ["Eastmark on Monday called for new sanctions on Southland.", ["ACCUSE", "Eastmark", "Southland"]],
    ["Westland urged sanctions against the Southland junta.", ["ACCUSE", "Westland", "Southland junta"]],
  ])("%s", (text, expected) => {
    expect(summary(text)).toContainEqual(expected);
  });

  it("still reads a call for talks as a request", () => {
    expect(summary("Northland called for talks with Southland.")).toContainEqual([
      "REQUEST",
      "Northland",
      "Southland",
    ]);
  });
});

describe("events: an actor noun that describes a thing names no participant", () => {
  it.each([
    [
      "Southland leaders warned that they would boycott every official meeting with Northland.",
      ["THREATEN", "Southland leaders", "Northland"],
    ],
    [
      "The rebels threatened to resume terrorist activities in Northland.",
      ["THREATEN", "rebels", "Northland"],
    ],
    ["The military said it had attacked the rebels.", ["ASSAULT", "military", "rebels"]],
    ["The army needs to withdraw from the border, Northland said.", ["RETREAT", "army", null]],
    [
      "The rebels will not lay down their arms until the government meets their terms.",
      ["REQUEST", "rebels", "government"],
    ],
  ])("%s", (text, expected) => {
    expect(summary(text)).toContainEqual(expected);
  });
});

describe("events: the owner of a noun like release or arrest undergoes it", () => {
  it.each([
    [
      "Westland said the sailors had done nothing wrong and demanded their release.",
      ["CONCEDE", null, "sailors"],
    ],
    [
      "Southland police held the reporters for a week and then announced their release.",
      ["CONCEDE", null, "reporters"],
    ],
    // an adjective between the owner and the noun keeps it a noun
    [
      "The crew had broken no law, Westland said, and it demanded their immediate release.",
      ["CONCEDE", null, "crew"],
    ],
    [
      "Southland police held the reporters for days and then ordered their unexpected release.",
      ["CONCEDE", null, "reporters"],
    ],
    // with an "of" phrase the owner is who does it
    ["Southland ordered their release of the hostages.", ["CONCEDE", "Southland", "hostages"]],
  ])("%s", (text, expected) => {
    expect(summary(text)).toContainEqual(expected);
  });
});

describe("events: a refusal until someone acts is a demand on them", () => {
  it.each([
    [
      "Northland will not lift the blockade until Southland frees the crew.",
      ["REQUEST", "Northland", "Southland"],
    ],
    [
      "The Westland rebels said they would not lay down their arms unless the government withdraws its troops.",
      ["REQUEST", "Westland rebels", "government"],
    ],
    [
      "The rebels will not return to talks until their demands are met by Southland.",
      ["REQUEST", "rebels", "Southland"],
    ],
  ])("%s", (text, expected) => {
    expect(summary(text)).toContainEqual(expected);
  });

  it("reads no demand on whoever acts in a clause that is no passive", () => {
    const events = summary("Northland will not comment until the inquiry by the police ends.");
    expect(events.filter((e) => e[0] === "REQUEST")).toEqual([]);
  });

  it("reads no demand into what happened until something else did", () => {
    const types = summary("Northland did not attack until the rebels fired first.").map((e) => e[0]);
    expect(types).not.toContain("REQUEST");
  });
});

describe("events: what one party urges another to do is the other's to do", () => {
  it("gives the acts asked of 'both sides' to the sides, not to the one asking", () => {
    const events = summary("The League urged both sides to stop fighting and allow convoys through.");
    expect(events).toContainEqual(["REQUEST", "League", "sides"]);
    const asked = events.filter((e) => e[0] !== "REQUEST");
    expect(asked.length).toBeGreaterThan(0);
    for (const e of asked) expect(e[1]).toBe("sides");
  });

  it("gives a bare verb after 'and' the subject of the infinitive before it", () => {
    const events = summary("Northland asked Southland to free the sailors and allow inspectors in.");
    const asked = events.filter((e) => e[0] === "CONCEDE");
    expect(asked.length).toBeGreaterThan(0);
    for (const e of asked) expect(e[1]).toBe("Southland");
  });

  it("still gives a finite verb after 'and' the subject of the sentence", () => {
    expect(
      summary("The League urged Southland to withdraw its troops and condemned the shelling of the port."),
    ).toContainEqual(["ACCUSE", "League", null]);
  });
});

describe("events: a time after a trigger that ends in a noun", () => {
  it.each([
    ["Southland troops remained on alert Friday along the river.", ["MOBILIZE", "Southland troops", null]],
    [
      "The Northland government declared a state of siege Monday in the east.",
      ["COERCE", "Northland government", null],
    ],
  ])("%s", (text, expected) => {
    expect(summary(text)).toContainEqual(expected);
  });
});

describe("events: a number's bound between a light verb and its noun", () => {
  it.each([
    [
      "The Southland navy carried out at least four raids on the rebels.",
      ["COERCE", "Southland navy", "rebels"],
    ],
    ["Rebels launched more than ten attacks on the garrison.", ["ASSAULT", "Rebels", "garrison"]],
  ])("%s", (text, expected) => {
    expect(summary(text)).toContainEqual(expected);
  });
});

describe("events: irregular forms of prefixed verbs", () => {
  it.each([
    ["Northland-backed militias retook the town.", ["ASSAULT", "Northland-backed militias", "town"]],
    ["Southland has withheld payments to the League.", ["SANCTION", "Southland", "League"]],
  ])("%s", (text, expected) => {
    expect(summary(text)).toContainEqual(expected);
  });
});

describe("events: ties and relations between the two parties of a subject", () => {
  it.each([
    [
      "Northland and Southland restored diplomatic ties after a decade.",
      ["COOPERATE", "Northland", "Southland"],
    ],
    ["Northland and Southland broke off relations in March.", ["SANCTION", "Northland", "Southland"]],
  ])("%s", (text, expected) => {
    expect(summary(text)).toContainEqual(expected);
  });
});

describe("events: compounds the lexicon spells with a hyphen trigger; other compounds do not", () => {
  it.each([
    [
      "Southland hackers launched cyber-attacks on Northland banks.",
      ["COERCE", "Southland hackers", "Northland banks"],
    ],
    ["Northland rejected a Southland cease-fire offer.", ["REJECT", "Northland", "Southland"]],
  ])("%s", (text, expected) => {
    expect(summary(text)).toContainEqual(expected);
  });

  it("reads no event into a compound that only holds a trigger's word", () => {
    expect(summary("Northland-brokered talks-backed envoys arrived.").map((e) => e[0])).not.toContain(
      "CONSULT",
    );
  });
});

describe("events: opening borders to people lets them in", () => {
  it("reads 'opened its borders to' as a concession", () => {
    expect(summary("Southland opened its borders to refugees from Northland.")).toContainEqual([
      "CONCEDE",
      "Southland",
      "refugees from Northland",
    ]);
  });
});

describe("events: welcoming a decision praises it; giving a welcome hosts", () => {
  it.each([
    ["Northland welcomed the League's decision to send monitors.", ["SUPPORT", "Northland", "League"]],
    ["The minister gave a warm welcome to the Southland envoy.", ["CONSULT", "minister", "Southland envoy"]],
  ])("%s", (text, expected) => {
    expect(summary(text)).toContainEqual(expected);
  });
});

describe("events: the one named between a light verb of giving and its noun receives it", () => {
  it.each([
    ["The Council sent Northland a final warning.", ["THREATEN", "Council", "Northland"]],
    ["Southland gave Northland technical assistance last year.", ["AID", "Southland", "Northland"]],
    [
      "The Council gave the Eastland Republic two million dollars of aid.",
      ["AID", "Council", "Eastland Republic"],
    ],
  ])("%s", (text, expected) => {
    expect(summary(text)).toContainEqual(expected);
  });
});

describe("events: the subject of a verb past nouns and numbers", () => {
  it.each([
    [
      "Southland militants angered by the screening of films of the Northland president stormed the embassy.",
      ["COERCE", "Southland militants", "embassy"],
    ],
    ["Northland sent 200 troops to the border to help protect the convoys.", ["AID", "Northland", null]],
    [
      "Southland mobilized supporters abroad to help support the Eastland rebels.",
      ["SUPPORT", "Southland", "Eastland rebels"],
    ],
  ])("%s", (text, expected) => {
    expect(summary(text)).toContainEqual(expected);
  });
});

describe("events: names of new entities", () => {
  it("keeps brackets against the acronym they hold", () => {
    expect(summary("The Eastland Trade Cooperation (ETC) forum condemned Northland.")).toContainEqual([
      "ACCUSE",
      "Eastland Trade Cooperation (ETC) forum",
      "Northland",
    ]);
  });

  const mentionsOf = (text: string) =>
    run(text).flatMap((e) => (e.introduced ?? []).map((x) => [x.name, x.mentions.map((m) => m.text)]));

  it.each([
    [
      "Westland gunmen killed six Northland Army soldiers in an ambush.",
      "Northland Army soldiers",
      "six Northland Army soldiers",
    ],
    ["Northland forces shelled several villages.", "villages", "several villages"],
    ["Northland police arrested about 550 protesters.", "protesters", "about 550 protesters"],
  ])("keeps the count in the mention of %s, not in the name", (text, name, mention) => {
    expect(mentionsOf(text)).toContainEqual([name, [mention]]);
  });

  it("ties a description to the body named after 'at'", () => {
    expect(summary("The police dispersed students at Harwick University on Friday.")).toContainEqual([
      "COERCE",
      "police",
      "students at Harwick University",
    ]);
  });

  it("takes no count from the sentence before", () => {
    expect(mentionsOf("The war began in 2019. Villagers attacked the convoy.")).toContainEqual([
      "Villagers",
      ["Villagers"],
    ]);
  });
});

describe("events: a form in -s between a name and a determiner is a verb", () => {
  it.each([
    "The Northland envoy welcomes the truce.",
    "Minister for the Eastland Region welcomes the truce.",
  ])("%s", (text) => {
    const types = summary(text).map((e) => e[0]);
    expect(types).toContain("SUPPORT");
    expect(types).not.toContain("CONSULT");
  });
});

describe("events: the subject of an infinitive may complete a noun", () => {
  it("gives 'the start of X to V' X as the subject of V", () => {
    expect(summary("He commented on the start of the Southland mission to retake the town.")).toContainEqual([
      "ASSAULT",
      "Southland mission",
      "town",
    ]);
  });
});

describe("events: returning something is a concession; returning somewhere is not an event", () => {
  it("reads 'returned X to Y' as handing X back to Y", () => {
    expect(summary("Northland returned the seized fishing boats to Southland.")).toContainEqual([
      "CONCEDE",
      "Northland",
      "Southland",
    ]);
  });

  it.each(["The Northland delegation returned to the capital on Friday.", "The envoy returned home."])(
    "%s",
    (text) => {
      expect(summary(text).map((e) => e[0])).not.toContain("CONCEDE");
    },
  );

  it("reads 'returned fire' as fighting", () => {
    expect(summary("Southland troops returned fire.").map((e) => e[0])).toContain("ASSAULT");
  });
});

describe("events: the agent of a passive after a modifier", () => {
  it("finds 'by prison guards'", () => {
    expect(summary("Two activists were tortured by prison guards in the capital.")).toContainEqual([
      "ASSAULT",
      "guards",
      "activists",
    ]);
  });
});

describe("events: a place named before its kind is the place", () => {
  it("reads 'Eastmark province' as Eastmark, 'Northland towns' as the towns", () => {
    const text = "Southland eased the curfew in Eastmark province and shelled Northland towns.";
    const entities = [
      entity("kb:eastmark", "Eastmark", text, "LOCATION"),
      { ...entity("kb:north", "Northland", text), name: "Northlandia" },
    ];
    const events = run(text, { entities });
    expect(events.find((e) => e.type === "CONCEDE")?.target).toBe("kb:eastmark");
    expect(events.find((e) => e.type === "ASSAULT")?.target).not.toBe("kb:north");
  });
});

describe("events: 'both sides' and 'the two countries' stand for the pair named before", () => {
  it("takes the pair from the same sentence", () => {
    const text = "Northland and Southland signed a pact under which the two countries will hold talks.";
    const entities = [entity("kb:north", "Northland", text), entity("kb:south", "Southland", text)];
    const events = run(text, { entities });
    // the talks to come code as an intent: the two countries are Northland with Southland
    const talks = events.find((e) => e.modality === "planned");
    expect(talks).toMatchObject({ actor: "kb:north", target: "kb:south" });
  });

  it("takes the pair from the sentence before, and reads 'each other' as the other one", () => {
    const text =
      "Northland and Southland exchanged fire overnight. Both sides accused each other of breaking the truce.";
    const entities = [entity("kb:north", "Northland", text), entity("kb:south", "Southland", text)];
    const accusation = run(text, { entities }).find((e) => e.type === "ACCUSE");
    expect(accusation).toMatchObject({ actor: "kb:north", target: "kb:south" });
  });

  it("leaves 'both sides' alone when no pair was named", () => {
    expect(summary("The Council urged both sides to resume talks.")).toContainEqual([
      "REQUEST",
      "Council",
      "sides",
    ]);
  });
});

describe("events: what is fired stands between the verb and its aim", () => {
  it("reads 'fired X at Y' as an attack on Y", () => {
    expect(summary("Soldiers fired live rounds and stun grenades at the protesters.")).toContainEqual([
      "ASSAULT",
      "Soldiers",
      "protesters",
    ]);
  });
});

describe("events: the participants a pronoun may stand for", () => {
  it("does not take a subject inside a quote for the speaker a pronoun names", () => {
    const events = summary('"Our soldiers held the line," he said, accusing the rebels of looting.');
    expect(events.map((e) => e[1])).not.toContain("soldiers");
  });

  it.each([
    [
      "The rebels captured two Northland soldiers and killed them.",
      ["ASSAULT", "rebels", "Northland soldiers"],
    ],
    [
      "A Northland court convicted two Southland executives and sentenced them to prison.",
      ["COERCE", "Northland court", "Southland executives"],
    ],
    [
      "The League envoy met the Westland rebels and urged them to disarm.",
      ["RETREAT", "Westland rebels", null],
    ],
  ])("takes the participant named last for the object pronoun of %s", (text, expected) => {
    expect(summary(text)).toContainEqual(expected);
  });

  it("takes the members of a group for the group a pronoun names", () => {
    expect(
      summary(
        "A group of Eastmark elders announced that they are willing to forgive the Northland president.",
      ),
    ).toContainEqual(["AGREE", "Eastmark elders", "Northland president"]);
  });
});

describe("events: an adjective after an article opens a noun phrase", () => {
  it("reads 'a large-scale attack by X' as X's attack", () => {
    const events = summary("The army said it had repelled a full-scale attack by the rebels on the airport.");
    expect(events).toContainEqual(["ASSAULT", "rebels", null]);
    expect(events.map((e) => e[1])).not.toContain("army");
  });
});

describe("events: the people, craft and kind of a body stand for it", () => {
  const body = (text: string, name: string, type: LocalEntity["type"]) => entity("kb:body", name, text, type);

  it.each([
    [
      "Harbour League officials suspended fuel deliveries to the port.",
      "Harbour League",
      "ORGANIZATION",
      "actor",
    ],
    ["Coastal Union foreign ministers agreed to send grain to the islands.", "Coastal Union", "IGO", "actor"],
    [
      "Militia gunmen fired on Pine Relief helicopters near the pass.",
      "Pine Relief",
      "ORGANIZATION",
      "target",
    ],
    // a body named with its kind
    ["Westland imposed sanctions on the Red Dune armed faction.", "Red Dune", "ARMED_GROUP", "target"],
  ] as const)("%s: the %s is the body", (text, name, type, role) => {
    const [event] = run(text, { entities: [body(text, name, type)] });
    expect(event[role]).toBe("kb:body");
  });

  it("leaves a state's people to the entities stage, and a body's members to themselves", () => {
    const text = "Northland officials rejected the plan.";
    const [event] = run(text, { entities: [entity("kb:north", "Northland", text)] });
    expect(event.actor).toBe("new:PERSON:northland officials");
    const members = "Harbour League members rejected the plan.";
    const [vote] = run(members, { entities: [body(members, "Harbour League", "ORGANIZATION")] });
    expect(vote.actor).not.toBe("kb:body");
  });
});

describe("events: a withdrawal moves the mover's own forces", () => {
  it.each([
    // who completes or speeds up a withdrawal carries it out
    [
      "Westland speeded up the withdrawal of its soldiers from Eastmark.",
      ["RETREAT", "Westland", "Eastmark"],
    ],
    [
      "Westland completed the pullout of some border forces from Southland.",
      ["RETREAT", "Westland", "Southland"],
    ],
    ["Westland began the withdrawal of 900 troops from Southland.", ["RETREAT", "Westland", "Southland"]],
  ])("%s", (text, expected) => {
    expect(summary(text)).toContainEqual(expected);
  });
});

describe("events: an accusation is aimed at who did the wrong it names", () => {
  it.each([
    [
      "Westland police opened an inquiry into alleged abuses committed by Northland guards against Eastmark prisoners.",
      ["ACCUSE", "Westland police", "Northland guards"],
    ],
    [
      "The court launched an investigation into killings carried out by the militia in the north.",
      ["ACCUSE", "court", "militia"],
    ],
  ])("%s", (text, expected) => {
    expect(summary(text)).toContainEqual(expected);
  });
});

describe("events: what the subject undergoes after 'under'", () => {
  it.each([
    ["The garrison came under attack from the rebels.", ["ASSAULT", "rebels", "garrison"]],
    ["The activists were placed under arrest by the police.", ["COERCE", "police", "activists"]],
    [
      "Westland cancelled a visit to Eastmark under pressure from the opposition.",
      ["COERCE", "opposition", "Westland"],
    ],
  ])("%s", (text, expected) => {
    expect(summary(text)).toContainEqual(expected);
  });
});

describe("events: an act only a state does, told with no agent, is the country's where it happens", () => {
  it.each([
    ["A Westland engineer was arrested in Kestria for spying.", "COERCE"],
    ["A Westland banker has been put under investigation in Kestria.", "ACCUSE"],
  ])("%s", (text, type) => {
    const entities = [entity("kb:kes", "Kestria", text)];
    expect(run(text, { entities })).toContainEqual(expect.objectContaining({ type, actor: "kb:kes" }));
  });

  it("leaves a killing in a country to no one", () => {
    const text = "Two Westland engineers were killed in Kestria on Monday.";
    const [event] = run(text, { entities: [entity("kb:kes", "Kestria", text)] });
    expect(event).toMatchObject({ type: "ASSAULT", actor: null });
  });
});

describe("events: a force a party withdraws is its own", () => {
  it("aims the withdrawal of a party's force at the place it leaves", () => {
    expect(summary("Northland will withdraw its peacekeeping force from Eastmark.")).toContainEqual([
      "AGREE",
      "Northland",
      "Eastmark",
    ]);
  });
});

describe("events: who a request, a threat or an accusation comes from is its author", () => {
  it.each([
    ["Westland turned down a request from the opposition.", ["REQUEST", "opposition", "Westland"]],
    ["Eastmark ignored repeated threats from Westland.", ["THREATEN", "Westland", "Eastmark"]],
    ["The minister dismissed accusations from the opposition.", ["ACCUSE", "opposition", "minister"]],
  ])("%s", (text, expected) => {
    expect(summary(text)).toContainEqual(expected);
  });
});

describe("events: an auxiliary opening a question or an inverted condition is no participant", () => {
  it.each([
    ["Had he acted sooner, he would have faced criticism from the opposition.", "Had"],
    ["Would he have attacked Eastmark?", "Would"],
    ["Should she resign, Westland will protest.", "Should"],
  ])("%s", (text, auxiliary) => {
    expect(summary(text).flat()).not.toContain(auxiliary);
  });
});

describe("events: a list of modifiers keeps its noun with its light verb", () => {
  it("passes a comma list of the noun's modifiers back to its light verb", () => {
    expect(summary("The militia carried out mortar, sniper, and drone attacks on Harwick.")).toContainEqual([
      "ASSAULT",
      "militia",
      "Harwick",
    ]);
  });
});
