// The knowledge the entity stage reads, indexed for matching word keys: built once per
// knowledge base (cached), so an article costs one pass over its words.
import type { EntityType } from "../../contract/types.js";
import { type Actor, insertForm, nameWordsOf, type TrieNode } from "../../knowledge/actors.js";
import type { KnowledgeBase } from "../../knowledge/index.js";
import type { Word } from "./words.js";

interface PhraseNode<V> {
  next: Map<string, PhraseNode<V>>;
  value: V | undefined;
}

/** A set of multi-word phrases, matched forwards from a word or backwards from a word. */
export class PhraseIndex<V = true> {
  private readonly forward: PhraseNode<V> = { next: new Map(), value: undefined };
  private readonly backward: PhraseNode<V> = { next: new Map(), value: undefined };

  constructor(entries: Iterable<[string, V]>) {
    for (const [phrase, value] of entries) {
      const keys = nameWordsOf(phrase).map((w) => w.key);
      if (!keys.length) continue;
      insert(this.forward, keys, value);
      insert(this.backward, keys.reverse(), value);
    }
  }

  static of(phrases: Iterable<string>): PhraseIndex<true> {
    return new PhraseIndex([...phrases].map((p) => [p, true] as [string, true]));
  }

  /** The longest phrase that starts at words[i], within one sentence: its length and value. */
  from(words: readonly Word[], i: number): { length: number; value: V } | null {
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
  locationLeads: PhraseIndex;
  regimeNouns: ReadonlySet<string>;
  notAcronyms: ReadonlySet<string>;
  sponsorSuffixes: ReadonlySet<string>;
  placeSuffixes: ReadonlySet<string>;
  statePhrases: PhraseIndex;
  particles: ReadonlySet<string>;
  creditCues: PhraseIndex;
  collectiveHeads: PhraseIndex;
  modifiedCollectiveHeads: PhraseIndex;
  collectiveModifiers: ReadonlySet<string>;
  collectiveTemplate: string;
  notNames: ReadonlySet<string>;
  givenNames: ReadonlySet<string>;
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
  return {
    trie: withOutlets(kb),
    actorById: kb.actors.byId,
    country: kb.actors.country,
    demonymOf: kb.actors.demonymOf,
    titleHeads: PhraseIndex.of(titles.heads),
    titleModifiers: PhraseIndex.of(titles.modifiers),
    honorifics: PhraseIndex.of(titles.honorifics),
    roleNouns: PhraseIndex.of(titles.roleNouns),
    orgHeads: new PhraseIndex(Object.entries(patterns.organizationHeads)),
    orgLeads: new PhraseIndex(Object.entries(patterns.organizationLeads)),
    stateForceHeads: PhraseIndex.of(patterns.stateForceHeads),
    mediaHeads: PhraseIndex.of(patterns.mediaHeads),
    mediaCues: PhraseIndex.of(patterns.mediaCues),
    personCues: PhraseIndex.of(patterns.personCues),
    locationCues: PhraseIndex.of(patterns.locationCues),
    locationHeads: PhraseIndex.of(patterns.locationHeads),
    locationLeads: PhraseIndex.of(patterns.locationLeads),
    regimeNouns: keys(patterns.personRegimeNouns),
    notAcronyms: new Set(patterns.notAcronyms),
    sponsorSuffixes: keys(patterns.sponsorSuffixes),
    placeSuffixes: keys(patterns.placeSuffixes),
    statePhrases: PhraseIndex.of(patterns.statePhrases),
    particles: keys(patterns.nameParticles),
    creditCues: PhraseIndex.of(patterns.creditCues),
    collectiveHeads: PhraseIndex.of(patterns.collective.heads),
    modifiedCollectiveHeads: PhraseIndex.of(patterns.collective.modifiedHeads),
    collectiveModifiers: keys(patterns.collective.modifiers),
    collectiveTemplate: patterns.collective.nameTemplate,
    notNames: new Set(patterns.notNames),
    givenNames: kb.actors.givenNames,
  };
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
