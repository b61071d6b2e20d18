// Paragraphs, sentences and word tokens with their offsets. Sentence ends are found by
// punctuation, guarded by a list of abbreviations ("U.S.", "Oct.", "Dr.") and initials.
import type { Range, Segmentation, Sentence, Token } from "./types.js";

const ABBREVIATIONS = new Set(
  [
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "cpt",
    "sgt",
    "cmdr",
    "adm",
    "brig",
    "sen",
    "rep",
    "gov",
    "pres",
    "amb",
    "st",
    "jr",
    "sr",
    "rev",
    "hon",
    "messrs",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thurs",
    "fri",
    "sat",
    "sun",
    "no",
    "nos",
    "vs",
    "etc",
    "inc",
    "corp",
    "ltd",
    "co",
    "bros",
    "dept",
    "univ",
    "approx",
    "est",
    "fig",
    "a.m",
    "p.m",
    "i.e",
    "e.g",
    "u.s",
    "u.n",
    "u.k",
    "e.u",
    "u.a.e",
    "d.c",
  ].map((a) => a.toLowerCase()),
);

/**
 * Longest sentence kept whole. Real news sentences stay far below it; a run of text without
 * punctuation (a scraped table, a 10 MB line) is cut into pieces of this size so that the stages,
 * which look around words within a sentence, stay linear in the length of the article.
 */
export const MAX_SENTENCE = 1000;

export function segment(text: string): Segmentation {
  const paragraphs = findParagraphs(text);
  const sentences: Sentence[] = [];
  // Plain loops: this runs for every sentence of every article.
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    for (const r of splitSentences(text, paragraphs[paragraph])) {
      if (r.end - r.start <= MAX_SENTENCE) addSentence(sentences, r, paragraph);
      else for (const piece of capLength(text, r)) addSentence(sentences, piece, paragraph);
    }
  }
  return { paragraphs, sentences, tokens: tokenize(text, sentences) };
}

/** Fields listed one by one; a module function, where a closure would be made (and under tsx renamed) per article. */
function addSentence(sentences: Sentence[], r: Range, paragraph: number): void {
  sentences.push({ start: r.start, end: r.end, index: sentences.length, paragraph });
}

/** Cuts an over-long sentence at clause punctuation, else white space, before MAX_SENTENCE. */
function capLength(text: string, range: Range): Range[] {
  const out: Range[] = [];
  let start = range.start;
  while (range.end - start > MAX_SENTENCE) {
    const window = text.slice(start, start + MAX_SENTENCE);
    const cut = Math.max(
      window.lastIndexOf("; "),
      window.lastIndexOf(", "),
      window.lastIndexOf(" ", MAX_SENTENCE - 1),
    );
    const end = start + (cut > MAX_SENTENCE / 2 ? cut + 1 : MAX_SENTENCE);
    pushTrimmed(out, text, start, end);
    start = end;
  }
  pushTrimmed(out, text, start, range.end);
  return out;
}

function findParagraphs(text: string): Range[] {
  const out: Range[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const r = trimRange(text, m.index, m.index + m[0].length);
    if (r.end > r.start) out.push(r);
  }
  return out;
}

function trimRange(text: string, start: number, end: number): Range {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

// A candidate boundary: terminal punctuation, optional closing quotes/brackets, then space or
// a capital letter glued on (scraped text often loses the space: "a call.According to").
const BOUNDARY = /([.!?…]+)(["'”’)\]]*)(?=\s+|(?<=[\p{Ll}\p{N}]{2}[.!?]["'”’]*)[\p{Lu}“"‘])/gu;

export function splitSentences(text: string, within: Range): Range[] {
  const out: Range[] = [];
  const slice = text.slice(within.start, within.end);
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(slice); m; m = BOUNDARY.exec(slice)) {
    const end = m.index + m[0].length;
    if (!endsSentence(slice, m.index, m[1])) continue;
    pushTrimmed(out, text, within.start + start, within.start + end);
    start = end;
  }
  pushTrimmed(out, text, within.start + start, within.end);
  return out;
}

function pushTrimmed(out: Range[], text: string, start: number, end: number) {
  const r = trimRange(text, start, end);
  if (r.end > r.start) out.push(r);
}

// endsSentence's patterns, compiled once (a \p{...} literal inside a function may be rebuilt per call).
const LOWER_START = /^[\p{Ll}\d,;:]/u;
const LAST_WORD = /([\p{L}.]+)$/u;
const NAME_THEN_LOWER = /^[\p{Lu}][\p{Ll}]+\s+[\p{Ll}]/u;
const ONE_CAPITAL = /^\p{Lu}$/u;
const CAPITAL = /\p{Lu}/u;
const DOTTED_LETTERS = /^(?:\p{L}\.)+\p{L}$/u;
const CLOSERS_AND_SPACE = /^["'”’)\]]*\s*/;
const LEADING_DOTS = /^\.+/;

/** False when the period closes an abbreviation or an initial, or the next word is lower case. */
function endsSentence(slice: string, at: number, punct: string): boolean {
  const after = slice.slice(at + punct.length).replace(CLOSERS_AND_SPACE, "");
  if (after && LOWER_START.test(after) && punct === ".") return false;
  if (punct !== ".") return true;
  const word = LAST_WORD.exec(slice.slice(Math.max(0, at - 12), at))?.[1] ?? "";
  const bare = word.replace(LEADING_DOTS, "").toLowerCase();
  if (ABBREVIATIONS.has(bare)) return !NAME_THEN_LOWER.test(after) && isSentenceAfterAbbrev(bare, after);
  if (ONE_CAPITAL.test(bare.toUpperCase()) && bare.length === 1 && CAPITAL.test(word)) return false; // "John F. Kennedy"
  if (DOTTED_LETTERS.test(bare)) return false; // U.S, U.N.
  return true;
}

// After a title or month abbreviation the next word is part of the same sentence;
// after "U.S." or "etc." a capitalized word may start a new one, but usually does not.
function isSentenceAfterAbbrev(abbrev: string, after: string): boolean {
  if (/^(?:u\.s|u\.n|u\.k|e\.u|etc|inc|corp|ltd|co|jr|sr|a\.m|p\.m)$/.test(abbrev)) {
    return /^(?:The|He|She|It|They|We|I|But|And|In|On|At|A|An|This|That|These|Those)\b/.test(after);
  }
  return false;
}

/**
 * The tokens of each sentence: what /[\p{L}\p{N}]+(?:['’]\p{L}+)*|[^\s\p{L}\p{N}]/gu matches in
 * it (a run of letters and digits, with letter runs joined by an apostrophe as in "don't", or
 * any other character but a space), scanned by character class: a regex match array per token
 * cost more than the rest of the segmentation.
 */
function tokenize(text: string, sentences: Sentence[]): Token[] {
  const tokens: Token[] = [];
  for (const s of sentences) {
    let i = s.start;
    while (i < s.end) {
      const cp = codePointWithin(text, i, s.end);
      const kind = charKind(cp);
      const next = i + (cp > 0xffff ? 2 : 1);
      if (kind === SPACE) {
        i = next;
        continue;
      }
      const end = kind === OTHER ? next : wordEnd(text, next, s.end);
      tokens.push({ start: i, end, text: text.slice(i, end), sentence: s.index });
      i = end;
    }
  }
  return tokens;
}

/** The end of a word whose first character ends at `from`: letters and digits, then apostrophe-joined letter runs. */
function wordEnd(text: string, from: number, limit: number): number {
  let end = runEnd(text, from, limit, true);
  while (end + 1 < limit && isApostrophe(text.charCodeAt(end)) && kindAt(text, end + 1, limit) === LETTER)
    end = runEnd(text, end + 1, limit, false);
  return end;
}

/** The end of the run of letters (and digits, if `digits`) from `from`. */
function runEnd(text: string, from: number, limit: number, digits: boolean): number {
  let i = from;
  while (i < limit) {
    const cp = codePointWithin(text, i, limit);
    const kind = charKind(cp);
    if (kind !== LETTER && !(digits && kind === NUMERAL)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019; // ' and ’
}

// Character kinds; 0 marks a code point not classified yet.
const LETTER = 1;
const NUMERAL = 2;
const SPACE = 3;
const OTHER = 4;
const bmpKinds = new Uint8Array(0x10000);

function kindAt(text: string, i: number, limit: number): number {
  return charKind(codePointWithin(text, i, limit));
}

/** Letter (\p{L}), digit (\p{N}), space (\s) or other, as the regex classes say, remembered for the BMP. */
function charKind(cp: number): number {
  if (cp > 0xffff) return classify(cp);
  bmpKinds[cp] ||= classify(cp);
  return bmpKinds[cp];
}

function classify(cp: number): number {
  const c = String.fromCodePoint(cp);
  if (/\p{L}/u.test(c)) return LETTER;
  if (/\p{N}/u.test(c)) return NUMERAL;
  return /\s/u.test(c) ? SPACE : OTHER;
}

/** The code point at i, a surrogate pair read as one only when both halves lie before `limit` (as in a slice). */
function codePointWithin(text: string, i: number, limit: number): number {
  const high = text.charCodeAt(i);
  if (high < 0xd800 || high > 0xdbff || i + 1 >= limit) return high;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 : high;
}

/** The index of the sentence containing `offset`, or -1. Binary search over sorted sentences. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
