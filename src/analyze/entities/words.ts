// The article as name words: tokens with skippable punctuation dropped, dotted initials joined
// ("U.S."), possessive "'s" split off, each with its transliteration key and its sentence.
import { joinedInitials, type NameWord, nameWordSpan } from "../../knowledge/actors.js";
import type { Segmentation } from "../types.js";
import type { KeyMasks } from "./lexicon.js";

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
  /** Bits of the lexicon's indexes that have a phrase starting with this word (see KeyMasks). */
  starts: number;
  /** Bits of the lexicon's indexes that have a phrase ending with this word. */
  ends: number;
}

/** Format characters alone (a left-to-right mark pasted after a word): no word at all. */
const INVISIBLE = /^\p{Cf}+$/u;

/** Format characters are never ASCII: most words are ruled out without the regular expression. */
function isInvisible(word: string): boolean {
  return word.charCodeAt(0) >= 128 && INVISIBLE.test(word);
}

/** After these a capital says nothing about a name: it starts a quotation or a clause. */
const OPENERS = new Set(['"', "“", "‘", "'", "(", ":", "—", "–", "["]);

export function articleWords(text: string, seg: Segmentation, masks: KeyMasks): Word[] {
  const { tokens } = seg;
  const list = new WordList(text, masks);
  for (let from = 0, to = 0; from < tokens.length; from = to) {
    list.startSentence(tokens[from].sentence);
    to = from + 1;
    while (to < tokens.length && tokens[to].sentence === list.sentence) to++;
    // A loop over name word spans, not forEachNameWord: no closure per article, no call back per word.
    for (let i = from, span = 0; i < to; i += Math.max(span, 1)) {
      span = nameWordSpan(tokens, i, to);
      if (span === 1) list.add(tokens[i].text, tokens[i].start, tokens[i].end, false);
      else if (span > 1)
        list.add(joinedInitials(tokens, i, span), tokens[i].start, tokens[i + span - 1].end, true);
    }
    list.endSentence();
  }
  return list.words;
}

/** The article's words, added sentence by sentence. */
class WordList {
  readonly words: Word[] = [];
  sentence = 0;
  /** Index of the sentence's first word. */
  private first = 0;

  constructor(
    private readonly text: string,
    private readonly masks: KeyMasks,
  ) {}

  startSentence(sentence: number): void {
    this.sentence = sentence;
    this.first = this.words.length;
  }

  add(raw: string, start: number, rawEnd: number, initials: boolean): void {
    if (isInvisible(raw)) return;
    const { text, words } = this;
    const end = rawEnd - possessiveLength(raw);
    const word = end === rawEnd ? raw : raw.slice(0, end - start);
    const prev = words.length > this.first ? words[words.length - 1] : undefined;
    const upper = startsUpper(word);
    const keyed = this.masks.ofWord(word, initials);
    // Fields listed one by one: spreading an object into a larger one is many times slower in V8.
    words.push({
      text: word,
      start,
      end,
      key: keyed.key,
      index: words.length,
      sentence: this.sentence,
      initial: !prev || OPENERS.has(prev.text) || hasNewline(text, prev.end, start),
      hyphenated: prev !== undefined && start - prev.end === 1 && isHyphen(text.charCodeAt(prev.end)),
      capitalized: upper || isDigit(word.charCodeAt(0)),
      upper,
      possessive: isApostrophe(text.charCodeAt(end)) && text.charCodeAt(end + 1) === 115,
      headline: false,
      starts: keyed.starts,
      ends: keyed.ends,
    });
  }

  endSentence(): void {
    const { words, first } = this;
    if (isHeadline(words, first)) for (let k = first; k < words.length; k++) words[k].headline = true;
  }
}

/** "Iraq's": the length of a possessive ending that a name word drops, or 0. */
function possessiveLength(text: string): number {
  const n = text.length;
  return n >= 4 && text.charCodeAt(n - 1) === 115 && isApostrophe(text.charCodeAt(n - 2)) ? 2 : 0;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010;
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

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

function isLetter(s: string): boolean {
  const c = s.charCodeAt(0) | 32;
  if (c < 128) return c >= 97 && c <= 122;
  return s[0].toLowerCase() !== s[0].toUpperCase();
}

/**
 * Title case throughout ("Iran Warns Iraq Over Militias") makes capitals meaningless. Only the
 * short function words of a headline stay lower case; a sentence full of titles and names
 * ("Trade Minister Ana Ruiz spoke with the Minister of ...", "His deputy is General ...") still
 * has other lower-case words.
 */
function isHeadline(words: readonly Word[], from: number): boolean {
  let long = 0;
  for (let k = from; k < words.length; k++) {
    const w = words[k];
    if (!isLetter(w.text) || (w.text.length <= 3 && HEADLINE_LOWER.has(w.text))) continue;
    if (!startsUpper(w.text)) return false;
    if (w.text.length > 3) long++;
  }
  return long >= 4;
}

/** The short words a title-case headline leaves in lower case; "is", "his" would be capitalized. */
const HEADLINE_LOWER = new Set(
  "a an the and or but nor of in on at to for by as via per vs up off out".split(" "),
);
