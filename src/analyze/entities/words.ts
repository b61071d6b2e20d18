// The article as name words: tokens with skippable punctuation dropped, dotted initials joined
// ("U.S."), possessive "'s" split off, each with its transliteration key and its sentence.
import { type NameWord, nameWords } from "../../knowledge/actors.js";
import type { Segmentation, Token } from "../types.js";

export interface Word extends NameWord {
  /** Index in the article's word list. */
  index: number;
  sentence: number;
  /** First word of its sentence (or of a quotation or line inside it). */
  initial: boolean;
  /** Joined to the previous word by a hyphen ("Iran-backed"). */
  hyphenated: boolean;
  /** Starts with a capital letter or a digit. */
  capitalized: boolean;
  /** Starts with a capital letter. */
  upper: boolean;
  /** Written with a possessive "'s", which ends a name ("Iraq's Popular Mobilization Forces"). */
  possessive: boolean;
  /** The sentence reads like a headline: most of its words are capitalized. */
  headline: boolean;
}

const POSSESSIVE = /['’]s$/u;
/** After these a capital says nothing about a name: it starts a quotation or a clause. */
const OPENERS = new Set(['"', "“", "‘", "'", "(", ":", "—", "–", "["]);

export function articleWords(text: string, seg: Segmentation): Word[] {
  const words: Word[] = [];
  for (const sentence of groupBySentence(seg.tokens)) {
    const named = nameWords(sentence.map(withoutPossessive));
    const headline = isHeadline(named);
    for (const w of named) {
      const prev =
        words.length && words[words.length - 1].sentence === sentence[0].sentence ? words.at(-1) : undefined;
      const gap = prev ? text.slice(prev.end, w.start) : "";
      // Fields listed one by one: spreading `w` into a larger object is many times slower in V8.
      words.push({
        text: w.text,
        start: w.start,
        end: w.end,
        key: w.key,
        index: words.length,
        sentence: sentence[0].sentence,
        initial: !prev || OPENERS.has(prev.text) || gap.includes("\n"),
        hyphenated: gap === "-" || gap === "‐",
        capitalized: startsUpper(w.text) || isDigit(w.text.charCodeAt(0)),
        upper: startsUpper(w.text),
        possessive: isApostrophe(text[w.end]) && text[w.end + 1] === "s",
        headline,
      });
    }
  }
  return words;
}

function groupBySentence(tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  for (const t of tokens) {
    const last = out.at(-1);
    if (last && last[0].sentence === t.sentence) last.push(t);
    else out.push([t]);
  }
  return out;
}

// Character tests instead of Unicode-property regular expressions: this runs on every word.
function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return s[0] !== s[0].toLowerCase();
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isApostrophe(c: string | undefined): boolean {
  return c === "'" || c === "’";
}

function isLetter(s: string): boolean {
  return s[0] !== undefined && s[0].toLowerCase() !== s[0].toUpperCase();
}

function withoutPossessive(t: Token): Token {
  if (!POSSESSIVE.test(t.text) || t.text.length < 4) return t;
  return { ...t, text: t.text.slice(0, -2), end: t.end - 2 };
}

/**
 * Title case throughout ("Iran Warns Iraq Over Militias") makes capitals meaningless. Only the
 * short function words of a headline stay lower case; a sentence full of titles and names
 * ("Foreign Minister Julie Bishop met with the Minister of ...") still has lower-case words.
 */
function isHeadline(words: readonly NameWord[]): boolean {
  let long = 0;
  for (const w of words) {
    if (w.text.length <= 3 || !isLetter(w.text)) continue;
    if (!startsUpper(w.text)) return false;
    long++;
  }
  return long >= 4;
}
