// What surrounds a candidate span: the word before it, the word after it, and the clause it sits
// in. Proposers use these to reject labels ("Resolution 2334", "Theresa May") and the resolver
// to read the tense of the clause.
import { FUTURE_CUE, MONTHS, PAST_CUE, TEMPORAL_PREPOSITIONS, WEEKDAYS } from "./lexicon.js";

/**
 * The word (letters, digits, apostrophes, dots) ending just before `at`, skipping spaces and
 * hyphens, within 30 characters: what /([\p{L}\p{N}'’.]+)[\s-]*$/u captures in that window, read
 * backwards from `at` (the regex tried every start in the window, each to its end).
 */
export function wordBefore(text: string, at: number): string {
  const from = Math.max(0, at - 30);
  let end = at;
  while (end > from && isSpaceOrHyphen(text.charCodeAt(end - 1))) end--;
  let start = end;
  for (;;) {
    const width = pairBefore(text, start, from) ? 2 : 1;
    if (start - width < from || !isWordCharAt(text, start - width, width)) break;
    start -= width;
  }
  return text.slice(start, end);
}

function isSpaceOrHyphen(code: number): boolean {
  if (code === 32 || code === 45) return true;
  return code > 127 ? /\s/.test(String.fromCharCode(code)) : code >= 9 && code <= 13;
}

/** Whether the two code units before `at`, both at or after `from`, are a surrogate pair. */
function pairBefore(text: string, at: number, from: number): boolean {
  if (at - 2 < from) return false;
  const low = text.charCodeAt(at - 1);
  const high = text.charCodeAt(at - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
}

// Compiled once: a \p{...} literal inside a function may be rebuilt on every call.
const WORD_CHAR = /^[\p{L}\p{N}’]$/u;
const WORD_AFTER = /^\s*([\p{L}\p{N}'’]+)/u;
const CAPITAL_START = /^\p{Lu}/u;
const ANY_LOWER = /\p{Ll}/u;
const WORD_OR_CLAUSE_END = /[\p{L}\p{N},;]\s*$/u;

/** Whether the character of `width` code units at i is a letter, a digit, an apostrophe or a dot. */
function isWordCharAt(text: string, i: number, width: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 128) return WORD_CHAR.test(text.slice(i, i + width));
  const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return letter || (code >= 48 && code <= 57) || code === 39 || code === 46;
}

/** The word starting just after `at`, skipping spaces. */
export function wordAfter(text: string, at: number): string {
  return WORD_AFTER.exec(text.slice(at, at + 30))?.[1] ?? "";
}

const isCapitalized = (word: string) => CAPITAL_START.test(word);

/** A word that may stand before a date without the date being part of a name ("Iraq's 2005 vote"). */
function isDateNeighbour(word: string): boolean {
  if (/['’]s?$/.test(word)) return true;
  const lower = word.toLowerCase().replace(/\.+$/, "");
  return TEMPORAL_PREPOSITIONS.has(lower) || MONTHS.has(lower) || WEEKDAYS.includes(lower);
}

/**
 * True when a capitalized word that is neither a preposition nor a calendar word stands before
 * `at`: the number or month after it is then part of a name ("Resolution 2334", "Theresa May",
 * "Good Friday").
 */
export function followsName(text: string, at: number): boolean {
  const before = wordBefore(text, at);
  return isCapitalized(before) && !isDateNeighbour(before);
}

export function isTemporalPreposition(word: string): boolean {
  return TEMPORAL_PREPOSITIONS.has(word.toLowerCase());
}

const CLAUSE_BOUNDARY = /[,;:()—–\n]|\s-\s|[.!?]\s/g;
const CLAUSE_BOUNDARY_ONCE = new RegExp(CLAUSE_BOUNDARY.source);

/** The text from the start of the clause holding `at` up to `at`. */
function clauseBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 200), at);
  let start = 0;
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(window); m; m = CLAUSE_BOUNDARY.exec(window))
    start = m.index + m[0].length;
  return window.slice(start);
}

/** The words after `at` up to the end of its sentence, at most 60 characters of them. */
function sentenceRest(text: string, at: number): string {
  const rest = text.slice(at, at + 60);
  const stop = rest.search(/[.!?]\s|\n/);
  return stop < 0 ? rest : rest.slice(0, stop);
}

export type Tense = "future" | "past" | null;

/** How many words before a date are read for a past-tense verb: "announced her resignation in". */
const PAST_REACH = 4;

/**
 * The tense around a date: "future" when the clause before it has a future cue anywhere ("will
 * begin on April 7"), "past" when a past-tense verb stands in its last few words ("fired in
 * February"). Otherwise the first cue after it decides: in the rest of the sentence when the
 * date opens its clause ("In December, militants attacked"), else in the next few words of the
 * clause ("The strike on Jan. 28 killed"), so that a later reporting verb ("..., he said") does
 * not count. Null when there is no cue.
 */
export function clauseTense(text: string, at: number, end: number): Tense {
  const words = clauseBefore(text, at).trim().split(/\s+/).filter(Boolean);
  if (FUTURE_CUE.test(words.join(" "))) return "future";
  if (PAST_CUE.test(words.slice(-PAST_REACH).join(" "))) return "past";
  const rest = sentenceRest(text, end);
  if (words.every(isTemporalPreposition)) return firstCueTense(rest);
  return firstCueTense(
    rest
      .split(CLAUSE_BOUNDARY_ONCE)[0]
      .split(/\s+/)
      .slice(0, PAST_REACH + 1)
      .join(" "),
  );
}

function firstCueTense(words: string): Tense {
  const future = words.search(FUTURE_CUE);
  const past = words.search(PAST_CUE);
  if (future < 0 && past < 0) return null;
  return past < 0 || (future >= 0 && future < past) ? "future" : "past";
}

const SHIFT_BEFORE = /\b(last|next|this)\s+$/i;

/** "last", "next" or "this" just before `at` ("last June", "next Friday"), with where it starts. */
export function shiftBefore(
  text: string,
  at: number,
): { shift: "last" | "next" | "this"; start: number } | null {
  const m = SHIFT_BEFORE.exec(text.slice(Math.max(0, at - 8), at));
  return m ? { shift: m[1].toLowerCase() as "last" | "next" | "this", start: at - m[0].length } : null;
}

/**
 * True when words that usually tell a time are written as a title: capitalized in mid-sentence
 * (ABC's "This Week"), in capitals ("USA TODAY"), or closed by a quotation mark (NBC's "Today").
 */
export function isWrittenAsTitle(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end);
  if (!CAPITAL_START.test(words)) return false;
  if (!ANY_LOWER.test(words) || /^["”’']/.test(text.slice(end, end + 1))) return true;
  return WORD_OR_CLAUSE_END.test(text.slice(Math.max(0, start - 3), start));
}
