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
  /** A code point's class: its script in `scripts` and whether it is a letter (see CodePointClass). */
  classOf: (codePoint: number) => number;
  /** The languages that list stopwords. */
  stopwordLanguages: readonly string[];
  /** Stopwords by the hash of their characters (wordHash): a word is looked up without being sliced out. */
  stopwords: ReadonlyMap<number, readonly Stopword[]>;
  longestStopword: number;
  /** Month name or abbreviation (lower case) -> month number 1..12, over every language listed. */
  months: ReadonlyMap<string, number>;
}

interface Stopword {
  /** Lower case. */
  word: string;
  /** Indices in `stopwordLanguages`. */
  languages: readonly number[];
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
  const languagesOf = new Map<string, number[]>();
  for (const [lang, words] of stopwordLanguages.map((l, i) => [i, data.stopwords[l]] as const)) {
    for (const w of new Set(words)) languagesOf.set(w, [...(languagesOf.get(w) ?? []), lang]);
  }
  return {
    scripts: data.scripts.map((s) => ({
      script: s.script,
      candidates: "language" in s ? [s.language] : s.languages,
    })),
    classOf: codePointClasses(data.scripts.map((s) => new RegExp(`^\\p{Script=${s.script}}$`, "u"))),
    stopwordLanguages,
    stopwords: byHash(languagesOf),
    longestStopword: Math.max(0, ...[...languagesOf.keys()].map((w) => w.length)),
    months,
  };
}

function byHash(languagesOf: ReadonlyMap<string, number[]>): Map<number, Stopword[]> {
  const out = new Map<number, Stopword[]>();
  for (const [word, languages] of languagesOf) {
    const h = wordHash(word, 0, word.length);
    out.set(h, [...(out.get(h) ?? []), { word, languages }]);
  }
  return out;
}

/** A hash of text[from, to): stopwords and the words of a text are hashed alike. */
function wordHash(text: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

const LETTER = /^\p{L}$/u;

/**
 * A code point's class in one small number: (script index + 1) * 2, plus 1 for a letter, each
 * code point tested once against the Unicode property patterns and remembered. Scripts and
 * letters are apart: a script also has digits and marks, and letters of unlisted scripts still
 * make words.
 */
function codePointClasses(scripts: readonly RegExp[]): (codePoint: number) => number {
  return remembered((cp) => {
    const c = String.fromCodePoint(cp);
    return (scripts.findIndex((re) => re.test(c)) + 1) * 2 + (LETTER.test(c) ? 1 : 0);
  });
}

const scriptOfClass = (c: number) => (c >> 1) - 1;
const isLetterClass = (c: number) => (c & 1) === 1;

export function detectLanguage(text: string, k: LanguageKnowledge): string {
  const counts = readSample(text.slice(0, SAMPLE), k);
  const script = dominantScript(counts.letters, k);
  if (!script) return UNDETERMINED;
  if (script.candidates.length === 1) return script.candidates[0];
  return byStopwords(counts.stopwords, script.candidates, k) ?? UNDETERMINED;
}

/** The script with the most letters; kana anywhere makes Han text Japanese. */
function dominantScript(counts: readonly number[], k: LanguageKnowledge): ScriptRule | null {
  let best = -1;
  // Kept aside, not read as counts[best]: counts[-1] is a property look-up, not an array read.
  let bestCount = 0;
  for (const [i, count] of counts.entries()) {
    if (count > bestCount) {
      best = i;
      bestCount = count;
    }
  }
  if (k.scripts[best]?.script === "Han") {
    const kana = k.scripts.findIndex(
      (s, i) => (s.script === "Hiragana" || s.script === "Katakana") && counts[i] > 0,
    );
    if (kana >= 0) return k.scripts[kana];
  }
  return k.scripts[best] ?? null;
}

function byStopwords(
  scores: readonly number[],
  candidates: readonly string[],
  k: LanguageKnowledge,
): string | null {
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

interface SampleCounts {
  /** Code points of each listed script (letters or not), by index in `scripts`. */
  letters: number[];
  /** Stopwords of each language, by index in `stopwordLanguages`. */
  stopwords: number[];
}

/**
 * One pass over the sample, code point by code point: the scripts' counts, and the stopwords
 * among its words. A word is letters joined through single apostrophes ("Haiti's" is one word,
 * not "haiti" and "s"), as /\p{L}+(?:['’]\p{L}+)*\/gu finds them; the pattern itself is slow
 * over long texts.
 */
function readSample(sample: string, k: LanguageKnowledge): SampleCounts {
  const counts: SampleCounts = {
    letters: new Array<number>(k.scripts.length).fill(0),
    stopwords: new Array<number>(k.stopwordLanguages.length).fill(0),
  };
  const words = new StopwordCounter(sample, k, counts.stopwords);
  let wordStart = -1;
  for (let i = 0; i < sample.length; ) {
    const cp = sample.codePointAt(i) ?? 0;
    const c = k.classOf(cp);
    const script = scriptOfClass(c);
    if (script >= 0) counts.letters[script]++;
    if (isLetterClass(c)) wordStart = wordStart < 0 ? i : wordStart;
    else if (wordStart >= 0 && !joinsLetters(sample, i, k)) {
      words.count(wordStart, i);
      wordStart = -1;
    }
    i += cp >= 0x10000 ? 2 : 1;
  }
  if (wordStart >= 0) words.count(wordStart, sample.length);
  return counts;
}

/** An apostrophe at `i`, after letters, that a letter follows: it joins them into one word. */
function joinsLetters(text: string, i: number, k: LanguageKnowledge): boolean {
  const c = text.charCodeAt(i);
  return (
    (c === 39 || c === 0x2019) &&
    i + 1 < text.length &&
    isLetterClass(k.classOf(text.codePointAt(i + 1) ?? 0))
  );
}

/** Counts the stopwords among the words of a text, by language, looking them up in place. */
class StopwordCounter {
  // Lower-casing the text at once is cheaper; it keeps offsets unless a letter grew ("İ").
  private readonly lower: string;
  private readonly aligned: boolean;

  constructor(
    private readonly text: string,
    private readonly k: LanguageKnowledge,
    private readonly scores: number[],
  ) {
    this.lower = text.toLowerCase();
    this.aligned = this.lower.length === text.length;
  }

  count(start: number, end: number): void {
    // Lower case is never shorter: a word longer than every stopword is none.
    if (end - start > this.k.longestStopword) return;
    const stopword = this.aligned ? this.find(this.lower, start, end) : this.findSliced(start, end);
    // Acronyms ("UN", "US") say nothing of the language around them.
    if (!stopword || isAcronym(this.text, start, end, stopword.word)) return;
    for (const lang of stopword.languages) this.scores[lang]++;
  }

  /** The stopword that lower[start, end) is. */
  private find(lower: string, start: number, end: number): Stopword | undefined {
    const candidates = this.k.stopwords.get(wordHash(lower, start, end));
    return candidates?.find((s) => s.word.length === end - start && lower.startsWith(s.word, start));
  }

  private findSliced(start: number, end: number): Stopword | undefined {
    const word = this.text.slice(start, end).toLowerCase();
    return this.find(word, 0, word.length);
  }
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
