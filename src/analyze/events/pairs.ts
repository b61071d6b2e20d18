// "Both sides", "the two countries": a phrase that counts two parties stands for the pair named
// before it, in its sentence ("Chile and Peru signed a deal under which the two countries ...")
// or in the sentence before ("Armenia and Azerbaijan traded fire. Both sides ..."). The first of
// the pair is the phrase's owner (it acts for the phrase), the second its partner (the other
// party of an act done together).
import type { LocalEntity } from "../types.js";
import { isFiller } from "./grammar.js";
import type { Phrase } from "./phrases.js";
import type { Word } from "./words.js";

/** Heads of a phrase that may count two parties. */
const PAIR_NOUNS = new Set(
  "sides countries nations parties neighbours neighbors governments leaders armies".split(" "),
);
const PARTY_TYPES = new Set(["COUNTRY", "ORGANIZATION", "ARMED_GROUP", "IGO", "PERSON"]);
const AND_BETWEEN = /^\s+and\s+(?:the\s+)?$/;

export interface MentionOf {
  entity: LocalEntity;
  start: number;
  end: number;
}

/** Sets owner and partner on the phrases of a sentence that count the two parties of a pair. */
export function resolvePairs(
  text: string,
  words: readonly Word[],
  phrases: Phrase[],
  previous: readonly MentionOf[],
): void {
  let before: [Phrase, Phrase] | null | undefined;
  for (const p of phrases) {
    if (p.owner || p.entity) continue;
    if (!countsTwo(words, p)) continue;
    if (before === undefined) before = pairIn(text, previous);
    const pair = pairBefore(words, phrases, p) ?? before;
    if (!pair) continue;
    p.owner = pair[0];
    p.partner = pair[1];
  }
}

/** "both sides", "the two countries", "two neighbours". */
function countsTwo(words: readonly Word[], p: Phrase): boolean {
  if (p.first !== p.last || !PAIR_NOUNS.has(words[p.last].lower)) return false;
  const one = words[p.first - 1]?.lower;
  return one === "both" || (one === "two" && (words[p.first - 2]?.lower ?? "") !== "of");
}

/** The last "A and B" of two named parties before the phrase, in its sentence. */
function pairBefore(words: readonly Word[], phrases: readonly Phrase[], p: Phrase): [Phrase, Phrase] | null {
  let found: [Phrase, Phrase] | null = null;
  for (let n = 0; n + 1 < phrases.length && phrases[n].last < p.first; n++) {
    const a = phrases[n];
    if (!a.proper || words[a.last + 1]?.lower !== "and") continue;
    let k = a.last + 2;
    while (k < words.length && isFiller(words[k].lower)) k++;
    const b = phrases.find((q) => q.first === k);
    if (b?.proper && b.last < p.first && partyOf(a) && partyOf(b)) found = [a, b];
  }
  return found;
}

function partyOf(p: Phrase): boolean {
  return p.entity === null || PARTY_TYPES.has(p.entity.type);
}

/** Two parties mentioned as "A and B" in the sentence before, as phrases of their entities. */
function pairIn(text: string, mentions: readonly MentionOf[]): [Phrase, Phrase] | null {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (let n = 0; n + 1 < sorted.length; n++) {
    const [a, b] = [sorted[n], sorted[n + 1]];
    if (a.entity === b.entity || !PARTY_TYPES.has(a.entity.type) || !PARTY_TYPES.has(b.entity.type)) continue;
    if (AND_BETWEEN.test(text.slice(a.end, b.start))) return [standIn(a), standIn(b)];
  }
  return null;
}

/** A phrase that stands for a mention outside the sentence: only its entity is read. */
function standIn(m: MentionOf): Phrase {
  return {
    first: -1,
    last: -1,
    start: m.start,
    end: m.end,
    entity: m.entity,
    mention: null,
    type: m.entity.type,
    proper: true,
    name: m.entity.name,
    nation: null,
    unit: false,
    instrument: false,
  };
}
