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
const CAPITAL = /^[\p{Lu}\p{N}]/u;
const UPPER = /^\p{Lu}/u;
const LETTER = /^\p{L}/u;
/** After these a capital says nothing about a name: it starts a quotation or a clause. */
const OPENERS = /^["“‘'(:—–[]$/u;

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
        initial: !prev || OPENERS.test(prev.text) || gap.includes("\n"),
        hyphenated: gap === "-" || gap === "‐",
        capitalized: CAPITAL.test(w.text),
        upper: UPPER.test(w.text),
        possessive: POSSESSIVE.test(text.slice(w.end, w.end + 2)),
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
  const lettered = words.filter((w) => LETTER.test(w.text) && w.text.length > 3);
  return lettered.length >= 4 && lettered.every((w) => UPPER.test(w.text));
}
