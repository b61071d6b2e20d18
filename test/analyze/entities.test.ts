import { describe, expect, it } from "vitest";
import { recognizeEntities } from "../../src/analyze/entities.js";
import { segment } from "../../src/analyze/segment.js";
import type { LocalEntity } from "../../src/analyze/types.js";
import { loadKnowledge } from "../../src/knowledge/index.js";

// Fixtures are written for these tests: fictional people and groups, real states and bodies.
const kb = loadKnowledge();

function entitiesOf(text: string): LocalEntity[] {
  return recognizeEntities(text, segment(text), kb);
}

/** By knowledge-base key ("kb:irq") or, for an entity the knowledge base does not list, by name. */
function find(entities: LocalEntity[], keyOrName: string): LocalEntity | undefined {
  return entities.find((e) => e.key === keyOrName || (e.key.startsWith("new:") && e.name === keyOrName));
}

describe("recognizeEntities: what a text names", () => {
  const cases: {
    text: string;
    key: string;
    type: string;
    mentions: string[];
    country?: string | null;
    role?: string | null;
  }[] = [
    {
      text: "Washington warned Baghdad on Monday.",
      key: "kb:usa",
      type: "COUNTRY",
      mentions: ["Washington"],
    },
    { text: "Washington warned Baghdad on Monday.", key: "kb:irq", type: "COUNTRY", mentions: ["Baghdad"] },
    {
      text: "Pressure grew on the Iraqi government.",
      key: "kb:irq",
      type: "COUNTRY",
      mentions: ["Iraqi government"],
    },
    { text: "The U.S. and the UN disagreed.", key: "kb:un", type: "IGO", mentions: ["UN"] },
    { text: "The U.S. and the UN disagreed.", key: "kb:usa", type: "COUNTRY", mentions: ["U.S"] },
    {
      text: "Analysts say Kata'ib Hezbollah and Kataeb Hezbollah are one group.",
      key: "kb:kataib-hezbollah",
      type: "ARMED_GROUP",
      mentions: ["Kata'ib Hezbollah", "Kataeb Hezbollah"],
    },
    {
      text: "Jordanian Foreign Minister Lena Marouf arrived late. Marouf said little.",
      key: "Lena Marouf",
      type: "PERSON",
      mentions: ["Jordanian Foreign Minister Lena Marouf", "Marouf"],
      country: "JOR",
      role: "Foreign Minister",
    },
    {
      text: "A statement came from Dr. Samir Okonjo, a historian.",
      key: "Samir Okonjo",
      type: "PERSON",
      mentions: ["Dr. Samir Okonjo"],
      role: null,
    },
    {
      text: "The Northern Valley Liberation Front (NVLF) claimed the attack, and NVLF fighters withdrew.",
      key: "Northern Valley Liberation Front",
      type: "ARMED_GROUP",
      mentions: ["Northern Valley Liberation Front", "NVLF", "NVLF"],
    },
    {
      text: "The story ran in the daily Morning Ledger on Friday.",
      key: "Morning Ledger",
      type: "MEDIA",
      mentions: ["Morning Ledger"],
    },
    {
      text: "He spoke to Harbor Point TV about it.",
      key: "Harbor Point TV",
      type: "MEDIA",
      mentions: ["Harbor Point TV"],
    },
    {
      text: "The strike will go on, union spokeswoman Lena Ortiz told reporters.",
      key: "Lena Ortiz",
      type: "PERSON",
      mentions: ["Lena Ortiz"],
      role: "spokeswoman",
    },
    {
      text: "The alliance's secretary general Tomas Brandt Olsen arrived late.",
      key: "Tomas Brandt Olsen",
      type: "PERSON",
      mentions: ["Tomas Brandt Olsen"],
      role: "secretary general",
    },
    {
      text: "Home Minister Arjun Mehra denied the report.",
      key: "Arjun Mehra",
      type: "PERSON",
      mentions: ["Home Minister Arjun Mehra"],
      role: "Home Minister",
    },
    {
      text: "Anchors at Tidewater News Network read the statement.",
      key: "Tidewater News Network",
      type: "MEDIA",
      mentions: ["Tidewater News Network"],
    },
    {
      text: "The Valley Medics Network counted the wounded.",
      key: "Valley Medics Network",
      type: "ORGANIZATION",
      mentions: ["Valley Medics Network"],
    },
    {
      text: "A delegation visited the Center for Coastal Studies last week.",
      key: "Center for Coastal Studies",
      type: "ORGANIZATION",
      mentions: ["Center for Coastal Studies"],
    },
    {
      text: "Fighting resumed near Qalat Zawiya overnight.",
      key: "Qalat Zawiya",
      type: "LOCATION",
      mentions: ["Qalat Zawiya"],
    },
    {
      text: "The Golan Heights stayed quiet.",
      key: "kb:golan-heights",
      type: "LOCATION",
      mentions: ["Golan Heights"],
    },
    {
      text: "Fighting resumed near Kafr Saadeh, Lebanon, at dawn.",
      key: "Kafr Saadeh, Lebanon",
      type: "LOCATION",
      mentions: ["Kafr Saadeh, Lebanon"],
      country: "LBN",
    },
    {
      text: "The convoy was hit in Kafr Velma, northern Syria, on Monday.",
      key: "Kafr Velma, northern Syria",
      type: "LOCATION",
      mentions: ["Kafr Velma, northern Syria"],
      country: "SYR",
    },
    {
      text: "A sergeant from Elmwood, Ohio, was hurt.",
      key: "Elmwood, Ohio",
      type: "LOCATION",
      mentions: ["Elmwood, Ohio"],
      country: "USA",
    },
    {
      text: "Strikes hit targets near Qalat Zawiya, Tell Rumman and Beit Sahur.",
      key: "Tell Rumman",
      type: "LOCATION",
      mentions: ["Tell Rumman"],
    },
    {
      text: "The Assad regime denied it.",
      key: "Assad regime",
      type: "ORGANIZATION",
      mentions: ["Assad regime"],
      country: "SYR",
    },
    {
      text: "A spokesman, Navy Capt. Ellis Varga, declined to comment.",
      key: "Ellis Varga",
      type: "PERSON",
      mentions: ["Navy Capt. Ellis Varga"],
    },
    { text: "Officers of the JTFQ arrived.", key: "JTFQ", type: "ORGANIZATION", mentions: ["JTFQ"] },
    {
      text: "Ministers met the Council on Friday, and the Council agreed.",
      key: "Council",
      type: "ORGANIZATION",
      mentions: ["Council", "Council"],
    },
  ];
  it.each(cases)("$text -> $key", ({ text, key, type, mentions, country, role }) => {
    const entities = entitiesOf(text);
    const e = find(entities, key);
    expect(e, JSON.stringify(entities.map((x) => x.key))).toBeDefined();
    expect(e?.type).toBe(type);
    expect(e?.mentions.filter((m) => m.kind !== "role").map((m) => m.text)).toEqual(mentions);
    if (country !== undefined) expect(e?.country).toBe(country);
    if (role !== undefined) expect(e?.role).toBe(role);
  });
});

describe("recognizeEntities: collective armed actors", () => {
  it("joins the descriptors of one country's armed factions into one entity", () => {
    const text =
      "Iran-backed militias in Iraq fired rockets at a base. The militias later denied it, while Iraqi armed factions stayed silent.";
    const entities = entitiesOf(text);
    const collective = entities.filter((e) => e.type === "ARMED_GROUP");
    expect(collective).toHaveLength(1);
    expect(collective[0].country).toBe("IRQ");
    expect(collective[0].mentions.map((m) => m.text)).toEqual([
      "Iran-backed militias",
      "militias",
      "Iraqi armed factions",
    ]);
    expect(find(entities, "kb:irn")).toBeUndefined(); // the sponsor is inside the descriptor
  });

  it("keeps factions of two countries apart", () => {
    const text = "Lebanese armed factions and Syrian armed factions met.";
    const keys = entitiesOf(text)
      .filter((e) => e.type === "ARMED_GROUP")
      .map((e) => e.country);
    expect(keys.sort()).toEqual(["LBN", "SYR"]);
  });
});

describe("recognizeEntities: groups of a body's people", () => {
  const groups = (text: string) =>
    entitiesOf(text)
      .filter((e) => e.mentions.some((m) => m.kind === "description") && e.type === "ORGANIZATION")
      .map((e) => e.name);

  it("names a body's people in the plural as a group of their own", () => {
    expect(groups("Harbor Command officers spoke with EU leaders and the Council senior advisers.")).toEqual([
      "Harbor Command officers",
      "EU leaders",
      "Council senior advisers",
    ]);
  });

  it("leaves a body's own kind and an armed group's agents to the body", () => {
    const text =
      "Coalition forces and fighters of the Velmoran Liberation Front met Velmoran Liberation Front fighters.";
    expect(groups(text)).toEqual([]);
  });

  it("leaves a group after another lower-case word to the quote and event stages", () => {
    expect(groups("The rules bind new EU members.")).toEqual([]);
  });

  it("does not take a noun modifier or a conjunction for a group", () => {
    expect(groups("The EU leaders summit opened, and the EU and representatives of Chad met.")).toEqual([]);
  });
});

describe("recognizeEntities: role mentions", () => {
  it.each([
    ["The envoy Tomas Verhoeven Thursday rejected the offer.", "Tomas Verhoeven"],
    ["Talks stalled after President Lina Okafor Tuesday vetoed the bill.", "Lina Okafor"],
  ])("does not end a name with the weekday after it: %s", (text, name) => {
    expect(entitiesOf(text).map((e) => e.name)).toContain(name);
  });

  it("links 'the minister' to the minister named before", () => {
    const text = "Interior Minister Omar Haddadin visited the border. The minister promised more patrols.";
    const person = entitiesOf(text).find((e) => e.type === "PERSON");
    expect(person?.mentions.map((m) => [m.text, m.kind])).toEqual([
      ["Interior Minister Omar Haddadin", "name"],
      ["The minister", "role"],
    ]);
  });

  it("links a role to the name in apposition after it", () => {
    const text = "He phoned his Jordanian counterpart, Interior Minister Omar Haddadin, on Sunday.";
    const person = entitiesOf(text).find((e) => e.type === "PERSON");
    expect(person?.mentions.map((m) => [m.text, m.kind])).toEqual([
      ["his Jordanian counterpart", "role"],
      ["Interior Minister Omar Haddadin", "name"],
    ]);
  });

  it("links 'the newspaper' to the outlet named before", () => {
    const text = "The weekly Desert Courier reported the raid. The newspaper cited two witnesses.";
    const media = entitiesOf(text).find((e) => e.type === "MEDIA");
    expect(media?.mentions.map((m) => m.kind)).toEqual(["name", "role"]);
  });
});

describe("recognizeEntities: text that names nothing", () => {
  const negatives = [
    "On Monday, officials met in March and again in May.",
    "Who said what, and why, remains unclear.",
    "They told us nothing new.",
    "The minister spoke briefly.",
    "Several people gathered. Many left early.",
    "Photo by Sami Haddad/Example Wire.",
    "The Prime Minister and the Chief of Staff were briefed.",
    "Armed factions clashed somewhere.",
    "The releases use Greenwich Mean Time.",
    "The Minister for the Middle East spoke, as did the Special Envoy for Syria.",
  ];
  it.each(negatives)("%s", (text) => {
    expect(entitiesOf(text).map((e) => e.key)).toEqual([]);
  });

  it("reads 'Iraqi military officials' as Iraq, not as the Iraqi armed forces", () => {
    const keys = entitiesOf("Iraqi military officials joined the call.").map((e) => e.key);
    expect(keys).toEqual(["kb:irq"]);
  });

  it("still reads a descriptive alias before a conjunction or a verb", () => {
    const keys = entitiesOf("Talks with the Jewish state stalled while the Iraqi army waited.").map(
      (e) => e.key,
    );
    expect(keys).toEqual(["kb:isr", "kb:iraqi-security-forces"]);
  });

  it("does not read a list of countries as one place", () => {
    expect(entitiesOf("Envoys from Iraq, Syria and Jordan met.").map((e) => e.key)).toEqual([
      "kb:irq",
      "kb:syr",
      "kb:jor",
    ]);
    expect(entitiesOf("Envoys from Iraq, Syria, Jordan came.").map((e) => e.key)).toEqual([
      "kb:irq",
      "kb:syr",
      "kb:jor",
    ]);
  });

  it("ends a place at the comma before the next clause", () => {
    const e = entitiesOf("A raid hit a depot near Kafr Saadeh, Syria, an official said.").find(
      (x) => x.type === "LOCATION",
    );
    expect(e?.mentions.map((m) => m.text)).toEqual(["Kafr Saadeh, Syria"]);
  });

  it("does not take an all-capital abbreviation of a unit for an organisation", () => {
    expect(entitiesOf("The plant produces 40 MW at 10 GMT.")).toEqual([]);
  });

  it("does not take 'Saudi-owned' or 'London-based' for an actor", () => {
    expect(entitiesOf("A London-based and Saudi-owned outlet ran it.")).toEqual([]);
  });
});

describe("recognizeEntities: capitals", () => {
  const cases: { text: string; key: string; type: string; mentions: string[] }[] = [
    {
      text: "Talks were held in Baghdad on Monday.",
      key: "Baghdad",
      type: "LOCATION",
      mentions: ["Baghdad"],
    },
    {
      text: "BAGHDAD — Talks resumed in Baghdad.",
      key: "Baghdad",
      type: "LOCATION",
      mentions: ["BAGHDAD", "Baghdad"],
    },
    {
      text: "Shelling hit the outskirts of Damascus. Aid reached Damascus later.",
      key: "kb:syr",
      type: "COUNTRY",
      mentions: ["Damascus", "Damascus"],
    },
    {
      text: "Baghdad rejected the plan. Envoys in Baghdad said so.",
      key: "kb:irq",
      type: "COUNTRY",
      mentions: ["Baghdad", "Baghdad"],
    },
    {
      text: "A bomb went off in Shorja, Baghdad.",
      key: "Baghdad",
      type: "LOCATION",
      mentions: ["Baghdad"],
    },
    {
      text: "The envoy will travel to Amman after the 2011 Amman protests were recalled.",
      key: "Amman",
      type: "LOCATION",
      mentions: ["Amman", "Amman"],
    },
    {
      text: "Talks in Amman were cut short. Students of Amman Technical University said so.",
      key: "Amman",
      type: "LOCATION",
      mentions: ["Amman"],
    },
    {
      text: "Washington, Moscow and Beijing condemned the raid.",
      key: "kb:rus",
      type: "COUNTRY",
      mentions: ["Moscow"],
    },
  ];
  it.each(cases)("$text -> $key", ({ text, key, type, mentions }) => {
    const e = find(entitiesOf(text), key);
    expect(e?.type).toBe(type);
    expect(e?.mentions.map((m) => m.text)).toEqual(mentions);
  });

  it("gives a capital named as a place its country", () => {
    expect(find(entitiesOf("Talks were held near Amman."), "Amman")?.country).toBe("JOR");
  });
});

describe("recognizeEntities: how a listed form names its actor", () => {
  it("reads a descriptive alias as an adjective before a noun, a proper name never", () => {
    const e = find(
      entitiesOf("By dawn Islamic State of Iraq and the Levant gunmen had withdrawn."),
      "kb:isis",
    );
    expect(e?.mentions.map((m) => m.text)).toEqual(["Islamic State of Iraq and the Levant"]);
  });

  it("calls 'the Iraqi government' an alias of the state and a bare 'Iraqi' a demonym", () => {
    const kinds = (text: string) => find(entitiesOf(text), "kb:irq")?.mentions.map((m) => m.kind);
    expect(kinds("The Iraqi government agreed.")).toEqual(["alias"]);
    expect(kinds("Iraqi officials agreed.")).toEqual(["demonym"]);
  });

  it("finds a listed form with a possessive inside it, not the shorter form within it", () => {
    const entities = entitiesOf("The Democratic People's Republic of Korea tested a rocket.");
    expect(find(entities, "kb:prk")?.mentions.map((m) => m.text)).toEqual([
      "Democratic People's Republic of Korea",
    ]);
    expect(find(entities, "kb:kor")).toBeUndefined();
  });
});

describe("recognizeEntities: spans", () => {
  it("every mention's text is the article text at its offsets", () => {
    const text =
      "Iraq’s Popular Mobilization Forces (PMF) met U.S. envoys.\nIsraeli Foreign Minister\u00a0Gideon Sa’ar’s letter reached the U.N. Security Council.";
    const entities = entitiesOf(text);
    expect(entities.length).toBeGreaterThan(3);
    for (const e of entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(find(entities, "kb:pmf")?.mentions.map((m) => m.text)).toEqual([
      "Popular Mobilization Forces",
      "PMF",
    ]);
  });
});

describe("recognizeEntities: names by shape and context", () => {
  const named = (text: string) =>
    entitiesOf(text).map((e) => [e.type, e.mentions.filter((m) => m.kind !== "role").map((m) => m.text)]);

  it("takes a quoted nickname into a person's name", () => {
    expect(named("The inquiry was led by Brig. Gen. Tomas “Red” Velder.")).toContainEqual([
      "PERSON",
      ["Brig. Gen. Tomas “Red” Velder"],
    ]);
  });

  it("reads a sentence with lower-case words other than a headline's as running text", () => {
    expect(named("Her deputy is Major General Orhan, and his aide is Colonel Sefa Dunar.")).toEqual(
      expect.arrayContaining([
        ["PERSON", ["Major General Orhan"]],
        ["PERSON", ["Colonel Sefa Dunar"]],
      ]),
    );
  });

  it("names an administrative area after a place as a place of its own", () => {
    const found = entitiesOf("Shelling hit Syria's Idlib province and the Velmar district on Monday.");
    expect(find(found, "Idlib province")).toMatchObject({ type: "LOCATION", country: "SYR" });
    expect(find(found, "Velmar district")?.type).toBe("LOCATION");
  });

  it("takes an organisation's head standing alone mid-sentence for an organisation", () => {
    expect(named("The drone was shot down by the Air Force before dawn.")).toContainEqual([
      "ORGANIZATION",
      ["Air Force"],
    ]);
  });

  it("takes a name with a lower-case particle for a person, unless a place cue comes first", () => {
    const found = entitiesOf(
      "The council chose Yaran al-Dufair over the others. Fighting reached Tel al-Sahra.",
    );
    expect(find(found, "Yaran al-Dufair")?.type).toBe("PERSON");
    expect(find(found, "Tel al-Sahra")?.type).toBe("LOCATION");
  });

  it("keeps a descriptive alias before a possessive as the body it names", () => {
    const idf = find(entitiesOf("Officers of the Israeli army's southern command met reporters."), "kb:idf");
    expect(idf?.mentions.map((m) => m.text)).toEqual(["Israeli army"]);
  });

  it("puts a capital qualifying a noun as a place", () => {
    const found = entitiesOf("Envoys gathered for the Paris meeting and talked in Paris.");
    expect(find(found, "Paris")?.type).toBe("LOCATION");
  });

  it("reads 'at' and 'as' between names as English words unless hyphened to the next", () => {
    const found = entitiesOf(
      "Leaders met for the Harbor Summit at Velmora. Shelling hit a village near Qasr at-Tilal.",
    );
    expect(find(found, "Velmora")?.type).toBe("LOCATION");
    expect(find(found, "Qasr at-Tilal")?.type).toBe("LOCATION");
  });

  it("takes an ordinal before an unlisted acronym for a numbered unit", () => {
    expect(named("Tankers of the 212th ARW took off at dawn.")).toContainEqual([
      "ORGANIZATION",
      ["212th ARW"],
    ]);
  });

  it("takes a lower-case particle hyphened to a name into the name", () => {
    expect(named("Fighters of the al-Sarim Brigades withdrew.")).toContainEqual([
      "ARMED_GROUP",
      ["al-Sarim Brigades"],
    ]);
  });

  it("names a state's generic body with the state's possessive before it", () => {
    const found = entitiesOf(
      "The task falls to Jordan's Armed Forces, and Iraq's Popular Mobilization Forces wait.",
    );
    expect(find(found, "Jordan's Armed Forces")).toMatchObject({ type: "ORGANIZATION", country: "JOR" });
    expect(find(found, "kb:pmf")?.mentions.map((m) => m.text)).toEqual(["Popular Mobilization Forces"]);
  });

  it("reads past an invisible format character between a title and a name", () => {
    const found = entitiesOf("Jordanian Interior Minister\u200e Lena Marouf spoke.");
    expect(find(found, "Lena Marouf")).toMatchObject({ country: "JOR", role: "Interior Minister" });
  });

  it("names a region by a direction before a place, unless the region only locates the next name", () => {
    const found = entitiesOf(
      "Drones struck southeastern Jordan and eastern Aleppo. A channel in northern Syria's Velmar Valley said so.",
    );
    expect(find(found, "southeastern Jordan")).toMatchObject({ type: "LOCATION", country: "JOR" });
    expect(find(found, "eastern Aleppo")?.type).toBe("LOCATION");
    expect(find(found, "northern Syria")).toBeUndefined();
  });

  it("reads a name after 'the towns of' as a place", () => {
    expect(named("Shells fell on the towns of Velmora and Kesh.")).toContainEqual(["LOCATION", ["Velmora"]]);
  });

  it("does not take a transcript's QUESTION or ANSWER for an organisation", () => {
    expect(entitiesOf("QUESTION: Will talks resume? ANSWER: They will.")).toEqual([]);
  });

  it("takes a named mosque, museum, gate or barrage for a place", () => {
    const found = named(
      "Crowds left the Velmar Mosque for the Kesh Museum, the Sarin Gate and the Tallis Barrage.",
    );
    for (const name of ["Velmar Mosque", "Kesh Museum", "Sarin Gate", "Tallis Barrage"])
      expect(found).toContainEqual(["LOCATION", [name]]);
  });

  it("takes a company by its legal suffix, even after 'at'", () => {
    expect(named("Analysts at Harbor Ltd said so.")).toContainEqual(["ORGANIZATION", ["Harbor Ltd"]]);
  });

  it("takes a battery for a military unit", () => {
    expect(named("He served in Kestrel Battery for two years.")).toContainEqual([
      "ORGANIZATION",
      ["Kestrel Battery"],
    ]);
  });
});
