// How the article holds an event: the cue phrases around the trigger and the quote it sits in.
// Where several apply the strongest reason to doubt wins (MODALITIES is ordered that way).
import { MODALITIES, type Modality } from "../../contract/types.js";
import type { CueModality, EventLexicon } from "../../knowledge/events.js";
import type { LocalQuote, Range, Segmentation } from "../types.js";
import { lowerOf } from "./forms.js";
import { CLAUSE_BREAKS, DETERMINERS, PRONOUNS } from "./grammar.js";
import { type Word, wordsAre } from "./words.js";

/** How far before (and after) the trigger a cue of each kind counts, in words. */
const REACH: Record<CueModality, { before: number; after: number }> = {
  denied: { before: 12, after: 0 },
  unconfirmed: { before: 40, after: 40 },
  alleged: { before: 6, after: 2 },
  claimed: { before: 10, after: 0 },
  conditional: { before: 8, after: 0 },
  planned: { before: 4, after: 0 },
  reported: { before: 40, after: 40 },
};

export interface CueHit {
  kind: CueModality;
  first: number;
  last: number;
}

/** Every cue phrase of the sentence. */
export function findCues(words: readonly Word[]): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const cue of words[i].form.cues) {
      if (wordsAre(words, i, cue.words)) {
        hits.push({ kind: cue.kind, first: i, last: i + cue.words.length - 1 });
      }
    }
  }
  return hits;
}

export interface ModalityResult {
  modality: Modality;
  /** The quote whose words state the event, if any. */
  quote: LocalQuote | null;
}

export function modalityOf(
  trigger: Range & { first: number; last: number },
  cues: readonly CueHit[],
  quotes: readonly LocalQuote[],
): ModalityResult {
  const found = new Set<Modality>(["asserted"]);
  for (const cue of cues) if (cueApplies(cue, trigger)) found.add(cue.kind);
  const quote = enclosingQuote(quotes, trigger);
  if (quote) found.add("reported");
  return { modality: MODALITIES.find((m) => found.has(m)) ?? "asserted", quote: quote ?? null };
}

/** How many quotes back from the trigger can still enclose it: nesting in news is shallow. */
const NESTING_WINDOW = 32;

/**
 * The earliest-starting quote that holds the trigger (not as its own cue). `quotes` are sorted by
 * start, so a binary search finds the last one starting before the trigger and a short scan back
 * finds the enclosing ones: linear in the article, where a search of every quote was quadratic.
 */
function enclosingQuote(quotes: readonly LocalQuote[], trigger: Range): LocalQuote | null {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].start <= trigger.start) lo = mid + 1;
    else hi = mid;
  }
  let found: LocalQuote | null = null;
  for (let i = lo - 1; i >= Math.max(0, lo - NESTING_WINDOW); i--) {
    const q = quotes[i];
    if (trigger.end <= q.end && !overlaps(q.cueRange, trigger)) found = q;
  }
  return found;
}

function cueApplies(cue: CueHit, trigger: { first: number; last: number }): boolean {
  if (cue.first <= trigger.last && trigger.first <= cue.last) return false; // the trigger is not its own cue
  const reach = REACH[cue.kind];
  if (cue.last < trigger.first) return trigger.first - cue.last <= reach.before;
  return cue.first - trigger.last <= reach.after;
}

function overlaps(a: Range | null, b: Range): boolean {
  return a !== null && a.start < b.end && b.start < a.end;
}

/** Whether a negation stands within three words before the trigger: "did not attack", "failed to reach". */
export function isNegated(words: readonly Word[], first: number, lexicon: EventLexicon): boolean {
  for (let i = Math.max(0, first - 3); i < first; i++) {
    if (/n['’]t$/.test(words[i].lower)) return true;
    for (const cue of lexicon.negationCues) {
      if (i + cue.length <= first && wordsAre(words, i, cue)) return true;
    }
  }
  return false;
}

// Words that end the noun phrase an event noun heads, looking left.
const PHRASE_EDGES = new Set(["of", "for", "to", "with", "on", "in", "against", "by", "and", "or"]);

const ALPHANUMERIC_START = /^[\p{L}\p{N}]/u;

/** Whether a word before the event noun at `first` makes it a possibility: "possible US operations". */
export function isHypothetical(words: readonly Word[], first: number, lexicon: EventLexicon): boolean {
  for (let i = first - 1; i >= 0 && i >= first - 4; i--) {
    const lower = words[i].lower;
    if (lexicon.hypotheticalModifiers.has(lower)) return true;
    if (DETERMINERS.has(lower) || PHRASE_EDGES.has(lower) || !ALPHANUMERIC_START.test(lower)) return false;
  }
  return false;
}

// Modals that make what their subject names a possibility: "an assault would be a disaster".
const HYPOTHETICAL_MODALS = new Set(["would", "could", "might"]);
// Words from an event noun to the verb of its clause: "an attack on the northern port would".
const MAX_NOUN_PHRASE = 6;

/**
 * Whether the event noun ending at `last` is the subject of a modal of possibility: "warned
 * that an assault on the city would be a disaster". A cue that opens with the modal ("could not
 * be verified") doubts a real event instead.
 */
export function isSubjectOfModal(words: readonly Word[], last: number): boolean {
  for (let k = last + 1; k < words.length && k <= last + MAX_NOUN_PHRASE; k++) {
    const w = words[k];
    if (HYPOTHETICAL_MODALS.has(w.lower)) return !opensDoubt(words, k);
    // "a ceasefire and they would persist": a pronoun is the subject of a clause of its own.
    if (!ALPHANUMERIC_START.test(w.text) || CLAUSE_BREAKS.has(w.lower) || PRONOUNS.has(w.lower)) return false;
    if (w.form.eventNoun) return false;
  }
  return false;
}

/** "could not be verified": a cue at k that doubts a real event, not one that makes it possible. */
function opensDoubt(words: readonly Word[], k: number): boolean {
  return words[k].form.cues.some(
    (c) => (c.kind === "unconfirmed" || c.kind === "denied") && wordsAre(words, k, c.words),
  );
}

/**
 * Sentences that doubt the event named before them, with the doubt: "It had not been confirmed
 * it" (a negated confirmation of a pronoun) is unconfirmed, "Baghdad denied it" denied.
 */
export function doubtsOfEarlier(segmentation: Segmentation, lexicon: EventLexicon): Map<number, CueModality> {
  const { pronouns, confirmations } = lexicon.doubtsOfEarlier;
  const tokens = segmentation.tokens;
  const doubts = new Map<number, CueModality>();
  for (let k = 0; k + 1 < tokens.length; k++) {
    const next = tokens[k + 1];
    // The pronoun follows a verb, so it is never capitalized: compare the text as it stands.
    if (next.sentence !== tokens[k].sentence || !pronouns.has(next.text)) continue;
    const lower = lowerOf(lexicon, tokens[k].text);
    if (lexicon.cues.get(lower)?.some((c) => c.kind === "denied" && c.words.length === 1))
      doubts.set(next.sentence, "denied");
    else if (confirmations.has(lower) && negatedToken(segmentation, k, lexicon))
      doubts.set(next.sentence, "unconfirmed");
  }
  return doubts;
}

/** A negation among the six tokens of the sentence before token k: "didn't appear that X had confirmed". */
function negatedToken(segmentation: Segmentation, k: number, lexicon: EventLexicon): boolean {
  const { tokens } = segmentation;
  for (let j = k - 1; j >= 0 && j >= k - 6 && tokens[j].sentence === tokens[k].sentence; j--) {
    const lower = lowerOf(lexicon, tokens[j].text);
    if (/n['’]t$/.test(lower) || lexicon.negationCues.some((c) => c.length === 1 && c[0] === lower))
      return true;
  }
  return false;
}

/** The stronger reason to doubt of two modalities (MODALITIES is ordered strongest first). */
export function strongerModality(a: Modality, b: Modality): Modality {
  return MODALITIES.indexOf(a) <= MODALITIES.indexOf(b) ? a : b;
}
