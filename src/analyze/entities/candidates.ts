// What the proposers hand to the reconciler: a run of words that names an entity, and why.
import type { EntityType } from "../../contract/types.js";
import { type Actor, nameKey } from "../../knowledge/actors.js";
import type { MentionKind } from "../types.js";
import type { FormMatch } from "./gazetteer.js";
import type { Lexicon } from "./lexicon.js";
import type { Word } from "./words.js";

/** The entity a candidate names, before the article's entities are assembled. */
export interface Seed {
  key: string;
  name: string;
  type: EntityType;
  country: string | null;
  role: string | null;
}

export interface Candidate {
  /** Words [from, to) of the article's word list. */
  from: number;
  to: number;
  kind: MentionKind;
  seed: Seed;
  /** Breaks ties between candidates of one length: listed knowledge over shapes. */
  rank: number;
  /** Why it was proposed, for debugging and tests. */
  reason: string;
}

export const RANK = { shape: 1, collective: 2, listed: 3, titled: 4 } as const;

/** The reason of an all-capital word proposed as an organisation nobody listed. */
export const UNLISTED_ACRONYM = "unlisted acronym";

export interface Scan {
  text: string;
  words: readonly Word[];
  lex: Lexicon;
  /** Memo of listedFormAt per word: every proposer asks it, often about the same word. */
  listed: (FormMatch | null | undefined)[];
}

export function newScan(text: string, words: readonly Word[], lex: Lexicon): Scan {
  return { text, words, lex, listed: new Array(words.length) };
}

export function seedOfActor(actor: Actor): Seed {
  return {
    key: `kb:${actor.id}`,
    name: actor.name,
    type: actor.type,
    country: actor.country,
    role: actor.role,
  };
}

export function newSeed(type: EntityType, name: string, country: string | null, role: string | null): Seed {
  return { key: `new:${type}:${nameKey(name)}`, name, type, country, role };
}

/** A seed named by the article's words [from, to), keyed without re-reading the name. */
export function seedOfWords(
  scan: Scan,
  type: EntityType,
  from: number,
  to: number,
  country: string | null,
  role: string | null,
): Seed {
  return {
    key: `new:${type}:${wordKeys(scan, from, to)}`,
    name: textOf(scan, from, to),
    type,
    country,
    role,
  };
}

/** The name key of words [from, to): their transliteration keys joined by spaces. */
export function wordKeys(scan: Scan, from: number, to: number): string {
  let key = scan.words[from].key;
  for (let k = from + 1; k < to; k++) key += ` ${scan.words[k].key}`;
  return key;
}

/** The article text that words [from, to) cover. */
export function textOf(scan: Scan, from: number, to: number): string {
  return scan.text.slice(scan.words[from].start, scan.words[to - 1].end);
}

/** "Photo by X/AFP": names in a credit line are not actors of the story. */
export function isCredit(scan: Scan, c: Candidate): boolean {
  const { words, lex } = scan;
  for (let k = c.from - 1; k >= Math.max(0, c.from - 3); k--) {
    if (words[k].sentence !== words[c.from].sentence) return false;
    if (lex.creditCues.endingAt(words, k)) return true;
  }
  return false;
}
