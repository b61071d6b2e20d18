// The actor gazetteer (knowledge/actors.json, countries.json) and the lexicons that name
// entities the gazetteer does not list (titles.json, entity-patterns.json, given-names.json).
// Everything is indexed once at load time: a trie over name keys finds the longest listed name
// starting at a token in one step, so recognition is linear in the article's length.

import type { EntityType } from "../contract/types.js";
import { ENTITY_TYPES } from "../contract/types.js";
import { KnowledgeError, readKnowledgeFile } from "./load.js";
import { boundedMemo } from "./memo.js";
import { matchesOf } from "./patterns.js";

export interface Actor {
  id: string;
  name: string;
  type: EntityType;
  /** ISO 3166-1 alpha-3 of affiliation. */
  country: string | null;
  role: string | null;
  aliases: readonly string[];
}

/** How a listed form names its actor; the entity stage prints it as the mention's kind. */
export type FormKind = "name" | "alias" | "acronym" | "metonym" | "demonym";

export interface ActorForm {
  actor: Actor;
  kind: FormKind;
  /** The form as written in the knowledge base. */
  text: string;
  /** Acronyms match only in their own case ("WHO", not "who"). */
  exactCase: string | null;
  /** Per key: must the text's word be capitalized? ("Security Council", not "security council"). */
  capitalized: readonly boolean[];
  /** A capital city: a metonym of its country's government that is also a place of its own. */
  capital: boolean;
  /** Written with a lower-case content word ("Iraqi forces"): a description, not a proper name. */
  descriptive: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  forms: ActorForm[];
}

export interface TitleLexicon {
  heads: readonly string[];
  modifiers: readonly string[];
  honorifics: readonly string[];
  roleNouns: readonly string[];
}

export interface EntityPatterns {
  organizationHeads: Readonly<Record<string, EntityType>>;
  organizationLeads: Readonly<Record<string, EntityType>>;
  stateForceHeads: readonly string[];
  mediaHeads: readonly string[];
  mediaCues: readonly string[];
  personCues: readonly string[];
  locationCues: readonly string[];
  locationHeads: readonly string[];
  /** Words before a capital that put it as a place ("in Baghdad"), not as its government acting. */
  capitalPlaceCues: readonly string[];
  /** First words of place names: "Mount", "Gulf of", "Wadi". */
  locationLeads: readonly string[];
  /** Lower-case words for administrative areas after a place's name: "Idlib province". */
  areaNouns: readonly string[];
  /** "the Assad regime", "the Trump administration": a leader's name for a government. */
  personRegimeNouns: readonly string[];
  /** All-capital words that are not organisations' acronyms ("GMT", "IED"). */
  notAcronyms: readonly string[];
  /** "Iran-backed": the country sponsors the group it modifies. */
  sponsorSuffixes: readonly string[];
  /** "London-based", "Saudi-owned": the place says where, not who acts. */
  placeSuffixes: readonly string[];
  /** "the Iraqi government": a demonym with these words names the state. */
  statePhrases: readonly string[];
  /** Lower-case words inside personal names: "al", "bin", "van". */
  nameParticles: readonly string[];
  /** Words before a photo or image credit, whose names are not actors of the story. */
  creditCues: readonly string[];
  collective: {
    heads: readonly string[];
    modifiedHeads: readonly string[];
    modifiers: readonly string[];
    nameTemplate: string;
  };
  notNames: readonly string[];
  /** Words of time a name never ends with ("Wednesday", "Tonight"): "Yasser Arafat Wednesday rejected" names Yasser Arafat. */
  trailingTimeWords: readonly string[];
  /**
   * People or means an owner acts through ("diplomats", "drone"): "Kestrian diplomats" stands for
   * Kestria, where "Kestrian civilians" are people of their own.
   */
  agentNouns: readonly string[];
  /** Armed men outside a state's forces ("militants", "rebels"): an armed group, never the state. */
  armedMenNouns: readonly string[];
  /** Agents of a group but of no state ("Kestrian leaders" may be the opposition's). */
  peopleAgentNouns: readonly string[];
  /** "rebel" of "Kestrian rebel leaders": the agents are another group's, not the state's. */
  nonStateModifiers: readonly string[];
  /** Texts, records, decisions and occasions ("charter", "report", "summit"): what they head names no actor. */
  recordNouns: readonly string[];
}

export interface ActorKnowledge {
  actors: readonly Actor[];
  byId(id: string): Actor | null;
  /** The country actor of an ISO 3166-1 alpha-3 code. */
  country(iso3: string): Actor | null;
  /** The trie of every listed form, keyed by nameKeys(). */
  trie: TrieNode;
  titles: TitleLexicon;
  patterns: EntityPatterns;
  /** Transliteration keys of common given names. */
  givenNames: ReadonlySet<string>;
  /** Demonym of a country ("IRQ" -> "Iraqi"), for naming collective actors. */
  demonymOf(iso3: string): string | null;
}

interface ActorRecord {
  id: string;
  name: string;
  type: string;
  country?: string | null;
  role?: string | null;
  aliases?: string[];
}

interface CountryRecord {
  iso3: string;
  name: string;
  aliases?: string[];
  demonyms?: string[];
  capital?: string;
  capitalAliases?: string[];
  capitalIsMetonym?: boolean;
  metonyms?: string[];
}

// ---------- name keys ----------

const NAME_TOKEN = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}]+)*|[^\s\p{L}\p{N}]/gu;
/** Punctuation inside names that spelling variants add or drop: "al-Abbasi", "U.S.", "Workers'". */
const SINGLE_LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}/u;
const SKIPPED_PUNCTUATION = new Set(["-", "‐", ".", "'", "’", "ʼ"]);

/**
 * A general transliteration key for one word, so that spelling variants of one name compare
 * equal: case, diacritics and apostrophes dropped, e/i and o/u folded, "ou" as "u", doubled
 * letters single, "q" as "k", "el" as "al" (Thabit/Thabet, Kata'ib/Kataib, Sa'ar/Saar).
 * Short words (acronyms, particles) are only lower-cased, where folding would make collisions.
 * Remembered: folding is the hot path of recognition.
 */
export const foldWord: (word: string) => string = boundedMemo(foldUncached, 100_000);

// A constant, not a literal in foldUncached: tsx (esbuild) compiles such a literal on every call.
const COMBINING_MARKS = /\p{M}/gu;

function foldUncached(word: string): string {
  const plain = word
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .replace(/['’ʼ`‘]/g, "")
    .toLowerCase();
  if (plain === "el") return "al";
  if (plain.length < 4) return plain;
  return plain
    .replace(/ou/g, "u")
    .replace(/e/g, "i")
    .replace(/o/g, "u")
    .replace(/q/g, "k")
    .replace(/(.)\1+/g, "$1");
}

export interface NameWord {
  text: string;
  start: number;
  end: number;
  key: string;
}

/**
 * The words of a name with their keys: skippable punctuation dropped and dotted initials joined
 * ("U.S." -> one word "us"), so "US Army" and "U.S. Army" have the same keys.
 */
export function nameWords(tokens: readonly { text: string; start: number; end: number }[]): NameWord[] {
  const out: NameWord[] = [];
  forEachNameWord(tokens, 0, tokens.length, (text, start, end, initials) =>
    out.push({ text, start, end, key: wordKey(text, initials) }),
  );
  return out;
}

/** The key of one name word: dotted initials are only lower-cased, other words folded. */
export function wordKey(text: string, initials: boolean): string {
  return initials ? text.toLowerCase() : foldWord(text);
}

/**
 * Visits the name words of tokens [from, to) without building them: the hot path of recognition
 * makes its own word objects. `initials` says the word joins dotted initials ("U.S." -> "US").
 */
export function forEachNameWord(
  tokens: readonly { text: string; start: number; end: number }[],
  from: number,
  to: number,
  visit: (text: string, start: number, end: number, initials: boolean) => void,
): void {
  for (let i = from, span = 0; i < to; i += Math.max(span, 1)) {
    span = nameWordSpan(tokens, i, to);
    if (span === 1) visit(tokens[i].text, tokens[i].start, tokens[i].end, false);
    else if (span > 1)
      visit(joinedInitials(tokens, i, span), tokens[i].start, tokens[i + span - 1].end, true);
  }
}

/**
 * How many of tokens [i, to) the name word at tokens[i] takes: 0 for skippable punctuation, 1
 * for a word, more for dotted initials ("U", ".", "S": 3; joinedInitials writes them as one).
 */
export function nameWordSpan(
  tokens: readonly { text: string; start: number; end: number }[],
  i: number,
  to: number,
): number {
  const text = tokens[i].text;
  if (text.length === 1 && SKIPPED_PUNCTUATION.has(text)) return 0;
  const initials = dottedInitials(tokens, i, to);
  return initials > 1 ? 2 * initials - 1 : 1;
}

/** The letters of the dotted initials that tokens [i, i + span) write: "U.S" -> "US". */
export function joinedInitials(tokens: readonly { text: string }[], i: number, span: number): string {
  let text = tokens[i].text;
  for (let k = i + 2; k < i + span; k += 2) text += tokens[k].text;
  return text;
}

/** How many single letters joined by periods start at i ("U.S" -> 2), directly adjacent. */
function dottedInitials(
  tokens: readonly { text: string; start: number; end: number }[],
  i: number,
  to: number,
): number {
  let n = 0;
  let j = i;
  while (j < to && isSingleLetter(tokens[j].text)) {
    n++;
    const dot = j + 1 < to ? tokens[j + 1] : undefined;
    if (dot?.text !== "." || dot.start !== tokens[j].end) break;
    const nextLetter = j + 2 < to ? tokens[j + 2] : undefined;
    if (nextLetter?.start !== dot.end || !isSingleLetter(nextLetter.text)) break;
    j += 2;
  }
  return n;
}

function isSingleLetter(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0) | 32;
  return c < 128 ? c >= 97 && c <= 122 : SINGLE_LETTER.test(text);
}

/** The words of a name written in a string. */
export function nameWordsOf(text: string): NameWord[] {
  // matchesOf, not matchAll: matchAll copies the pattern on every call.
  const tokens = matchesOf(NAME_TOKEN, text).map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  return nameWords(tokens);
}

/** One key for a whole name: the words' keys joined by spaces. */
export function nameKey(text: string): string {
  return nameWordsOf(text)
    .map((w) => w.key)
    .join(" ");
}

// ---------- loading ----------

export function loadActors(dir: string): ActorKnowledge {
  const file = "actors.json";
  const records = readKnowledgeFile<ActorRecord[]>(dir, file);
  const countries = readKnowledgeFile<CountryRecord[]>(dir, "countries.json");
  const actors: Actor[] = [];
  const trie = emptyTrie();
  const demonyms = new Map<string, string>();
  for (const c of countries) {
    const actor = countryActor(c);
    actors.push(actor);
    addForms(trie, actor, countryForms(c));
    if (c.demonyms?.length) demonyms.set(c.iso3, c.demonyms[0]);
  }
  for (const r of records) {
    const actor = toActor(r, `${dir}/${file}`);
    actors.push(actor);
    addForms(trie, actor, [
      { text: actor.name, kind: "name" },
      ...actor.aliases.map((a) => ({ text: a, kind: aliasKind(a) })),
    ]);
  }
  const byId = new Map(actors.map((a) => [a.id, a]));
  if (byId.size !== actors.length) throw new KnowledgeError(`${dir}/${file}`, "two actors share an id");
  const names = readKnowledgeFile<{ names: string[] }>(dir, "given-names.json").names;
  return {
    actors,
    byId: (id) => byId.get(id) ?? null,
    country: (iso3) => byId.get(countryId(iso3)) ?? null,
    trie,
    titles: readKnowledgeFile<TitleLexicon>(dir, "titles.json"),
    patterns: readKnowledgeFile<EntityPatterns>(dir, "entity-patterns.json"),
    givenNames: new Set(names.map(foldWord)),
    demonymOf: (iso3) => demonyms.get(iso3) ?? null,
  };
}

/** Country actors' ids are their lower-case ISO 3166-1 alpha-3 codes ("irq"). */
export function countryId(iso3: string): string {
  return iso3.toLowerCase();
}

function countryActor(c: CountryRecord): Actor {
  return { id: countryId(c.iso3), name: c.name, type: "COUNTRY", country: c.iso3, role: null, aliases: [] };
}

function countryForms(c: CountryRecord): FormSpec[] {
  const capitals = c.capital && c.capitalIsMetonym !== false ? [c.capital, ...(c.capitalAliases ?? [])] : [];
  return [
    { text: c.name, kind: "name" },
    ...(c.aliases ?? []).map((a) => ({ text: a, kind: aliasKind(a) })),
    ...(c.demonyms ?? []).map((d) => ({ text: d, kind: "demonym" as const })),
    ...capitals.map((m) => ({ text: m, kind: "metonym" as const, capital: true })),
    ...(c.metonyms ?? []).map((m) => ({ text: m, kind: "metonym" as const })),
  ];
}

interface FormSpec {
  text: string;
  kind: FormKind;
  capital?: boolean;
}

function toActor(r: ActorRecord, file: string): Actor {
  if (!r.id || !r.name)
    throw new KnowledgeError(file, `an actor lacks an id or a name: ${JSON.stringify(r)}`);
  if (!(ENTITY_TYPES as readonly string[]).includes(r.type)) {
    throw new KnowledgeError(file, `actor ${r.id} has an unknown type ${JSON.stringify(r.type)}`);
  }
  return {
    id: r.id,
    name: r.name,
    type: r.type as EntityType,
    country: r.country ?? null,
    role: r.role ?? null,
    aliases: r.aliases ?? [],
  };
}

function isAcronym(form: string): boolean {
  const letters = form.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters === letters.toUpperCase() && !/\s/.test(form.trim());
}

function aliasKind(form: string): FormKind {
  return isAcronym(form) ? "acronym" : "alias";
}

function addForms(trie: TrieNode, actor: Actor, forms: readonly FormSpec[]): void {
  for (const f of forms) insertForm(trie, actor, f.text, f.kind, f.capital);
}

export function emptyTrie(): TrieNode {
  return { next: new Map(), forms: [] };
}

/** A possessive "'s" after a word of two letters or more, as an article's words drop it. */
const POSSESSIVE = /(\p{L}{2})['’ʼ]s(?![\p{L}\p{N}])/gu;

/**
 * A form's text keyed as an article's words are (entities/words.ts splits a possessive off), so
 * that "Democratic People's Republic of Korea" is found whole where a text writes it.
 */
function withoutPossessives(text: string): string {
  return text.replace(POSSESSIVE, "$1");
}

/** Adds one written form of an actor to a trie of forms. */
export function insertForm(
  trie: TrieNode,
  actor: Actor,
  text: string,
  kind: FormKind,
  capital = false,
): void {
  const words = nameWordsOf(withoutPossessives(text));
  if (!words.length) return;
  let node = trie;
  for (const w of words) {
    let next = node.next.get(w.key);
    if (!next) {
      next = emptyTrie();
      node.next.set(w.key, next);
    }
    node = next;
  }
  const acronym = isAcronym(text);
  node.forms.push({
    actor,
    kind: acronym && kind === "alias" ? "acronym" : kind,
    text,
    exactCase: acronym ? text.replace(/\./g, "") : null,
    // Particles ("al-", "bin") are written in either case: "Asharq al-Awsat", "Asharq Al-Awsat".
    capitalized: words.map((w, i) => (i === 0 || w.text.length > 3) && UPPER.test(w.text)),
    capital,
    descriptive: words.some((w) => w.text.length > 3 && !UPPER.test(w.text)),
  });
}
