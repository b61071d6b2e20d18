// The words naming a speaker, read as a noun phrase: a pronoun ("he"), a name with its titles
// ("Iraqi Defense Minister Thabit al-Abbasi" -> name "Thabit al-Abbasi", role "Defense
// Minister"), or a description ("officials at the navy's southern base", "the report").
import type { CueLexicon } from "../../knowledge/cues.js";
import type { Range } from "../types.js";
import type { Item } from "./units.js";

export type PhraseKind = "pronoun" | "name" | "description";

export interface SpeakerPhrase extends Range {
  text: string;
  kind: PhraseKind;
  /** The name without titles, for kind "name". */
  name: (Range & { text: string }) | null;
  /** Title words before the name: "Defense Minister". */
  role: string | null;
  /** Lower-case head word: the pronoun, the name's last word or the description's noun. */
  head: string;
  headRange: Range;
  /** A leading "the", "this" or possessive: the phrase refers back ("the minister"). */
  definite: boolean;
}

const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you"]);
const LEADING_FILLERS = new Set([
  "even",
  "already",
  "only",
  "just",
  "perhaps",
  "since",
  "after",
  "as",
  "when",
  "while",
  "if",
  "though",
  "although",
  "because",
  "despite",
  "before",
  "until",
  "unless",
  "now",
  "but",
  "and",
  "also",
  "however",
  "meanwhile",
  "then",
  "so",
  "yet",
  "still",
  "later",
  "earlier",
  "separately",
  "today",
  "yesterday",
  "instead",
  "again",
  "finally",
  "previously",
  "afterwards",
  "indeed",
  "thus",
]);
/** Verbs no speaker's noun phrase holds. */
export const FINITE_VERBS: ReadonlySet<string> = new Set([
  "is",
  "are",
  "was",
  "were",
  "has",
  "have",
  "had",
  "will",
  "would",
  "can",
  "could",
  "may",
  "might",
  "should",
  "must",
  "does",
  "did",
]);
/** "Trump himself said": an intensifier after the speaker is not part of the name. */
const INTENSIFIERS = new Set(["himself", "herself", "itself", "themselves", "alone", "too"]);
const TIME_WORDS = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "today",
  "yesterday",
  "tonight",
  "week",
  "weekend",
  "month",
  "year",
  "morning",
  "afternoon",
  "evening",
  "night",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
]);
/** Words that frame a time: "on Tuesday", "last week", "earlier this month". */
const TIME_FRAMERS = new Set([
  "on",
  "in",
  "at",
  "during",
  "last",
  "this",
  "next",
  "earlier",
  "later",
  "late",
  "early",
]);
const DEFINITE = new Set(["the", "this", "that", "his", "her", "its", "their", "these", "those"]);
const INDEFINITE = new Set(["a", "an", "some", "one", "two", "three", "several", "many", "other", "another"]);
const COUNTS = new Set(["two", "three", "four", "five", "six"]);
const COURTESY_TITLES = new Set(["mr", "mrs", "ms", "miss", "dr"]);
/** "Iraqi", "Iranian", "Lebanese": a capitalized word with a demonym's ending. */
const DEMONYM_SHAPE = /^\p{Lu}\p{Ll}+(?:i|ian|ese|ish|an)$/u;
const EMPLOYER_PREPOSITIONS = new Set(["of", "from", "with"]);
const PREPOSITIONS = new Set([
  "of",
  "in",
  "at",
  "for",
  "from",
  "with",
  "on",
  "within",
  "inside",
  "near",
  "close",
  "to",
  "by",
]);
/** Lower-case words that may sit inside a name: "Center for Political Thought", "al-Abbasi". */
const NAME_JOINERS = new Set([
  "of",
  "for",
  "in",
  "al",
  "el",
  "bin",
  "ibn",
  "de",
  "del",
  "da",
  "van",
  "von",
  "der",
  "abu",
  "and",
  "the",
  "on",
]);

/** Marks inside a name: "al-Abbasi", "St. Louis", "AT&T", "Reuters/Ipsos". */
const NAME_MARKS = new Set(["-", ".", "&", "/"]);

/** "Jr", "Sr", "III": a suffix that tells a son from his father. */
const GENERATIONAL_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/;

/** The generational suffix ending a name ("jr" of "Trump Jr."), or "" when it has none. */
export function suffixOf(name: string): string {
  // The last word found by scanning back, without lower-casing and splitting the whole name.
  let end = name.length;
  while (end > 0 && isSpace(name.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpace(name.charCodeAt(start - 1))) start--;
  if (end - start > LONGEST_SUFFIX) return "";
  const last = name.slice(start, end).toLowerCase();
  return GENERATIONAL_SUFFIX.test(last) ? last.replace(".", "") : "";
}

/** "iii." */
const LONGEST_SUFFIX = 4;
const SPACE = /\s/;

/** What \s matches, tested by character code for ASCII. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(String.fromCharCode(c));
}

const isDeterminer = (w: Item) => DEFINITE.has(w.lower) || INDEFINITE.has(w.lower);
const isCapitalized = (text: string, item: Item) => /^[\p{Lu}\p{N}]/u.test(text.slice(item.start, item.end));

export function readSpeakerPhrase(
  text: string,
  items: readonly Item[],
  lex: CueLexicon,
): SpeakerPhrase | null {
  const words = trimFillers(text, items);
  if (!words.length) return null;
  const range = { start: words[0].start, end: words[words.length - 1].end };
  const first = words[0].lower;
  if (words.length === 1 && PRONOUNS.has(first)) {
    return phrase(text, range, "pronoun", { name: null, role: null, head: first, headRange: range }, true);
  }
  if (
    !isCountedGroup(words) &&
    words.every(
      (w) => isDeterminer(w) || /^[\d’'s]+$/u.test(w.lower) || TIME_WORDS.has(w.lower.replace(/[’']s$/u, "")),
    )
  ) {
    return null; // "The", "31", "Wednesday's": what is left of a phrase the cue patterns misread
  }
  const name = findName(text, words, lex);
  if (name) return phrase(text, range, "name", name, false);
  const head = descriptionHead(words, lex);
  const described = { name: null, role: null, head: head.lower, headRange: head };
  return phrase(text, range, "description", described, DEFINITE.has(first));
}

/** "The two said": a number after "the" counts people named before. */
function isCountedGroup(words: readonly Item[]): boolean {
  return words.length === 2 && words[0].lower === "the" && COUNTS.has(words[1].lower);
}

type Head = Pick<SpeakerPhrase, "name" | "role" | "head" | "headRange">;

/** Fields written out, not spread: V8 builds spread literals on a slow path. */
function phrase(text: string, range: Range, kind: PhraseKind, head: Head, definite: boolean): SpeakerPhrase {
  return {
    start: range.start,
    end: range.end,
    text: text.slice(range.start, range.end),
    kind,
    name: head.name,
    role: head.role,
    head: head.head,
    headRange: head.headRange,
    definite,
  };
}

function trimFillers(text: string, items: readonly Item[]): Item[] {
  let from = afterLeadingAdverbial(text, items);
  let to = Math.min(beforeTrailingTime(text, items), beforeClause(items));
  while (from < to && (items[from].kind !== "word" || LEADING_FILLERS.has(items[from].lower))) from++;
  while (to > from && (items[to - 1].kind !== "word" || INTENSIFIERS.has(items[to - 1].lower))) to--;
  return items.slice(from, to);
}

/**
 * "in public remarks Trump" -> "Trump", "at a rally in the city the mayor" -> "the mayor": a phrase
 * opening with a preposition ends in its subject, a name or a noun after its determiner.
 */
function afterLeadingAdverbial(text: string, items: readonly Item[]): number {
  if (!PREPOSITIONS.has(items[0]?.lower ?? "")) return 0;
  let start = items.length;
  while (start > 1 && items[start - 1].kind === "word" && isCapitalized(text, items[start - 1])) start--;
  if (start < items.length) return start;
  const determiner = items.findLastIndex((w, i) => i > 1 && DEFINITE.has(w.lower));
  return determiner > 0 ? determiner : start;
}

/**
 * "several in the audience did pose", "Pence himself released a statement": a cue pattern misread
 * a clause as the source; the speaker ends before its verb or after its intensifier.
 */
function beforeClause(items: readonly Item[]): number {
  const end = items.findIndex(
    (w, i) => FINITE_VERBS.has(w.lower) || (i > 0 && INTENSIFIERS.has(items[i - 1].lower)),
  );
  return end < 0 ? items.length : end;
}

/**
 * "Barack Obama on Tuesday", "Wolf Blitzer last week": a time after the speaker is not part of it.
 * Two are: the time of a participle that describes the speaker ("the memo released Friday", "a
 * poll published on Sunday"), and a capitalized "Today", which is a name ("USA Today").
 */
function beforeTrailingTime(text: string, items: readonly Item[]): number {
  let to = items.length;
  let sawTime = false;
  while (to > 1 && isTimeWord(text, items[to - 1])) {
    sawTime ||= TIME_WORDS.has(items[to - 1].lower);
    to--;
  }
  const participle = /ed$/.test(items[to - 1].lower) && !isCapitalized(text, items[to - 1]);
  return sawTime && !participle ? to : items.length;
}

function isTimeWord(text: string, item: Item): boolean {
  if (item.lower === "today" && isCapitalized(text, item)) return false;
  return TIME_WORDS.has(item.lower) || TIME_FRAMERS.has(item.lower);
}

/**
 * The name at the end of the phrase: a run of capitalized words (joiners allowed inside) that
 * closes the phrase or is followed by a preposition or an apposition. A capitalized word
 * followed by a lower-case noun is a modifier ("Israeli army"), not a name.
 */
function findName(text: string, words: readonly Item[], lex: CueLexicon) {
  const end = nameEnd(text, words, lex);
  if (end < 0) return null;
  let start = end;
  while (start > 0 && continuesNameLeftward(text, words, start - 1)) start--;
  while (start < end && (!isCapitalized(text, words[start]) || isDeterminer(words[start]))) start++;
  // "N.Y. Mr. Gowdy": a courtesy title starts the name.
  const courtesy = words.slice(start, end).findIndex((w) => COURTESY_TITLES.has(w.lower));
  if (courtesy > 0) start += courtesy;
  const titleEnd = isOrganizationName(words.slice(start, end + 1), lex)
    ? start
    : skipTitles(text, words, start, end, lex);
  const nameWords = words.slice(titleEnd, end + 1);
  if (!nameWords.length || isOnlyDescription(nameWords, lex)) return null;
  const role = titleEnd > start ? roleText(text, words.slice(start, titleEnd)) : null;
  const last = nameWords[nameWords.length - 1];
  const name = { start: nameWords[0].start, end: withSuffixPeriod(text, last) };
  return {
    name: { start: name.start, end: name.end, text: text.slice(name.start, name.end) },
    role,
    head: last.lower,
    headRange: last,
  };
}

/** "Trump Jr.": the period belongs to an abbreviated generational suffix, which is part of the name. */
function withSuffixPeriod(text: string, last: Item): number {
  return GENERATIONAL_SUFFIX.test(last.lower) && text[last.end] === "." ? last.end + 1 : last.end;
}

/** Index of the name's last word, or -1 when the phrase does not end in a name. */
function nameEnd(text: string, words: readonly Item[], lex: CueLexicon): number {
  const cut = words.findIndex((_, i) => i > 0 && endsNamePart(text, words, i, lex));
  const scope = cut < 0 ? words.length : cut;
  let end = scope - 1;
  while (end >= 0 && words[end].kind !== "word") end--;
  // "the memo released Friday": a day or a month ends a description, not a name.
  return end >= 0 && isCapitalized(text, words[end]) && !isTimeWord(text, words[end]) ? end : -1;
}

/**
 * A preposition after a lower-case word ends the phrase's head ("sources in the army"); after a
 * name it ends the name when it attaches a place or an employer ("Edward Alden of the Council",
 * "Chris Low at FTN Financial", "Sen. Chris Coons of Delaware") rather than continuing a title
 * or an organization's name ("Secretary of State", "Bank of America").
 */
function endsNamePart(text: string, words: readonly Item[], i: number, lex: CueLexicon): boolean {
  const w = words[i];
  if (!PREPOSITIONS.has(w.lower)) return false;
  if (!isCapitalized(text, words[i - 1])) return true;
  if (w.lower === "of" && namesPersonBefore(text, words, i, lex)) return true;
  return w.lower === "at" || (EMPLOYER_PREPOSITIONS.has(w.lower) && isDeterminer(words[i + 1] ?? w));
}

/** The capitals before `i` open with a given name or a courtesy title: a person's name. */
function namesPersonBefore(text: string, words: readonly Item[], i: number, lex: CueLexicon): boolean {
  let start = i;
  while (start > 0 && continuesNameLeftward(text, words, start - 1)) start--;
  const isTitle = (w: Item) =>
    w.kind === "punct" || (lex.titles.has(w.lower) && !COURTESY_TITLES.has(w.lower));
  while (start < i && isTitle(words[start])) start++;
  const first = words[start]?.lower ?? "";
  return COURTESY_TITLES.has(first) || lex.feminineNames.has(first) || lex.masculineNames.has(first);
}

function continuesNameLeftward(text: string, words: readonly Item[], i: number): boolean {
  const w = words[i];
  if (w.kind === "punct") return NAME_MARKS.has(w.lower);
  if (isCapitalized(text, w)) return true;
  // A joiner counts only between capitalized words: "Center for Political Thought".
  return NAME_JOINERS.has(w.lower) && i > 0 && isCapitalized(text, words[i - 1]);
}

/** Skips leading titles ("US Secretary of War", "Dr."), keeping at least one word. */
function skipTitles(
  text: string,
  words: readonly Item[],
  start: number,
  end: number,
  lex: CueLexicon,
): number {
  let i = start;
  let sawTitle = false;
  while (i < end) {
    const w = words[i];
    if (COURTESY_TITLES.has(w.lower)) break; // "Mr. Trump", "Ms. Batchelder" is how the name is written
    const isTitle = lex.titles.has(w.lower) || (w.kind === "punct" && sawTitle);
    const isDemonym = DEMONYM_SHAPE.test(text.slice(w.start, w.end)) && i + 1 < end;
    if (!isTitle && !isDemonym) break;
    if (isTitle && w.kind === "word") sawTitle = true;
    i++;
  }
  // Demonyms alone are part of the name ("Islamic Resistance"), stripped only before a title.
  return sawTitle ? i : start;
}

/** "Justice Department", "Defense Ministry": the title words belong to an organization's name. */
function isOrganizationName(words: readonly Item[], lex: CueLexicon): boolean {
  return words.some((w) => lex.organizationWords.has(w.lower) || lex.mediaWords.has(w.lower));
}

const isSpeakerNoun = (word: string, lex: CueLexicon) =>
  lex.roleNouns.has(word) || lex.groupNouns.has(word) || lex.reportNouns.has(word);

/** A run of capitals that is only a sentence-initial description: "Analysts", "Officials". */
function isOnlyDescription(words: readonly Item[], lex: CueLexicon): boolean {
  return words.length === 1 && (lex.groupNouns.has(words[0].lower) || lex.reportNouns.has(words[0].lower));
}

function roleText(text: string, words: readonly Item[]): string | null {
  const titles = words.filter((w) => w.kind === "word");
  return titles.length ? text.slice(titles[0].start, titles[titles.length - 1].end) : null;
}

/**
 * The description's noun: the last word before a preposition, a relative clause or the end, and
 * before a participle that follows a speaker's noun ("the senator vying for the nomination").
 */
function descriptionHead(words: readonly Item[], lex: CueLexicon): Item {
  let end = words.findIndex((w, i) => i > 0 && (PREPOSITIONS.has(w.lower) || w.lower === "who"));
  if (end < 0) end = words.length;
  if (end > 1 && words[end - 1].lower.endsWith("ing") && isSpeakerNoun(words[end - 2].lower, lex)) end--;
  for (let i = end - 1; i >= 0; i--) {
    if (words[i].kind === "word" && !INDEFINITE.has(words[i].lower)) return words[i];
  }
  return words[0];
}
