// The events stage reads a sentence as words: segmentation tokens with hyphenated compounds
// ("Iranian-backed", "al-Abbasi") and dotted abbreviations ("U.S.") glued back together, each
// with its lower-case form and lemma candidates.
import { type EventLexicon, lemmasOf } from "../../knowledge/events.js";
import type { Range, Segmentation, Sentence, Token } from "../types.js";
import { isCapitalized } from "./grammar.js";

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
}

export interface SentenceWords {
  sentence: Sentence;
  words: Word[];
}

/** Every sentence with its words, in one pass over the tokens. */
export function wordsBySentence(
  text: string,
  segmentation: Segmentation,
  lexicon: EventLexicon,
): SentenceWords[] {
  const tokens: Token[][] = segmentation.sentences.map(() => []);
  for (const t of segmentation.tokens) tokens[t.sentence]?.push(t);
  return segmentation.sentences.map((sentence, i) => ({
    sentence,
    words: toWords(text, tokens[i], lexicon),
  }));
}

function toWords(text: string, tokens: readonly Token[], lexicon: EventLexicon): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < tokens.length) {
    const end = gluedEnd(tokens, i);
    const start = tokens[i].start;
    const surface = end === i ? tokens[i].text : text.slice(start, tokens[end].end);
    words.push({
      start,
      end: tokens[end].end,
      text: surface,
      lower: surface.toLowerCase(),
      index: words.length,
      lemmas: lemmasOf(lexicon, surface),
      compound: end > i && surface.includes("-"),
      capitalized: isCapitalized(surface),
    });
    i = end + 1;
  }
  return words;
}

const HYPHENS = new Set(["-", "‐", "‑"]);

/** The last token of the word starting at token i: glued hyphen compounds and "U.S."-style initials. */
function gluedEnd(tokens: readonly Token[], i: number): number {
  let end = i;
  for (;;) {
    const hyphen = tokens[end + 1];
    const next = tokens[end + 2];
    if (!hyphen || hyphen.start !== tokens[end].end) return end; // a space ends the word
    if (next && next.start === hyphen.end && HYPHENS.has(hyphen.text) && /^[\p{L}\p{N}]/u.test(next.text)) {
      end += 2;
      continue;
    }
    if (hyphen.text === "." && /^\p{Lu}$/u.test(tokens[end].text)) {
      const more = next && next.start === hyphen.end && /^\p{Lu}$/u.test(next.text);
      if (more || end > i) {
        end += more ? 2 : 1;
        if (!more) return end;
        continue;
      }
    }
    return end;
  }
}
