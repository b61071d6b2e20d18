// The knowledge the entity stage reads, indexed for matching word keys: built once per
// knowledge base (cached), so an article costs one pass over its words.
import type { EntityType } from "../../contract/types.js";
import { type Actor, insertForm, nameWordsOf, type TrieNode, wordKey } from "../../knowledge/actors.js";
import type { KnowledgeBase } from "../../knowledge/index.js";
import type { Word } from "./words.js";

interface PhraseNode<V> {
  next: Map<string, PhraseNode<V>>;
  value: V | undefined;
}

/**
 * Per word key, which of the lexicon's indexes have a phrase starting (`starts`) or ending
 * (`ends`) with it, one bit per index: the article's words carry their masks, so an index rules
 * out almost every word with a bit test instead of a lookup.
 */
export class KeyMasks {
  private readonly masks = new Map<string, WordMask>();
  /** Memo of ofWord by the word as written: an article repeats its words, and every word is looked up. */
  private readonly written = new Map<string, KeyedMask>();
  private bits = 0;

  /** A new index's bit. */
  claim(): number {
    if (this.bits >= 31) throw new Error("KeyMasks: more than 31 indexes");
    return 1 << this.bits++;
  }

  mark(first: string, last: string, bit: number): void {
    this.written.clear();
    this.maskOf(first).starts |= bit;
    this.maskOf(last).ends |= bit;
  }

  /** A name word's key (see wordKey) with its masks: one lookup where folding and masking took two. */
  ofWord(text: string, initials: boolean): KeyedMask {
    if (initials) return this.keyed(wordKey(text, true));
    let known = this.written.get(text);
    if (known === undefined) {
      if (this.written.size >= WRITTEN_MEMO_LIMIT) this.written.clear();
      known = this.keyed(wordKey(text, false));
      this.written.set(text, known);
    }
    return known;
  }

  private keyed(key: string): KeyedMask {
    const mask = this.masks.get(key);
    return { key, starts: mask?.starts ?? 0, ends: mask?.ends ?? 0 };
  }

  private maskOf(key: string): WordMask {
    let m = this.masks.get(key);
    if (!m) {
      m = { starts: 0, ends: 0 };
      this.masks.set(key, m);
    }
    return m;
  }
}

export interface WordMask {
  starts: number;
  ends: number;
}

export interface KeyedMask extends WordMask {
  key: string;
}

const WRITTEN_MEMO_LIMIT = 100_000;

/** A set of multi-word phrases, matched forwards from a word or backwards from a word. */
export class PhraseIndex<V = true> {
  private readonly forward: PhraseNode<V> = { next: new Map(), value: undefined };
  private readonly backward: PhraseNode<V> = { next: new Map(), value: undefined };
  private readonly bit: number;

  constructor(masks: KeyMasks, entries: Iterable<[string, V]>) {
    this.bit = masks.claim();
    for (const [phrase, value] of entries) {
      const keys = nameWordsOf(phrase).map((w) => w.key);
      if (!keys.length) continue;
      masks.mark(keys[0], keys[keys.length - 1], this.bit);
      insert(this.forward, keys, value);
      insert(this.backward, keys.reverse(), value);
    }
  }

  static of(masks: KeyMasks, phrases: Iterable<string>): PhraseIndex<true> {
    return new PhraseIndex(
      masks,
      [...phrases].map((p) => [p, true] as [string, true]),
    );
  }

  /** The longest phrase that starts at words[i], within one sentence: its length and value. */
  from(words: readonly Word[], i: number): { length: number; value: V } | null {
    if (i >= words.length || (words[i].starts & this.bit) === 0) return null;
    let node: PhraseNode<V> | undefined = this.forward;
    let best: { length: number; value: V } | null = null;
    for (let k = i; k < words.length && words[k].sentence === words[i].sentence; k++) {
      node = node.next.get(words[k].key);
      if (!node) break;
      if (node.value !== undefined) best = { length: k - i + 1, value: node.value };
    }
    return best;
  }

  /** The longest phrase that ends at words[j] (inclusive) and starts at or after `min`. */
  endingAt(words: readonly Word[], j: number, min = 0): { length: number; value: V } | null {
    if (j < 0 || j >= words.length || (words[j].ends & this.bit) === 0) return null;
    let node: PhraseNode<V> | undefined = this.backward;
    let best: { length: number; value: V } | null = null;
    for (let k = j; k >= min && words[k].sentence === words[j].sentence; k--) {
      node = node.next.get(words[k].key);
      if (!node) break;
      if (node.value !== undefined) best = { length: j - k + 1, value: node.value };
    }
    return best;
  }
}

function insert<V>(root: PhraseNode<V>, keys: readonly string[], value: V): void {
  let node = root;
  for (const k of keys) {
    let next = node.next.get(k);
    if (!next) {
      next = { next: new Map(), value: undefined };
      node.next.set(k, next);
    }
    node = next;
  }
  node.value = value;
}

export interface Lexicon {
  /** Which indexes each word key can start or end a phrase of; `listed` is the trie's bit. */
  masks: KeyMasks;
  listed: number;
  /** Listed actors and outlets in one trie; where a name is both, the actor's form comes first. */
  trie: TrieNode;
  actorById(id: string): Actor | null;
  country(iso3: string): Actor | null;
  demonymOf(iso3: string): string | null;
  titleHeads: PhraseIndex;
  titleModifiers: PhraseIndex;
  honorifics: PhraseIndex;
  roleNouns: PhraseIndex;
  orgHeads: PhraseIndex<EntityType>;
  orgLeads: PhraseIndex<EntityType>;
  stateForceHeads: PhraseIndex;
  mediaHeads: PhraseIndex;
  mediaCues: PhraseIndex;
  personCues: PhraseIndex;
  locationCues: PhraseIndex;
  locationHeads: PhraseIndex;
  capitalPlaceCues: PhraseIndex;
  locationLeads: PhraseIndex;
  regimeNouns: ReadonlySet<string>;
  notAcronyms: ReadonlySet<string>;
  sponsorSuffixes: ReadonlySet<string>;
  placeSuffixes: ReadonlySet<string>;
  statePhrases: PhraseIndex;
  particles: ReadonlySet<string>;
  /** Particles that are English words too ("as", "at"): unhyphenated, they are the English word. */
  englishParticles: ReadonlySet<string>;
  creditCues: PhraseIndex;
  collectiveHeads: PhraseIndex;
  modifiedCollectiveHeads: PhraseIndex;
  collectiveModifiers: ReadonlySet<string>;
  collectiveTemplate: string;
  notNames: ReadonlySet<string>;
  trailingTimeWords: ReadonlySet<string>;
  givenNames: ReadonlySet<string>;
  /** Lower-case nouns of the people or means an owner acts through, role nouns' heads included. */
  agentNouns: ReadonlySet<string>;
  armedMenNouns: ReadonlySet<string>;
  /** Agent nouns of a group that a state's name does not make the state's ("leaders"), armed men included. */
  notStateAgentNouns: ReadonlySet<string>;
  nonStateModifiers: ReadonlySet<string>;
  /** Lower-case nouns of a person's occupation or relation ("commander", "resident"), singular. */
  personNouns: ReadonlySet<string>;
  /** Lower-case nouns that say what kind of body or outlet a name is ("agency", "newspaper"). */
  bodyNouns: ReadonlySet<string>;
  outletNouns: ReadonlySet<string>;
  recordNouns: ReadonlySet<string>;
  areaNouns: ReadonlySet<string>;
}

/** Plurals of people without an "s". */
export const PLURAL_PEOPLE: ReadonlySet<string> = new Set([
  "people",
  "police",
  "personnel",
  "staff",
  "children",
  "men",
  "women",
]);

/** "civilians", "police": a noun in the plural, by its ending or as a plural of people without an "s". */
export function isPluralNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return PLURAL_PEOPLE.has(lower) || (lower.endsWith("s") && !lower.endsWith("ss"));
}

/** "commanders", "residents", "officials": a lower-case noun of people, singular or plural. */
export function isPeopleNoun(word: string, lex: Lexicon): boolean {
  const singular = word.endsWith("s") ? word.slice(0, -1) : word;
  return lex.agentNouns.has(word) || lex.personNouns.has(singular) || PLURAL_PEOPLE.has(word);
}

/** "soldiers", "Leaders", "staff": a noun of people in the plural, in any case. */
export function isPeoplePlural(word: string, lex: Lexicon): boolean {
  const lower = word.toLowerCase();
  return (lower.endsWith("s") || PLURAL_PEOPLE.has(lower)) && isPeopleNoun(lower, lex);
}

const cache = new WeakMap<KnowledgeBase, Lexicon>();

export function lexiconOf(kb: KnowledgeBase): Lexicon {
  let lex = cache.get(kb);
  if (!lex) {
    lex = buildLexicon(kb);
    cache.set(kb, lex);
  }
  return lex;
}

function buildLexicon(kb: KnowledgeBase): Lexicon {
  const { titles, patterns } = kb.actors;
  const keys = (xs: readonly string[]) =>
    new Set(
      xs.map((x) =>
        nameWordsOf(x)
          .map((w) => w.key)
          .join(" "),
      ),
    );
  const masks = new KeyMasks();
  const phrases = (xs: Iterable<string>) => PhraseIndex.of(masks, xs);
  const typed = (xs: Readonly<Record<string, EntityType>>) => new PhraseIndex(masks, Object.entries(xs));
  const trie = withOutlets(kb);
  const listed = masks.claim();
  for (const key of trie.next.keys()) masks.mark(key, key, listed);
  return {
    masks,
    listed,
    trie,
    actorById: kb.actors.byId,
    country: kb.actors.country,
    demonymOf: kb.actors.demonymOf,
    titleHeads: phrases(titles.heads),
    titleModifiers: phrases(titles.modifiers),
    honorifics: phrases(titles.honorifics),
    roleNouns: phrases(titles.roleNouns),
    orgHeads: typed(patterns.organizationHeads),
    orgLeads: typed(patterns.organizationLeads),
    stateForceHeads: phrases(patterns.stateForceHeads),
    mediaHeads: phrases(patterns.mediaHeads),
    mediaCues: phrases(patterns.mediaCues),
    personCues: phrases(patterns.personCues),
    locationCues: phrases(patterns.locationCues),
    locationHeads: phrases(patterns.locationHeads),
    capitalPlaceCues: phrases(patterns.capitalPlaceCues),
    locationLeads: phrases(patterns.locationLeads),
    regimeNouns: keys(patterns.personRegimeNouns),
    notAcronyms: new Set(patterns.notAcronyms),
    sponsorSuffixes: keys(patterns.sponsorSuffixes),
    placeSuffixes: keys(patterns.placeSuffixes),
    statePhrases: phrases(patterns.statePhrases),
    particles: keys(patterns.nameParticles),
    englishParticles: keys(patterns.nameParticles.filter((p) => patterns.notNames.includes(capitalized(p)))),
    creditCues: phrases(patterns.creditCues),
    collectiveHeads: phrases(patterns.collective.heads),
    modifiedCollectiveHeads: phrases(patterns.collective.modifiedHeads),
    collectiveModifiers: keys(patterns.collective.modifiers),
    collectiveTemplate: patterns.collective.nameTemplate,
    notNames: new Set(patterns.notNames),
    trailingTimeWords: new Set(patterns.trailingTimeWords),
    givenNames: kb.actors.givenNames,
    agentNouns: lastWords([...patterns.agentNouns, ...titles.roleNouns]),
    armedMenNouns: lastWords(patterns.armedMenNouns),
    notStateAgentNouns: lastWords([...patterns.armedMenNouns, ...patterns.peopleAgentNouns]),
    nonStateModifiers: lastWords(patterns.nonStateModifiers),
    personNouns: lastWords(patterns.personCues),
    bodyNouns: lastWords(Object.keys(patterns.organizationHeads)),
    outletNouns: lastWords(patterns.mediaCues),
    recordNouns: lastWords(patterns.recordNouns),
    areaNouns: keys(patterns.areaNouns),
  };
}

function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The last words of phrases, in lower case: the nouns that head them. */
function lastWords(phrases: readonly string[]): Set<string> {
  return new Set(phrases.map((p) => p.toLowerCase().split(" ").pop() ?? p));
}

/** Outlet names too short or too common to find in running text ("i", "Time" at a sentence start). */
function isRecognizableOutletName(text: string, notNames: ReadonlySet<string>): boolean {
  const bare = text.replace(/^the\s+/i, "");
  return bare.replace(/[^\p{L}\p{N}]/gu, "").length >= 3 && !notNames.has(bare);
}

/** A copy of the gazetteer's trie with the registry's outlets added as MEDIA actors. */
function withOutlets(kb: KnowledgeBase): TrieNode {
  const root = copyTrie(kb.actors.trie);
  const notNames = new Set(kb.actors.patterns.notNames);
  for (const o of kb.outlets.outlets) {
    const actor: Actor = {
      id: o.id,
      name: o.name,
      type: "MEDIA",
      country: o.country,
      role: null,
      aliases: o.aliases,
    };
    for (const text of [o.name, ...o.aliases]) {
      if (isRecognizableOutletName(text, notNames))
        insertForm(root, actor, text, text === o.name ? "name" : "alias");
    }
  }
  return root;
}

function copyTrie(node: TrieNode): TrieNode {
  const next = new Map<string, TrieNode>();
  for (const [key, child] of node.next) next.set(key, copyTrie(child));
  return { next, forms: [...node.forms] };
}
