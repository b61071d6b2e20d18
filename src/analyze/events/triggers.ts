// Trigger words of a sentence: the longest lexicon entry that matches at each word, with the
// verb or noun reading that the neighbouring words allow. Idioms ("strike a balance") match
// like triggers and code nothing, which keeps their words from triggering on their own.
import type { EventFrame, EventLexicon, PartOfSpeech, Trigger } from "../../knowledge/events.js";
import { AUXILIARIES, DETERMINERS, isNumber, POSSESSIVES, PRONOUNS, TIME_WORDS } from "./grammar.js";
import { isPastForm, type Word } from "./words.js";

export interface TriggerMatch {
  /** Word indexes of the first and last word of the trigger. */
  first: number;
  last: number;
  pos: PartOfSpeech;
  frame: EventFrame;
}

// Words between the parts of a phrasal verb: "called Thursday on Arabs", "shot the drone down".
const MAX_GAP = 2;
// Last words of a trigger that follow the verb's whole object, however long it is: "at" names the
// aim after what is thrown or fired ("fired tear gas and rubber bullets at"); a verdict follows
// whom it is on ("found the former defence minister guilty", "held the army responsible").
const AIM_PARTICLE = "at";
export const VERDICTS: ReadonlySet<string> = new Set(["guilty", "liable", "responsible"]);
const AFTER_OBJECT = new Set([AIM_PARTICLE, ...VERDICTS]);
const MAX_OBJECT_GAP = 6;
const ARTICLES = new Set(["the", "a", "an"]);
// Particles that end phrasal verbs ("call on", "step up"), which a time after them may take instead.
const PARTICLES = new Set(
  "on upon off up down out in at for with to into over back away about against through".split(" "),
);
const NOMINAL_BEFORE = new Set([
  "under",
  "of",
  "on",
  "in",
  "for",
  "with",
  "after",
  "during",
  "against",
  "by",
  "amid",
  "following",
]);

const ALL_LOWER = /^\p{Ll}+$/u;

// A finite verb never follows these; a past form after them modifies a noun.
const PREPOSITIONS_BEFORE_ADJECTIVES = new Set([
  "from",
  "of",
  "in",
  "into",
  "on",
  "with",
  "for",
  "at",
  "against",
  "about",
  "among",
  "without",
]);

/** The longest trigger or idiom that may start at a word, and the index of its last word. */
export interface Candidate {
  trigger: Trigger;
  last: number;
}

/** The candidate at each word, or null: null too where `blocked` words (inside names) stand. */
export function triggerCandidates(
  words: readonly Word[],
  lexicon: EventLexicon,
  blocked: (i: number) => boolean,
): (Candidate | null)[] {
  return words.map((_, i) => (blocked(i) ? null : bestTriggerAt(words, i, lexicon)));
}

/**
 * Trigger matches left to right among the candidates; `blocked` words never start one (it must
 * block at least the words the candidates were blocked at).
 */
export function findTriggers(
  candidates: readonly (Candidate | null)[],
  blocked: (i: number) => boolean,
): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  let i = 0;
  while (i < candidates.length) {
    const found = blocked(i) ? null : candidates[i];
    if (!found) {
      i++;
      continue;
    }
    if (found.trigger.frame)
      out.push({ first: i, last: found.last, pos: found.trigger.pos, frame: found.trigger.frame });
    i = found.last + 1;
  }
  return out;
}

function bestTriggerAt(words: readonly Word[], i: number, lexicon: EventLexicon): Candidate | null {
  const { triggers } = words[i].form;
  if (triggers.length === 0) return null;
  let best: Candidate | null = null;
  // Whether a reading fits depends on the word and its neighbours only: each is read once, kept
  // in a variable of its own (an object keyed by the part of speech cost a keyed lookup each time).
  let verbFits: boolean | undefined;
  let nounFits: boolean | undefined;
  for (const trigger of triggers) {
    if (best && best.trigger.lemmas.length >= trigger.lemmas.length) continue;
    const last = matchRest(words, i, trigger);
    if (last < 0) continue;
    if (trigger.pos === "verb") verbFits ??= fitsReading(words, i, "verb", lexicon);
    else nounFits ??= fitsReading(words, i, "noun", lexicon);
    if (trigger.pos === "verb" ? verbFits : nounFits) best = { trigger, last };
  }
  return best;
}

/** The index of the last matched word, or -1. */
function matchRest(words: readonly Word[], i: number, trigger: Trigger): number {
  let at = i;
  for (let k = 1; k < trigger.lemmas.length; k++) {
    const lemma = trigger.lemmas[k];
    const gap = trigger.pos === "noun" ? 0 : AFTER_OBJECT.has(lemma) ? MAX_OBJECT_GAP : MAX_GAP;
    let next = -1;
    for (let j = at + 1; j <= at + 1 + gap && j < words.length; j++) {
      if (words[j].lemmas.includes(lemma)) {
        next = j;
        break;
      }
      if (words[j].form.endsPhrasalVerb) break;
    }
    if (next < 0 || (next > at + 1 + MAX_GAP && namesEvent(words, at + 1, next))) return -1;
    at = next;
  }
  // ... and neither is "called on Monday": the particle belongs to the time ("remained on alert
  // Wednesday" ends in a noun, which no time takes).
  const particle = PARTICLES.has(trigger.lemmas[trigger.lemmas.length - 1]);
  return particle && at > i && TIME_WORDS.has(words[at + 1]?.lower ?? "") ? -1 : at;
}

/** "fired four bombs at": what is fired may be a trigger of its own, which then codes instead. */
function namesEvent(words: readonly Word[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (words[j].form.triggers.some((t) => t.lemmas.length === 1)) return true;
  return false;
}

/** Whether the word at i can be read as a verb (or a noun) where it stands. */
function fitsReading(words: readonly Word[], i: number, pos: PartOfSpeech, lexicon: EventLexicon): boolean {
  const nominal = looksNominal(words, i, lexicon);
  // "militia that kidnapped", "a force that took up arms": a past form after "that" is still a verb,
  // but not after a preposition: "from frozen facilities" is an adjective.
  if (pos === "verb") {
    const prev = words[i - 1]?.lower ?? "";
    if (isPastForm(words[i])) return !ARTICLES.has(prev) && !PREPOSITIONS_BEFORE_ADJECTIVES.has(prev);
    return !nominal;
  }
  return nominal || !looksVerbal(words, i);
}

function looksNominal(words: readonly Word[], i: number, lexicon: EventLexicon): boolean {
  const prev = words[i - 1]?.lower ?? "";
  if (DETERMINERS.has(prev) || NOMINAL_BEFORE.has(prev) || isNumber(prev)) return true;
  // "the naval blockade", "a joint attack": an adjective after a determiner opens a noun phrase.
  // "a large-scale attack": so does a hyphenated compound.
  const adjective = lexicon.actorModifiers.has(prev) || (prev.includes("-") && /^\p{Ll}/u.test(prev));
  if (adjective && DETERMINERS.has(words[i - 2]?.lower ?? "")) return true;
  if (describedByOwner(words, i)) return true;
  if (/['’]s$/.test(prev) && !words[i].lower.endsWith("ed")) return true;
  return (words[i].lower.endsWith("ing") && words[i + 1]?.lower === "of") || isPluralSubject(words, i);
}

/**
 * "demanded their immediate release", "its eventual withdrawal": a word between a possessive
 * and the trigger is an adjective of the noun, unless it names who acts ("their troops withdraw",
 * "its police arrest").
 */
function describedByOwner(words: readonly Word[], i: number): boolean {
  const between = words[i - 1];
  if (!between || !POSSESSIVES.has(words[i - 2]?.lower ?? "")) return false;
  return ALL_LOWER.test(between.text) && !between.lower.endsWith("s") && !between.form.actorNoun;
}

/** "artillery shells struck a market": a plural before a past verb and its object is that verb's subject. */
function isPluralSubject(words: readonly Word[], i: number): boolean {
  const next = words[i + 1];
  return (
    words[i].lower.endsWith("s") &&
    next !== undefined &&
    isPastForm(next) &&
    DETERMINERS.has(words[i + 2]?.lower ?? "")
  );
}

function looksVerbal(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1]?.lower ?? "";
  if (prev === "to" || AUXILIARIES.has(prev) || PRONOUNS.has(prev)) return true;
  // "Iran welcomes the deal", "the envoy welcomes the": a form in -s between a name (or an actor
  // noun) and a determiner agrees with it.
  const before = words[i - 1];
  const subject = before !== undefined && (before.capitalized || before.form.actorNoun);
  if (subject && words[i].lower.endsWith("s") && DETERMINERS.has(words[i + 1]?.lower ?? "")) return true;
  // "stormed the post, killing nine": a participle after a comma, unless "the killing of".
  if (prev === "," && words[i].lower.endsWith("ing")) return words[i + 1]?.lower !== "of";
  return words[i].lower.endsWith("ed");
}
