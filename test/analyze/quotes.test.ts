import { describe, expect, it } from "vitest";
import { extractQuotes, type QuoteKnowledge } from "../../src/analyze/quotes.js";
import { segment } from "../../src/analyze/segment.js";
import type { LocalEntity, LocalQuote } from "../../src/analyze/types.js";
import { loadCues } from "../../src/knowledge/cues.js";
import { defaultKnowledgeDir } from "../../src/knowledge/load.js";

const kb: QuoteKnowledge = { cues: loadCues(defaultKnowledgeDir()), outlets: { byName: () => null } };

function quotesOf(text: string, entities: LocalEntity[] = []): LocalQuote[] {
  return extractQuotes(text, segment(text), entities, kb);
}

/** The speaker's name as the quote carries it: the introduced entity's, or the key. */
function speakerName(q: LocalQuote, all: readonly LocalQuote[]): string | null {
  if (!q.speaker) return null;
  const introduced = all.flatMap((x) => x.introduced ?? []).find((e) => e.key === q.speaker);
  return introduced?.name ?? q.speaker;
}

interface Case {
  name: string;
  text: string;
  /** Expected [quote text, speaker name, cue] in order; [] when nothing is a quote. */
  quotes: [string, string | null, string | null][];
}

const CASES: Case[] = [
  {
    name: "direct quotation, speaker after",
    text: "“We will not accept these terms,” Maria Lopez said.",
    quotes: [["We will not accept these terms,", "Maria Lopez", "said"]],
  },
  {
    name: "inverted cue",
    text: "“The road is closed until further notice,” said Colonel Ahmed Karimi.",
    quotes: [["The road is closed until further notice,", "Ahmed Karimi", "said"]],
  },
  {
    name: "reported clause after that, titles stripped from the name",
    text: "Deputy Interior Minister Jonas Weller said on Sunday that the convoy had been hit twice.",
    quotes: [["that the convoy had been hit twice", "Jonas Weller", "said"]],
  },
  {
    name: "content first, description as speaker",
    text: "The talks collapsed over the route of the new border fence, a senior official said.",
    quotes: [["The talks collapsed over the route of the new border fence", "senior official", "said"]],
  },
  {
    name: "according to, sentence first",
    text: "According to the ministry, three guards were wounded in the raid.",
    quotes: [["three guards were wounded in the raid", "ministry", "according to"]],
  },
  {
    name: "according to, sentence last",
    text: "Three guards were wounded in the raid, according to local police.",
    quotes: [["Three guards were wounded in the raid", "local police", "according to"]],
  },
  {
    name: "apposition between speaker and cue",
    text: "Lena Hart, a researcher at the institute, told reporters that the figures were too low.",
    quotes: [["that the figures were too low", "Lena Hart", "told"]],
  },
  {
    name: "partial quote inside reported speech",
    text: "The governor said the plan was “reckless” and would fail within weeks.",
    quotes: [
      ["the plan was “reckless” and would fail within weeks", "governor", "said"],
      ["reckless", "governor", "said"],
    ],
  },
  {
    name: "quotation continued into the next paragraph",
    text: "“The first part of the statement runs on here.\n\n“The second part closes it,” the spokesman said.",
    quotes: [
      ["The first part of the statement runs on here.\n\n“The second part closes it,", "spokesman", "said"],
    ],
  },
  {
    name: "a quotation with no cue continues the paragraph's speaker",
    text: "“The offer stays on the table,” Maria Lopez said. “But we will not wait for ever.”",
    quotes: [
      ["The offer stays on the table,", "Maria Lopez", "said"],
      ["But we will not wait for ever.", "Maria Lopez", "said"],
    ],
  },
  {
    name: "the cue interrupts its content: the longer part is the quote",
    text: "Most of the displaced families, the mayor noted, have returned to the villages near the river.",
    quotes: [["have returned to the villages near the river", "mayor", "noted"]],
  },
  {
    name: "mixed curly and straight marks, typewriter doubles",
    text: "“The bridge will reopen in spring,\" Karin Olsen said. ''We need two more months,'' she added.",
    quotes: [
      ["The bridge will reopen in spring,", "Karin Olsen", "said"],
      ["We need two more months,", "Karin Olsen", "added"],
    ],
  },
  {
    name: "a statement saying ...",
    text: "The ministry issued a statement on Monday saying the border crossing would stay closed.",
    quotes: [["the border crossing would stay closed", "ministry", "said"]],
  },
  {
    name: "a relative pronoun stands for its phrase",
    text: "Residents who have said they saw the convoy were questioned by police.",
    quotes: [["they saw the convoy were questioned by police", "Residents", "said"]],
  },
  {
    name: "a pronoun after an inverted-looking cue starts a clause",
    text: "“We are ready,” the commander said. Asked about the delay, officials say they are waiting for fuel.",
    quotes: [
      ["We are ready,", "commander", "said"],
      ["they are waiting for fuel", "officials", "said"],
    ],
  },
  {
    name: "a headline, where the cue is capitalized",
    text: "Mayor Tells Flooded Towns The Dams Will Hold\n\nThe rain went on.",
    quotes: [["Flooded Towns The Dams Will Hold", "Mayor", "told"]],
  },
  {
    name: "a writer's inference is not a quote",
    text: "It shows how tense the border towns have become.",
    quotes: [],
  },
  {
    name: "participle after an opening adverbial: the main clause's subject said it",
    text: "During the debate, Lena Berg criticised the plan, saying it would fail within a year.",
    quotes: [["it would fail within a year", "Lena Berg", "said"]],
  },
  {
    name: "participle after a dateline: the subject follows the dash",
    text: "KIRKUK, Iraq — Lena Berg toured the dam, saying the repairs would take many months and cost far more than planned.",
    quotes: [["the repairs would take many months and cost far more than planned", "Lena Berg", "said"]],
  },
  {
    name: "a comma inside a number is no clause boundary",
    text: "Before a crowd of about 15,000 people, Lena Berg criticised the plan, saying it would fail within a year.",
    quotes: [["it would fail within a year", "Lena Berg", "said"]],
  },
  {
    name: "the subject after the comma that ends an opening adverbial, not after an abbreviation",
    text: "At a rally in Dayton, Ohio, on Monday, Lena Berg attacked the plan, saying it would fail within a year.",
    quotes: [["it would fail within a year", "Lena Berg", "said"]],
  },
  {
    name: "a participle after a noun has it for subject",
    text: "Markets fell sharply on Monday, with analysts saying the slide could last for weeks.",
    quotes: [["the slide could last for weeks", "analysts", "said"]],
  },
  {
    name: "an object verb as participle reports its object",
    text: "Lena Berg toured the flooded district, blaming the council for the delays in the repairs.",
    quotes: [["the council for the delays in the repairs", "Lena Berg", "blamed"]],
  },
  {
    name: "after 'with' any noun phrase is the participle's subject",
    text: "The campaign declined to comment, with spokesman Omar Haddad saying the files were stolen.",
    quotes: [["the files were stolen", "Omar Haddad", "said"]],
  },
  {
    name: "a speaker's head noun ends the subject before an irregular verb",
    text: "The newspaper took note of the mayor's failings, writing: “We are not blind to those.”",
    quotes: [["We are not blind to those.", "newspaper", "wrote"]],
  },
  {
    name: "a subordinate clause after an inverted cue's source",
    text: "“We should focus on the harbour,” said Lena Berg as she toured the docks on Monday.",
    quotes: [["We should focus on the harbour,", "Lena Berg", "said"]],
  },
  {
    name: "a verb after 'but' shares its clause's subject",
    text: "Asked about the delay, the port director Omar Haddad did not apologize, but said the cranes were old.",
    quotes: [["the cranes were old", "Omar Haddad", "said"]],
  },
  {
    name: "an infinitive after 'not to' reports nothing said",
    text: "The council urged the governor not to announce the closure before the vote.",
    quotes: [["the governor not to announce the closure before the vote", "council", "urged"]],
  },
  {
    name: "a speaker's label before a colon",
    text: "Who won the night?\n\nLena Berg, The Morning Ledger: “The first hour belonged to the senator.”",
    quotes: [["The first hour belonged to the senator.", "Lena Berg", null]],
  },
  {
    name: "a colon at a paragraph's end introduces the next paragraph's quotation",
    text: "The mayor responded to the charges in a statement on Friday:\n\n“I have never met these people.”",
    quotes: [["I have never met these people.", "mayor", "responded"]],
  },
  {
    name: "a line break inside a quotation does not close it",
    text: "“The crossing stays shut until spring.\n\nNo trucks will pass before then,” the governor wrote.",
    quotes: [
      ["The crossing stays shut until spring.\n\nNo trucks will pass before then,", "governor", "wrote"],
    ],
  },
  {
    name: "a party and state tag is an apposition of the name",
    text: "Sen. Jane Roe, R-Utah, whose views have shifted, said the offer was fair and reasonable.",
    quotes: [["the offer was fair and reasonable", "Jane Roe", "said"]],
  },
  {
    name: "a person's home state is not part of the name",
    text: "Gov. Mike Dunn of Ohio said the roads would stay closed overnight.",
    quotes: [["the roads would stay closed overnight", "Mike Dunn", "said"]],
  },
  {
    name: "an intensifier after the speaker is not part of the name",
    text: "Lena Berg herself said the count would be repeated in every district.",
    quotes: [["the count would be repeated in every district", "Lena Berg", "said"]],
  },
  { name: "scare quotes, unattributed", text: "The so-called “peace plan” was never published.", quotes: [] },
  {
    name: "quoted title of a book",
    text: "She spent the week reading a book titled “Roads We Never Took” at home.",
    quotes: [],
  },
  { name: "title case quotation", text: "Officials discussed “The Long Road Home” for hours.", quotes: [] },
  {
    name: "apostrophes are not quotation marks",
    text: "The army’s officers met in the officers’ club on Monday.",
    quotes: [],
  },
  { name: "a cue used as a noun", text: "The report was published on Monday by the agency.", quotes: [] },
  {
    name: "a cue form after a preposition is a noun",
    text: "Amid fears that the dam could break, residents of the valley left their homes.",
    quotes: [],
  },
  {
    name: "a participle opening the sentence is no speaker",
    text: "Responding to audience questions at the forum, the mayor gave long and careful replies.",
    quotes: [],
  },
  {
    name: "a verb that needs a marked clause",
    text: "The minister warned Iraq about the militias on Monday.",
    quotes: [],
  },
  {
    name: "an adjective and infinitive between the subject and its cue",
    text: "Hallström was quick to retort: “The tender was fair and open.”",
    quotes: [["The tender was fair and open.", "Hallström", "retorted"]],
  },
  {
    name: "inverted cue: a name in apposition to a description is the speaker",
    text: "“The harbour stays shut,” said the port authority’s press officer, Lena Marsh, on Friday.",
    quotes: [["The harbour stays shut,", "Lena Marsh", "said"]],
  },
  {
    name: "a description and a name in apposition before the cue, then a clause",
    text: "A spokeswoman for the ferry line, Jane Roe, said the crossing had been cancelled.",
    quotes: [["the crossing had been cancelled", "Jane Roe", "said"]],
  },
  {
    name: "a participle after an opening adverbial with no comma",
    text: "In his closing speech the senator also turned on the port board, calling its plan “a gift to the shipping lobby.”",
    quotes: [
      ["its plan “a gift to the shipping lobby.”", "senator", "called"],
      ["a gift to the shipping lobby.", "senator", "called"],
    ],
  },
  {
    name: "a participle after an expletive subject: the clause inside speaks",
    text: "It came a day after Nils Berger loudly scolded the council, accusing it of having “slept through the flood.”",
    quotes: [
      ["it of having “slept through the flood.”", "Nils Berger", "accused"],
      ["slept through the flood.", "Nils Berger", "accused"],
    ],
  },
  {
    name: "a subject after a prepositional adverbial with no comma",
    text: "At a crowded hearing in the capital the minister said the tolls would be scrapped.",
    quotes: [["the tolls would be scrapped", "minister", "said"]],
  },
  {
    name: "a verb after a relative clause is the subject's, and the document it issued is no content",
    text: "On Monday, the treasurer, Mia Holt, who ran the fund for a decade, wrote an open letter to the board, saying the audit “came far too late.”",
    quotes: [
      ["the audit “came far too late.”", "Mia Holt", "said"],
      ["came far too late.", "Mia Holt", "said"],
    ],
  },
  {
    name: "an adverb before the opening adverbial: the subject after its comma speaks",
    text: "Even as auditors combed the books last spring, Ms. Varga, 61, stayed a firm backer of the merger, telling a reporter in May that the deal “still makes sense.”",
    quotes: [
      ["that the deal “still makes sense.”", "Ms. Varga", "told"],
      ["still makes sense.", "Ms. Varga", "told"],
    ],
  },
  {
    name: "an -ed adjective after the article belongs to the subject",
    text: "The embattled mayor, who faces a recall vote, issued a long statement to the city council on Friday saying she would not resign.",
    quotes: [["she would not resign", "embattled mayor", "said"]],
  },
  {
    name: "boasts",
    text: "The ferry company boasts that its boats have never missed a sailing.",
    quotes: [["that its boats have never missed a sailing", "ferry company", "boasted"]],
  },
  {
    name: "a source read past its verb ends before it",
    text: "Rival mills have in the past said that grain prices would fall.",
    quotes: [["that grain prices would fall", "Rival mills", "said"]],
  },
  {
    name: "a sentence-opening group noun is a description, not a name",
    text: "Proponents say the new canal will halve shipping times.",
    quotes: [["the new canal will halve shipping times", "Proponents", "said"]],
  },
  {
    name: "calling a strike or calling off talks is an act, not speech",
    text: "The dockers' union called a general strike, and the port authority called off the talks.",
    quotes: [],
  },
  {
    name: "a wire dateline is no part of what the source said",
    text: "OLDPORT, March 3 (Harbor Wire) - Two ferries collided in the strait, the coast guard said.",
    quotes: [["Two ferries collided in the strait", "coast guard", "said"]],
  },
  {
    name: "what someone called a thing is their word for it",
    text: "The mayor condemned what the union called a betrayal of the port.",
    quotes: [
      ["what the union called a betrayal of the port", "mayor", "condemned"],
      ["a betrayal of the port", "union", "called"],
    ],
  },
  {
    name: "calling for something is a demand",
    text: "The dockers' union called for an end to night shifts.",
    quotes: [["for an end to night shifts", "dockers' union", "called"]],
  },
  {
    name: "a slash joins two pollsters' names",
    text: "The Reuters/Ipsos survey finds that most commuters back the new tram line.",
    quotes: [["that most commuters back the new tram line", "Reuters/Ipsos survey", "found"]],
  },
  {
    name: "the time of a participle describing the source is part of the source",
    text: "A harbor survey published on Sunday showed support for the tram line falling to 38 percent.",
    quotes: [
      ["support for the tram line falling to 38 percent", "harbor survey published on Sunday", "showed"],
    ],
  },
  {
    name: "a day ending a description is no name",
    text: "The memo released Friday shows the ferry operator skipped three safety checks.",
    quotes: [["the ferry operator skipped three safety checks", "memo released Friday", "showed"]],
  },
  {
    name: "a capitalized Today is part of a name, not a time",
    text: "Tram fares rose by a third, according to a tally by the Transit Institute and USA TODAY.",
    quotes: [["Tram fares rose by a third", "tally by the Transit Institute and USA TODAY", "according to"]],
  },
  {
    name: "a line in title case is a headline when its quoted words are capitalized too",
    text: "Ortiz Praised “The Steady Growth Of Ferry Traffic” And “The New Harbor Crane.”",
    quotes: [
      ["“The Steady Growth Of Ferry Traffic” And “The New Harbor Crane.”", "Ortiz", "praised"],
      ["The New Harbor Crane.", "Ortiz", "praised"],
    ],
  },
  {
    name: "'the two' counts people named before",
    text: "The two said they had raised the harbor fees with the mayor.",
    quotes: [["they had raised the harbor fees with the mayor", "two", "said"]],
  },
  {
    name: "a bare infinitive after help is no cue",
    text: "Officials said the new toll helps explain why ferry fares rose.",
    quotes: [["the new toll helps explain why ferry fares rose", "Officials", "said"]],
  },
  {
    name: "a quoted word in the tail after a postposed cue opens no clause",
    text: "“The tolls will stay,” Varga said, though the council denies the plan is “settled” at all. “We will vote again.”",
    quotes: [
      ["The tolls will stay,", "Varga", "said"],
      ["the plan is “settled” at all", "council", "denied"],
      ["settled", "council", "denied"],
      ["We will vote again.", "Varga", "said"],
    ],
  },
  {
    name: "after a quotation closed with a comma the speaker's apposition may run long",
    text: "“We are not worried yet,” said Lin Wei, head of Harbor Tutors, a coastal agency sending pupils to boarding colleges overseas, a path that often means a slow and expensive round of visits to consulates in several capitals before the papers arrive.",
    quotes: [["We are not worried yet,", "Lin Wei", "said"]],
  },
  {
    name: "a participle after an adverb, before a noun, is an adjective, not a cue",
    text: "The recently disclosed harbor accounts showed that the ferry line lost money.",
    quotes: [["that the ferry line lost money", "recently disclosed harbor accounts", "showed"]],
  },
  {
    name: "a participle's subject keeps its hyphenated words",
    text: "The mayor acted quickly, with the fund-raising records revealing that the line lost money.",
    quotes: [["that the line lost money", "fund-raising records", "revealed"]],
  },
  {
    name: "'and' joins two speakers' nouns into one source",
    text: "Harbor surveys and panels show little change in how commuters feel about the toll.",
    quotes: [["little change in how commuters feel about the toll", "Harbor surveys and panels", "showed"]],
  },
  {
    name: "a relative clause without a comma after the subject is no part of the speaker",
    text: "The panel which hears the views of pilots, dockers and others in the four ports, said that most crossings ran late.",
    quotes: [["that most crossings ran late", "panel", "said"]],
  },
];

describe("quotes: cue patterns", () => {
  it.each(CASES)("$name", ({ text, quotes }) => {
    const found = quotesOf(text);
    expect(found.map((q) => [q.text, speakerName(q, found), q.cue])).toEqual(quotes);
    for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});

/** A person entity with a name mention at each occurrence of `name` in `text`. */
function person(text: string, name: string): LocalEntity {
  const seg = segment(text);
  const mentions = [...text.matchAll(new RegExp(name, "g"))].map((m) => ({
    start: m.index,
    end: m.index + name.length,
    text: name,
    kind: "name" as const,
    sentence: seg.sentences.findIndex((s) => s.start <= m.index && m.index < s.end),
  }));
  return { key: `kb:${name}`, name, type: "PERSON", country: null, role: null, mentions };
}

describe("quotes: pronouns", () => {
  it.each([
    {
      name: "the subject just named, over an earlier speaker",
      text: "“The plan is sound,” Pavel Novak said.\n\nLena Berg disagreed.\n\n“It will fail within a year,” she said.",
      speaker: "Lena Berg",
    },
    {
      name: "not a person named inside the sentence, only its subject",
      text: "“The plan is sound,” Pavel Novak said.\n\nThe council then heard Lena Berg.\n\n“It will fail,” he said.",
      speaker: "Pavel Novak",
    },
    {
      name: "the subject after an opening adverbial",
      text: "“The plan is sound,” Pavel Novak said.\n\nIn an interview on Sunday, Lena Berg praised the council.\n\n“It was brave,” she said.",
      speaker: "Lena Berg",
    },
    {
      name: "a given name rules out the latest speaker",
      text: "“Costs will rise,” Michael Brandt said. “Prices are stable,” Sarah Kovac said. “We warned them,” he added.",
      speaker: "Michael Brandt",
    },
  ])("$name", ({ text, speaker }) => {
    const entities = ["Pavel Novak", "Lena Berg", "Michael Brandt", "Sarah Kovac"]
      .filter((n) => text.includes(n))
      .map((n) => person(text, n));
    const found = quotesOf(text, entities);
    expect(found[found.length - 1].speaker).toBe(`kb:${speaker}`);
  });
});

describe("quotes: speakers", () => {
  it("resolves a pronoun to the latest speaker", () => {
    const found = quotesOf("“The offer is final,” Maria Lopez said.\n\n“We are done talking,” she added.");
    expect(found).toHaveLength(2);
    expect(found[1].speaker).toBe(found[0].speaker);
    expect(found[1].speakerText).toBe("she");
  });

  it("resolves a role noun to the latest person with that role", () => {
    const found = quotesOf(
      "Foreign Minister Anna Berg said the border would reopen soon. The minister said talks would resume next week.",
    );
    expect(found.map((q) => q.speakerText)).toEqual(["Foreign Minister Anna Berg", "The minister"]);
    expect(found[1].speaker).toBe(found[0].speaker);
    expect(found[0].introduced?.[0].role).toBe("Foreign Minister");
  });

  it("resolves 'the newspaper' to the latest outlet", () => {
    const found = quotesOf(
      "The Daily Chronicle reported that the dam had cracked overnight. “Water levels are rising fast,” the newspaper said.",
    );
    expect(found[0].introduced?.[0].type).toBe("MEDIA");
    expect(found[1].speaker).toBe(found[0].speaker);
  });

  it("links a surname to the person named in full before", () => {
    const found = quotesOf(
      "Pavel Novak said the vote was fair. Later Novak said the count would be repeated anyway.",
    );
    expect(found[1].speaker).toBe(found[0].speaker);
  });

  it("uses the entity whose mention covers the speaker's name", () => {
    const text = "“The deadline will not move,” Jensen said.";
    const at = text.indexOf("Jensen");
    const jensen: LocalEntity = {
      key: "kb:jensen",
      name: "Erik Jensen",
      type: "PERSON",
      country: null,
      role: null,
      mentions: [{ start: at, end: at + 6, text: "Jensen", kind: "surname", sentence: 0 }],
    };
    const [quote] = quotesOf(text, [jensen]);
    expect(quote.speaker).toBe("kb:jensen");
    expect(quote.introduced).toBeUndefined();
  });

  it("introduces a description with a key the link stage can match", () => {
    const [quote] = quotesOf("The convoy was turned back at the checkpoint, two diplomats said.");
    expect(quote.speaker).toBe("new:PERSON:two diplomats");
    expect(quote.introduced?.[0].mentions[0].text).toBe("two diplomats");
  });
});

describe("quotes: generational suffixes and introduced quotations", () => {
  it("'X Jr.' is not the X whose mention covers most of the name", () => {
    const text = "“We acted within the rules,” Pike Jr. said on Friday.";
    const at = text.indexOf("Pike");
    const father: LocalEntity = {
      key: "kb:pike",
      name: "Harold Pike",
      type: "PERSON",
      country: null,
      role: null,
      mentions: [{ start: at, end: at + 4, text: "Pike", kind: "surname", sentence: 0 }],
    };
    const [quote] = quotesOf(text, [father]);
    expect(quote.speaker).toBe("new:PERSON:pike jr.");
    expect(quote.introduced?.[0].name).toBe("Pike Jr.");
  });

  it("a paragraph whose cue reports nothing introduces the next paragraph's quotation", () => {
    const found = quotesOf(
      "Mayor Ines Duarte posted on social media on Sunday evening.\n\n“The ferry will run again by spring.”",
    );
    expect(found.map((q) => [q.text, speakerName(q, found), q.cue])).toEqual([
      ["The ferry will run again by spring.", "Ines Duarte", "posted"],
    ]);
  });

  it("a paragraph whose cue has its own content introduces nothing", () => {
    const found = quotesOf(
      "Officials said the ferry had been repaired.\n\n“It will sail,” the captain said.",
    );
    expect(found.map((q) => speakerName(q, found))).toEqual(["Officials", "captain"]);
  });
});

describe("quotes: pull quotations signed inside their marks", () => {
  it("the name and affiliation closing the quotation are its speaker, outside its words", () => {
    const found = quotesOf(
      "Karin Holm spoke first.\n\n“Nobody expected the tolls to double. The city owes drivers an answer.\nTomas Lind, Harbor Policy Institute, on the toll rise.”",
    );
    expect(found.map((q) => [q.text, speakerName(q, found)])).toEqual([
      ["Nobody expected the tolls to double. The city owes drivers an answer.", "Tomas Lind"],
    ]);
  });

  it("a name after a title's period, or followed by a clause, signs nothing", () => {
    const found = quotesOf(
      "“We met on Friday with Mr. Tomas Lind, the harbor master,” Karin Holm said. “The tolls went up. Tomas Lind, the harbor master, has said so,” she added.",
    );
    expect(found.map((q) => speakerName(q, found))).toEqual(["Karin Holm", "Karin Holm"]);
  });
});

describe("quotes: pronouns after a connective", () => {
  it("'he' takes the subject that opens a sentence after 'Still,' over a later mention", () => {
    const text =
      "Still, Lars Eke, chatting with dock workers at noon, gave a flat “no” when asked if Olaf Berg had made the list.\n\n“The list is short. It is final,” he told reporters later.";
    const found = quotesOf(text, [person(text, "Lars Eke"), person(text, "Olaf Berg")]);
    expect(found.at(-1)?.speaker).toBe("kb:Lars Eke");
  });
});

describe("quotes: continued and nested speakers", () => {
  it("a quotation with no cue continues the innermost speaker of the one before", () => {
    const found = quotesOf(
      "“We will rebuild the school,” said Mayor Lena Berg, according to Reuters. “It will take a year.”",
    );
    const last = found[found.length - 1];
    expect(speakerName(last, found)).toBe("Lena Berg");
    expect(last.via).toEqual(["new:MEDIA:reuters"]);
  });

  it("a quotation inside another cue's clause is the later speaker's", () => {
    const found = quotesOf(
      "Earlier, the council blamed the delays on the contractor, whose “work was sloppy and late,” the mayor said.",
    );
    const quoted = found.filter((q) => q.text === "work was sloppy and late,");
    expect(quoted.map((q) => speakerName(q, found))).toContain("mayor");
  });

  it("'the senator' is the latest speaker whose abbreviated title says so", () => {
    const found = quotesOf(
      "“The budget is final,” said Sen. Mark Olsen. “We will vote on Friday,” said Anna Berg. “It passes or it fails,” the senator said.",
    );
    expect(speakerName(found[2], found)).toBe("Mark Olsen");
  });

  it("'the congressman' skips a woman who spoke last", () => {
    const found = quotesOf(
      "“The count was fair,” said Mark Olsen. “It was not,” said Anna Berg. “We will appeal,” the congressman said.",
    );
    expect(speakerName(found[2], found)).toBe("Mark Olsen");
  });

  it("'the statement' is the speaker whose words came in a statement", () => {
    const found = quotesOf(
      "“We regret the error,” Mayor Mark Olsen said in a statement. “Every contract will be reviewed,” the statement continued.",
    );
    expect(found[1].speaker).toBe(found[0].speaker);
  });
});

describe("quotes: relays (via)", () => {
  it("X said Y told him: Y spoke, X relayed", () => {
    const found = quotesOf("Novak said Jensen told him the deadline would not move.");
    const inner = found.find((q) => q.text === "the deadline would not move");
    expect(inner && speakerName(inner, found)).toBe("Jensen");
    const novak = found.find((q) => q.speakerText === "Novak")?.speaker;
    expect(inner?.via).toEqual([novak]);
  });

  it("words quoted by saying, reported by another: the reporter relayed", () => {
    const found = quotesOf(
      "Jensen closed the meeting by saying “This offer will not come again,” Novak later recalled.",
    );
    const inner = found.find((q) => q.text.startsWith("This offer"));
    expect(inner && speakerName(inner, found)).toBe("Jensen");
    expect(inner?.via).toEqual([found.find((q) => q.speakerText === "Novak")?.speaker]);
  });

  it("sources told an outlet: the outlet relayed", () => {
    const found = quotesOf("The units have pulled back from the border, two officers told Reuters.");
    expect(found).toHaveLength(1);
    expect(found[0].speaker).toBe("new:PERSON:two officers");
    expect(found[0].via).toEqual(["new:MEDIA:reuters"]);
  });

  it("a quotation the outlet reported names the outlet as speaker, relayed by no one", () => {
    const found = quotesOf(
      "“The ceasefire is holding in most districts,” London-based newspaper The Evening Courier reported.",
    );
    expect(found.map((q) => [speakerName(q, found), q.via])).toEqual([["Evening Courier", []]]);
  });
});

describe("quotes: a headline's speaker before a colon", () => {
  it("'Name: statement with “quoted words”' gives the statement to the name", () => {
    const text =
      "Harbor chief Nadia Osei: Ferry fares ‘will not rise this winter’\n\nThe port authority met on Monday. Osei spoke after the vote.";
    const found = quotesOf(text);
    expect(found.map((q) => [q.text, speakerName(q, found)])).toEqual([
      ["Ferry fares ‘will not rise this winter’", "Nadia Osei"],
      ["will not rise this winter", "Nadia Osei"],
    ]);
  });

  it("a section label the story never names again is no speaker", () => {
    const found = quotesOf("Explainer: why the ferry ‘deal’ collapsed\n\nThe port authority met on Monday.");
    expect(found.every((q) => q.speaker === null)).toBe(true);
  });
});

describe("quotes: the wire credit of a dateline", () => {
  it("'the report' is not the agency that filed the story", () => {
    const text =
      "Oldport (Harbor Wire) – Tram fares will rise next year, the transit survey said.\n\nRidership has “fully recovered” since the spring, according to the report.";
    const at = text.indexOf("Harbor Wire");
    const wire: LocalEntity = {
      key: "kb:harbor-wire",
      name: "Harbor Wire",
      type: "MEDIA",
      country: null,
      role: null,
      mentions: [{ start: at, end: at + 11, text: "Harbor Wire", kind: "name", sentence: 0 }],
    };
    const found = quotesOf(text, [wire]);
    const report = found.find((q) => q.speakerText === "the report");
    expect(report?.speaker).toBe("new:MEDIA:report");
  });
});

describe("quotes: a pull quotation signed on the line below", () => {
  it("the line that closes the quotation with a name and affiliation is its speaker", () => {
    const text =
      'Mayor Lena Ortiz said the bridge was “safe enough.”\n\n"I’d ride the tram every day, if it ran. But I wouldn’t pay that toll.\nPaul Varga, director of the Harbor University’s Institute of Transport."\n\nThe council meets again in May.';
    const found = quotesOf(text);
    const pulled = found.find((q) => q.text.startsWith("I’d ride"));
    expect(pulled && [pulled.text, speakerName(pulled, found)]).toEqual([
      "I’d ride the tram every day, if it ran. But I wouldn’t pay that toll.",
      "Paul Varga",
    ]);
  });
});

describe("quotes: a role noun refers back to the subject named with that title", () => {
  it("'the senator vying for ...' is the senator named as a subject before, who had not spoken", () => {
    const text =
      "Sen. Lena Ortiz set out a harbor plan on Monday.\n\nIn a speech, the senator vying for the party's nomination said the toll would go.";
    const ortiz: LocalEntity = {
      key: "kb:ortiz",
      name: "Lena Ortiz",
      type: "PERSON",
      country: null,
      role: null,
      mentions: [{ start: 0, end: 15, text: "Sen. Lena Ortiz", kind: "name", sentence: 0 }],
    };
    const [quote] = quotesOf(text, [ortiz]);
    expect(quote.speaker).toBe("kb:ortiz");
  });
});

describe("quotes: a capitalized Today ends a name", () => {
  it("'Harbor Today reported' names an outlet, not a description", () => {
    const [quote] = quotesOf("Ferry fares rose by a third, Harbor Today reported.");
    expect(quote.speakerText).toBe("Harbor Today");
    expect(quote.introduced?.[0].mentions[0].kind).toBe("name");
  });
});
