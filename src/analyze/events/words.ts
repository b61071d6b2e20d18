// The events stage reads a sentence as words: segmentation tokens with hyphenated compounds
// ("Iranian-backed", "al-Abbasi") and dotted abbreviations ("U.S.") glued back together, each
// with its lower-case form and lemma candidates.
import type { EventLexicon } from "../../knowledge/events.js";
import type { Range, Segmentation, Sentence, Token } from "../types.js";
import { type Form, type FormCache, formsOf } from "./forms.js";

export interface Word extends Range {
  text: string;
  lower: string;
  /** Position of the word in its sentence. */
  index: number;
  /** The lower-case form, then the lexicon lemmas it may inflect. */
  lemmas: string[];
  /** A hyphenated compound such as "Iran-backed" (its parts never trigger on their own). */
  compound: boolean;
  /** Starts with a capital, or is a name with a particle such as "al-Abbasi". */
  capitalized: boolean;
  /** What the lexicon makes of the word's spelling (lower, lemmas and capitalized are copied from it). */
  form: Form;
}

export interface SentenceWords {
  sentence: Sentence;
  words: Word[];
}

/**
 * Every sentence that may code an event, with its words, in one pass over the tokens. A
 * sentence with no word that opens a trigger or a demand codes nothing, so it gets no words.
 */
export function wordsBySentence(
  text: string,
  segmentation: Segmentation,
  lexicon: EventLexicon,
): SentenceWords[] {
  const tokens: Token[][] = segmentation.sentences.map(() => []);
  const opens: boolean[] = segmentation.sentences.map(() => false);
  const forms = formsOf(lexicon);
  for (const t of segmentation.tokens) {
    tokens[t.sentence]?.push(t);
    if (!opens[t.sentence] && forms.get(t.text).opens) opens[t.sentence] = true;
  }
  const out: SentenceWords[] = [];
  segmentation.sentences.forEach((sentence, i) => {
    if (opens[i]) out.push({ sentence, words: toWords(text, tokens[i], forms) });
  });
  return out;
}

function toWords(text: string, tokens: readonly Token[], forms: FormCache): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < tokens.length) {
    const end = gluedEnd(tokens, i);
    const start = tokens[i].start;
    const surface = end === i ? tokens[i].text : text.slice(start, tokens[end].end);
    const form = forms.get(surface);
    words.push({
      start,
      end: tokens[end].end,
      text: surface,
      lower: form.lower,
      index: words.length,
      lemmas: form.lemmas,
      compound: end > i && surface.includes("-"),
      capitalized: form.capitalized,
      form,
    });
    i = end + 1;
  }
  return words;
}

const HYPHENS = new Set(["-", "‐", "‑"]);
const ALPHANUMERIC_START = /^[\p{L}\p{N}]/u;
const ONE_CAPITAL = /^\p{Lu}$/u;

/** The last token of the word starting at token i: glued hyphen compounds and "U.S."-style initials. */
function gluedEnd(tokens: readonly Token[], i: number): number {
  let end = i;
  for (;;) {
    const hyphen = tokens[end + 1];
    const next = tokens[end + 2];
    if (!hyphen || hyphen.start !== tokens[end].end) return end; // a space ends the word
    if (next && next.start === hyphen.end && HYPHENS.has(hyphen.text) && ALPHANUMERIC_START.test(next.text)) {
      end += 2;
      continue;
    }
    if (next && next.start === hyphen.end && isDigitGroup(tokens[end], hyphen, next)) {
      end += 2;
      continue;
    }
    if (hyphen.text === "." && ONE_CAPITAL.test(tokens[end].text)) {
      const more = next && next.start === hyphen.end && ONE_CAPITAL.test(next.text);
      if (more || end > i) {
        end += more ? 2 : 1;
        if (!more) return end;
        continue;
      }
    }
    return end;
  }
}

/** "3,000", "64.45": the separator inside a number, which ends no clause. */
function isDigitGroup(digits: Token, separator: Token, next: Token): boolean {
  if (separator.text === ",") return /^\d{1,3}$/.test(digits.text) && /^\d{3}$/.test(next.text);
  return separator.text === "." && /^\d+$/.test(digits.text) && /^\d+$/.test(next.text);
}

/**
 * Whether the words from `at` on are, in lower case, `lowers` (a cue or a modal). A plain loop:
 * a callback reading `at` would cost a closure for every word the caller's loop visits.
 */
export function wordsAre(words: readonly Word[], at: number, lowers: readonly string[]): boolean {
  for (let k = 0; k < lowers.length; k++) if (words[at + k]?.lower !== lowers[k]) return false;
  return true;
}

/** A past tense or participle: "attacked", "struck" (an irregular form with a lexicon lemma). */
export function isPastForm(w: Word): boolean {
  return w.lower.endsWith("ed") || (w.lemmas.length > 1 && !/(?:ing|s)$/.test(w.lower));
}
