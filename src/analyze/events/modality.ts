// How the article holds an event: the cue phrases around the trigger and the quote it sits in.
// Where several apply the strongest reason to doubt wins (MODALITIES is ordered that way).
import { MODALITIES, type Modality } from "../../contract/types.js";
import type { CueModality, EventLexicon } from "../../knowledge/events.js";
import type { LocalQuote, Range } from "../types.js";
import type { Word } from "./words.js";

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
export function findCues(words: readonly Word[], lexicon: EventLexicon): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const cue of lexicon.cues.get(words[i].lower) ?? []) {
      if (cue.words.every((p, k) => words[i + k]?.lower === p)) {
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
  const quote = quotes.find(
    (q) => q.start <= trigger.start && trigger.end <= q.end && !overlaps(q.cueRange, trigger),
  );
  if (quote) found.add("reported");
  return { modality: MODALITIES.find((m) => found.has(m)) ?? "asserted", quote: quote ?? null };
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
      if (i + cue.length <= first && cue.every((w, k) => words[i + k].lower === w)) return true;
    }
  }
  return false;
}
