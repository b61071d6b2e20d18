// Language identification (ISO 639-1) from knowledge/languages.json: the dominant writing
// system, then, where several languages share it, the most frequent words of each.
import { readKnowledgeFile } from "../knowledge/load.js";
import { remembered } from "./code-points.js";

interface LanguageData {
  scripts: ({ script: string; language: string } | { script: string; languages: string[] })[];
  stopwords: Record<string, string[]>;
  months: Record<string, string[][]>;
}

interface ScriptRule {
  script: string;
  candidates: readonly string[];
}

export interface LanguageKnowledge {
  scripts: readonly ScriptRule[];
  /** The index in `scripts` of a code point's script; -1 for none listed. */
  scriptOf: (codePoint: number) => number;
  /** The languages that list stopwords. */
  stopwordLanguages: readonly string[];
  /** Stopword (lower case) -> the languages that list it, as indices in `stopwordLanguages`. */
  stopwords: ReadonlyMap<string, readonly number[]>;
  longestStopword: number;
  /** Month name or abbreviation (lower case) -> month number 1..12, over every language listed. */
  months: ReadonlyMap<string, number>;
}

/** BCP 47 "undetermined": the text gives no evidence of its language. */
export const UNDETERMINED = "und";
const SAMPLE = 4000;

/** Reads and compiles knowledge/languages.json; loaded once with the knowledge base. */
export function languageKnowledge(dir: string): LanguageKnowledge {
  return compile(readKnowledgeFile<LanguageData>(dir, "languages.json"));
}

function compile(data: LanguageData): LanguageKnowledge {
  const months = new Map<string, number>();
  for (const list of Object.values(data.months)) {
    for (const [i, names] of list.entries()) for (const n of names) months.set(n.toLowerCase(), i + 1);
  }
  const stopwordLanguages = Object.keys(data.stopwords);
  const stopwords = new Map<string, number[]>();
  for (const [lang, words] of stopwordLanguages.map((l, i) => [i, data.stopwords[l]] as const)) {
    for (const w of new Set(words)) stopwords.set(w, [...(stopwords.get(w) ?? []), lang]);
  }
  return {
    scripts: data.scripts.map((s) => ({
      script: s.script,
      candidates: "language" in s ? [s.language] : s.languages,
    })),
    scriptOf: scriptLookup(data.scripts.map((s) => new RegExp(`^\\p{Script=${s.script}}$`, "u"))),
    stopwordLanguages,
    stopwords,
    longestStopword: Math.max(0, ...[...stopwords.keys()].map((w) => w.length)),
    months,
  };
}

/** A code point's script, each code point tested once against the scripts' patterns and remembered. */
function scriptLookup(scripts: readonly RegExp[]): (codePoint: number) => number {
  return remembered((cp) => scripts.findIndex((re) => re.test(String.fromCodePoint(cp))));
}

const LETTER = /^\p{L}$/u;
const isLetter = remembered((cp) => (LETTER.test(String.fromCodePoint(cp)) ? 1 : 0));

/** Where the next word of `text` at or after `from` starts (text.length when none is left). */
function wordStart(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    if (isLetter(cp) === 1) break;
    i += cp >= 0x10000 ? 2 : 1;
  }
  return i;
}

/**
 * Where the word starting at `start` ends. A word is letters joined through single apostrophes
 * ("Haiti's" is one word, not "haiti" and "s"), as /\p{L}+(?:['’]\p{L}+)*\/gu finds them, read
 * code point by code point with remembered letter tests (the pattern itself is slow over long texts).
 */
function wordEnd(text: string, start: number): number {
  let i = afterLetters(text, start);
  while (isApostrophe(text[i]) && i + 1 < text.length && isLetter(text.codePointAt(i + 1) ?? 0) === 1) {
    i = afterLetters(text, i + 1);
  }
  return i;
}

function afterLetters(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    if (isLetter(cp) === 0) break;
    i += cp >= 0x10000 ? 2 : 1;
  }
  return i;
}

function isApostrophe(c: string | undefined): boolean {
  return c === "'" || c === "’";
}

export function detectLanguage(text: string, k: LanguageKnowledge): string {
  const sample = text.slice(0, SAMPLE);
  const script = dominantScript(sample, k);
  if (!script) return UNDETERMINED;
  if (script.candidates.length === 1) return script.candidates[0];
  return byStopwords(sample, script.candidates, k) ?? UNDETERMINED;
}

/** The script with the most letters; kana anywhere makes Han text Japanese. */
function dominantScript(sample: string, k: LanguageKnowledge): ScriptRule | null {
  const counts = scriptCounts(sample, k);
  let best = -1;
  for (const [i, count] of counts.entries()) if (count > (counts[best] ?? 0)) best = i;
  if (k.scripts[best]?.script === "Han") {
    const kana = k.scripts.findIndex(
      (s, i) => (s.script === "Hiragana" || s.script === "Katakana") && counts[i] > 0,
    );
    if (kana >= 0) return k.scripts[kana];
  }
  return k.scripts[best] ?? null;
}

/** Letters of each listed script in `sample`, by code point. */
function scriptCounts(sample: string, k: LanguageKnowledge): number[] {
  const counts = k.scripts.map(() => 0);
  for (let i = 0; i < sample.length; i++) {
    const cp = sample.codePointAt(i) ?? 0;
    if (cp >= 0x10000) i++;
    const script = k.scriptOf(cp);
    if (script >= 0) counts[script]++;
  }
  return counts;
}

/**
 * Whether the word at `start`..`end` of `text` (`lower` in lower case) is an acronym. Most words
 * are written in lower case: that is seen in place, without slicing the word.
 */
function isAcronym(text: string, start: number, end: number, lower: string): boolean {
  if (end - start < 2 || (lower.length === end - start && text.startsWith(lower, start))) return false;
  const word = text.slice(start, end);
  return word !== lower && word === word.toUpperCase();
}

function byStopwords(sample: string, candidates: readonly string[], k: LanguageKnowledge): string | null {
  const scores = new Array<number>(k.stopwordLanguages.length).fill(0);
  // Lower-casing the sample at once is cheaper; it keeps offsets unless a letter grew ("İ").
  const lowerSample = sample.toLowerCase();
  const aligned = lowerSample.length === sample.length;
  for (let start = wordStart(sample, 0), end = 0; start < sample.length; start = wordStart(sample, end)) {
    end = wordEnd(sample, start);
    // Lower case is never shorter: a word longer than every stopword is none.
    if (end - start > k.longestStopword) continue;
    const lower = aligned ? lowerSample.slice(start, end) : sample.slice(start, end).toLowerCase();
    const languages = k.stopwords.get(lower);
    // Acronyms ("UN", "US") say nothing of the language around them.
    if (!languages || isAcronym(sample, start, end, lower)) continue;
    for (const lang of languages) scores[lang]++;
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const lang of candidates) {
    const score = scores[k.stopwordLanguages.indexOf(lang)] ?? 0;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}
