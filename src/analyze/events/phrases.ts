// Participant phrases of a sentence: runs of names and actor nouns with their modifiers
// ("Senior Romanian officials", "US Secretary of War Pete Hegseth", "Iranian-backed militias"),
// plus the mentions the entities stage found there (including pronoun and role mentions).
import type { EntityType } from "../../contract/types.js";
import type { EventLexicon } from "../../knowledge/events.js";
import type { LocalEntity } from "../types.js";
import {
  AUXILIARIES,
  CLAUSE_BREAKS,
  DETERMINERS,
  isNumber,
  NAME_PARTICLES,
  NOT_NAMES,
  PLACE_NOUNS,
  PLACE_PREPOSITIONS,
  PRONOUNS,
  QUANTITIES,
  TIME_WORDS,
} from "./grammar.js";
import type { Word } from "./words.js";

export interface Phrase {
  /** Word indexes, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** The entity the entities stage gave this phrase, if any, and the mention of it inside the phrase. */
  entity: LocalEntity | null;
  mention: { start: number; end: number } | null;
  /** Type of the entity to introduce when no known entity covers the phrase. */
  type: EntityType;
  /** Whether the head is a proper name (printed as a "name" mention) or a common noun. */
  proper: boolean;
  /**
   * The name a new entity for this phrase takes: a description with the place or group it is
   * tied to ("rebels in the Southland"), or the bare name after a lower-case descriptor
   * ("former president Carlos Menem" -> "Carlos Menem").
   */
  name: string;
  /** Whose positions, bases or forces these are: "positions of the Palestinian police", "sites in Iraq". */
  owner?: Phrase;
  /** The other party of a pair the phrase counts ("both sides" after "Chile and Peru": Peru). */
  partner?: Phrase;
  /** The country a descriptive phrase is tied to: Israel for "Israeli soldiers", Albania for "ethnic Albanians". */
  nation: LocalEntity | null;
  /** Whether the phrase names a state's armed men ("Israeli soldiers"), who stand for it as a target. */
  unit: boolean;
  /**
   * Whether the phrase names a weapon of no party but its nation ("drones", "Russian missiles"):
   * it stands for that nation, or for no one ("Rebel drones" name the rebels, no instrument).
   */
  instrument: boolean;
}

interface MentionRef {
  entity: LocalEntity;
  start: number;
  end: number;
}

type WordClass = "name" | "noun" | "modifier" | "link" | "other";
const PLACE_TYPES = new Set(["LOCATION", "COUNTRY"]);
/** Bodies whose members and craft act for them as event participants. */
const BODY_TYPES: ReadonlySet<EntityType> = new Set(["ORGANIZATION", "IGO", "ARMED_GROUP"]);

// Compounds such as "Iran-backed" or "US-led" describe the noun that follows.
const MODIFIER_SUFFIX =
  /-(?:backed|led|linked|held|based|aligned|allied|affiliated|owned|run|sponsored|funded|controlled|supported|born|laden|armed|made)$/;

/** What the class of a word depends on besides its neighbours, read once per spelling (forms.ts). */
export interface ClassClues {
  /** A compound so spelled describes the noun after it. */
  modifierSuffix: boolean;
  actorNoun: boolean;
  /** Capitalized, and neither a number nor a word that opens sentences or names a time. */
  nameLike: boolean;
  /** Ends in "ly": "Reportedly" opening a sentence is no name. */
  adverbLike: boolean;
  headAfterNames: boolean;
  actorModifier: boolean;
  /** "of", "for" or a name particle. */
  link: boolean;
}

export function classClues(
  lexicon: EventLexicon,
  lower: string,
  lemmas: readonly string[],
  capitalized: boolean,
): ClassClues {
  return {
    modifierSuffix: MODIFIER_SUFFIX.test(lower),
    actorNoun: lexicon.actorNouns.has(lower),
    nameLike: capitalized && !NOT_NAMES.has(lemmas[0]) && !isNumber(lemmas[0]),
    adverbLike: lower.endsWith("ly"),
    headAfterNames: lexicon.headsAfterNames.has(lower),
    actorModifier: lexicon.actorModifiers.has(lower),
    link: lower === "of" || lower === "for" || NAME_PARTICLES.has(lower),
  };
}

export function classify(words: readonly Word[], i: number): WordClass {
  const w = words[i];
  const clues = w.form;
  if (w.compound && clues.modifierSuffix) return "modifier";
  // A capital that only opens the sentence does not make a trigger a name: "Attacks on ..."
  const opensName = words[i + 1]?.capitalized ?? false; // "Finance Minister Oskar Brandt"
  if (i === 0 && !opensName && !clues.actorNoun && w.form.triggerLemma) return "other";
  if (i === 0 && clues.actorNoun) return "noun"; // "Rebels in the north ..."
  if (clues.nameLike && !(i === 0 && clues.adverbLike)) return "name";
  if (clues.actorNoun) return "noun";
  if (clues.headAfterNames && i > 0 && words[i - 1].capitalized) return "noun";
  if (clues.actorModifier) return "modifier";
  if (clues.link) return "link";
  return "other";
}

/** Phrases found by the word classes, then entity mentions that no phrase covers. */
export function findPhrases(
  words: readonly Word[],
  lexicon: EventLexicon,
  mentionsHere: readonly MentionRef[],
): Phrase[] {
  const classes = words.map((_, i) => classify(words, i));
  const phrases: Phrase[] = [];
  let i = 0;
  while (i < words.length) {
    const last = phraseEnd(words, classes, i);
    if (last < 0) {
      i++;
      continue;
    }
    phrases.push(toPhrase(words, classes, i, last, lexicon, mentionsHere));
    i = last + 1;
  }
  // Only a phrase no known entity covers needs a name: the entity it introduces.
  for (const p of phrases) if (!p.entity) p.name = nameOf(words, classes, p, phrases);
  for (const p of phrases) p.owner = ownerOf(words, p, phrases, lexicon);
  for (const m of mentionsHere) {
    if (phrases.some((p) => p.start < m.end && m.start < p.end)) continue;
    const first = firstWordEndingAfter(words, m.start);
    const last = firstWordEndingAfter(words, m.end - 1);
    if (first >= words.length || last >= words.length || words[last].start >= m.end) continue;
    phrases.push({
      first,
      last,
      start: m.start,
      end: m.end,
      entity: m.entity,
      mention: m,
      nation: null,
      unit: false,
      instrument: false,
      type: m.entity.type,
      proper: true,
      name: m.entity.name,
    });
  }
  return phrases.sort((a, b) => a.first - b.first);
}

/** The last word of a phrase that starts at `i`, or -1 when none starts there. */
function phraseEnd(words: readonly Word[], classes: readonly WordClass[], i: number): number {
  if (classes[i] === "other" || classes[i] === "link") return -1;
  let head = -1;
  let j = i;
  while (j < words.length) {
    const c = classes[j];
    if (c === "noun" && (modifiesEventNoun(words, j) || (j === i && modifiesThing(words, classes, j)))) break;
    if (c === "name" || c === "noun") head = j;
    else if (c === "link" && !joinsNames(words, classes, j)) break;
    else if (c === "other" && !isAcronymInBrackets(words, classes, j) && !isAdjective(words, classes, j))
      break;
    if (isAcronymInBrackets(words, classes, j)) j += 2;
    j++;
  }
  return head;
}

const LOWER_START = /^\p{Ll}/u;
const ALL_LOWER = /^\p{Ll}+$/u;

// "a new military offensive": an actor noun before an event noun describes the event.
function modifiesEventNoun(words: readonly Word[], j: number): boolean {
  const next = words[j + 1];
  if (!next?.form.eventNoun || next.form.actorNoun) return false;
  return LOWER_START.test(next.text);
}

// Words that never head the noun an adjective describes.
const FUNCTION_WORDS = new Set([
  ...DETERMINERS,
  ...PRONOUNS,
  ...AUXILIARIES,
  ...CLAUSE_BREAKS,
  ...PLACE_PREPOSITIONS,
  ..."and or nor to of for on at from with by against into than".split(" "),
]);

/**
 * "official contact", "military equipment", "terrorist activities": a word that opens a phrase
 * and is both an actor noun and a modifier, before a lower-case noun that names no actor,
 * describes that thing ("Northland military policies" are still the Northland military's). After
 * "the" or at the start it is rather a subject before its verb: "the army needs to withdraw".
 */
function modifiesThing(words: readonly Word[], classes: readonly WordClass[], j: number): boolean {
  const next = words[j + 1];
  if (!words[j].form.actorModifier || !next || classes[j + 1] !== "other") return false;
  if (j === 0 || words[j - 1].lower === "the") return false;
  if (!ALL_LOWER.test(next.text) || FUNCTION_WORDS.has(next.lower) || TIME_WORDS.has(next.lower))
    return false;
  return !looksLikeVerbAfter(words, j);
}

/**
 * Whether the word after j reads as the verb of a subject at j: "the military said", "police
 * arrested", "the government fulfils our demands", "police arrest"; after a determiner a
 * trigger word is a noun ("all official contact").
 */
function looksLikeVerbAfter(words: readonly Word[], j: number): boolean {
  const next = words[j + 1];
  if (next.lower.endsWith("ed") || next.lower.endsWith("ly") || next.form.cues.length > 0) return true;
  if (next.form.triggerLemma && !DETERMINERS.has(words[j - 1]?.lower ?? "")) return true;
  const after = words[j + 2]?.lower ?? "";
  return next.lower.endsWith("s") && (DETERMINERS.has(after) || PRONOUNS.has(after));
}

// "Secretary of State", "King Hassan of Morocco": "of"/"for" joins two names, not a quantity.
function joinsNames(words: readonly Word[], classes: readonly WordClass[], j: number): boolean {
  const before = classes[j - 1];
  const after = classes[j + 1];
  if (after !== "name") return false;
  if (before === "name") return true;
  return before === "noun" && !NAME_PARTICLES.has(words[j].lower) && !QUANTITIES.has(words[j - 1].lower);
}

// Endings of English adjectives: "traditional", "militarist", "junior", "radical", "hardline".
const ADJECTIVE_ENDING = /(?:al|ist|ior|ic|ive|ous|ary|ine)$/;

// "the Front's militarist wing", "Delta traditional elders": an adjective inside a phrase, before its noun.
function isAdjective(words: readonly Word[], classes: readonly WordClass[], j: number): boolean {
  const w = words[j];
  if (!ALL_LOWER.test(w.text) || !ADJECTIVE_ENDING.test(w.lower) || w.form.triggerLemma) return false;
  return classes[j + 1] === "noun" || classes[j + 1] === "modifier";
}

// "the Coastal Trade Council (CTC) summit": the bracketed acronym stays in the name.
function isAcronymInBrackets(words: readonly Word[], classes: readonly WordClass[], j: number): boolean {
  return (
    words[j].text === "(" &&
    classes[j - 1] === "name" &&
    classes[j + 1] === "name" &&
    words[j + 2]?.text === ")"
  );
}

function toPhrase(
  words: readonly Word[],
  classes: readonly WordClass[],
  first: number,
  last: number,
  lexicon: EventLexicon,
  mentionsHere: readonly MentionRef[],
): Phrase {
  const head = words[last];
  const end = head.end - (/['’]s$/.test(head.text) ? 2 : 0);
  const inside = mentionsHere.filter((m) => m.start < end && words[first].start < m.end);
  const atHead = inside.find((m) => m.start <= head.start && end <= m.end) ?? null;
  const nationMention = inside.find((m) => m.entity.type === "COUNTRY");
  const nation = nationMention?.entity ?? null;
  // "ethnic Marans" is a people of its own, not the state its demonym names; so are "Northland
  // Marans", whose demonym another state's qualifies.
  const community =
    atHead?.entity.type === "COUNTRY" &&
    (words.slice(first, last).some((w) => lexicon.communityModifiers.has(w.lower)) ||
      inside.some((m) => m.entity.type === "COUNTRY" && m.entity !== atHead.entity && m.end <= head.start));
  // "US bases" stand for their owner; "Eastmark province" is the place named before its kind.
  const owner = lexicon.ownerNouns.has(head.lower)
    ? (inside.findLast((m) => m.end <= head.start) ?? null)
    : PLACE_NOUNS.has(head.lower)
      ? (inside.findLast((m) => m.end <= head.start && namesPlace(words, m)) ?? null)
      : null;
  // "Red Cross officials" act for the body they serve, even where the entities stage describes them.
  const served = lexicon.memberNouns.has(head.lower) ? bodyServed(words, inside, last) : null;
  const covering = community ? null : (served ?? atHead ?? owner);
  return {
    first,
    last,
    start: words[first].start,
    end,
    entity: covering?.entity ?? null,
    mention: covering,
    nation,
    unit: lexicon.unitNouns.has(head.lower),
    instrument:
      lexicon.instrumentNouns.has(head.lower) && !namesParty(words, classes, first, last, nationMention),
    type: community ? "PERSON" : guessType(words, classes, first, last, lexicon),
    proper: classes[last] === "name" && !community,
    name: "",
  };
}

/**
 * The body whose name comes before the member noun at `head`, with only lower-case modifiers or
 * its bracketed acronym between: "European Community foreign ministers", "the League (AL)
 * envoys". A state's or a person's people are not resolved here: "Kestrian diplomats" are the
 * state's but "Kestrian rebel leaders" are not, which the entities stage decides.
 */
function bodyServed(words: readonly Word[], inside: readonly MentionRef[], head: number): MentionRef | null {
  const body = inside.findLast((m) => m.end <= words[head].start);
  if (!body || !BODY_TYPES.has(body.entity.type)) return null;
  for (let k = head - 1; k >= 0 && words[k].start >= body.end; k--) {
    const bracketed = words[k - 1]?.text === "(" && words[k + 1]?.text === ")";
    if (!ALL_LOWER.test(words[k].text) && !bracketed && !/^[()]$/.test(words[k].text)) return null;
  }
  return body;
}

/** A place by its name, not its demonym: "Eastmark" of "Eastmark province", not "Iraqi" of "Iraqi towns". */
function namesPlace(words: readonly Word[], m: MentionRef): boolean {
  if (!PLACE_TYPES.has(m.entity.type)) return false;
  const surface = words
    .filter((w) => m.start <= w.start && w.end <= m.end)
    .map((w) => w.text)
    .join(" ");
  return surface.toLowerCase() === m.entity.name.toLowerCase();
}

/** Whether a name or an actor noun other than the head and the nation qualifies the phrase: "rebel artillery". */
function namesParty(
  words: readonly Word[],
  classes: readonly WordClass[],
  first: number,
  last: number,
  nation: MentionRef | undefined,
): boolean {
  for (let k = first; k < last; k++) {
    const inNation = nation !== undefined && nation.start <= words[k].start && words[k].end <= nation.end;
    if ((classes[k] === "name" || classes[k] === "noun") && !inNation) return true;
  }
  return false;
}

function ownerOf(
  words: readonly Word[],
  p: Phrase,
  all: readonly Phrase[],
  lexicon: EventLexicon,
): Phrase | undefined {
  const tie = words[p.last + 1]?.lower;
  if (p.entity || !lexicon.ownerNouns.has(words[p.last].lower) || (tie !== "of" && tie !== "in"))
    return undefined;
  return all.find((q) => q.first > p.last + 1 && q.first <= p.last + 3);
}

const TIES = new Set(["in", "of", "from", "throughout", "at"]);

function wordsText(words: readonly Word[], from: number, to: number): string {
  let joined = words
    .slice(from, to + 1)
    .map((w) => w.text)
    .join(" ");
  // "Council (CTC) summit": brackets hug what they hold.
  if (joined.includes("(")) joined = joined.replace(/\( /g, "(").replace(/ \)/g, ")");
  // Most names hold no possessive: they are kept as joined, without two regex passes.
  if (!joined.includes("'") && !joined.includes("’")) return joined;
  return joined.replace(/ (['’]s)\b/g, "$1").replace(/['’]s$/, "");
}

/** See Phrase.name. Words are joined by single spaces, which is how names are compared. */
function nameOf(
  words: readonly Word[],
  classes: readonly WordClass[],
  p: Phrase,
  all: readonly Phrase[],
): string {
  if (!p.proper) {
    const tie = words[p.last + 1];
    const tied =
      tie && TIES.has(tie.lower) ? all.find((q) => q.first > p.last && q.first <= p.last + 3) : undefined;
    if (tied?.proper && words.slice(p.last + 2, tied.first).every((w) => ALL_LOWER.test(w.text))) {
      return wordsText(words, p.first, tied.last);
    }
    return wordsText(words, p.first, p.last);
  }
  let k = p.last;
  while (k > p.first && classes[k - 1] === "name") k--;
  const descriptor = k > p.first && LOWER_START.test(words[p.first].text) && classes[k - 1] !== "link";
  return wordsText(words, descriptor ? k : p.first, p.last);
}

function guessType(
  words: readonly Word[],
  classes: readonly WordClass[],
  first: number,
  last: number,
  lexicon: EventLexicon,
): EntityType {
  const headNoun = lexicon.actorNouns.get(words[last].lower);
  if (headNoun) return headNoun;
  for (let i = first; i <= last; i++) {
    if (classes[i] === "name" && lexicon.actorNouns.get(words[i].lower) === "PERSON") return "PERSON";
  }
  return "ORGANIZATION";
}

/** The index of the first word that ends after `offset` (words.length if none), by binary search. */
function firstWordEndingAfter(words: readonly Word[], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (words[mid].end > offset) high = mid;
    else low = mid + 1;
  }
  return low;
}
