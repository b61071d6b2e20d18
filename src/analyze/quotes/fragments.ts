// What a quotation is for: a statement someone made, a fragment quoted inside a reported
// sentence, a scare quote, or a title. Scare quotes and titles are not quotes of anyone.
import type { Item } from "./units.js";

/** Words that introduce a title in quotation marks: a book “...”, a film titled “...”. */
const TITLE_INTRODUCERS = new Set([
  "book",
  "books",
  "titled",
  "entitled",
  "film",
  "movie",
  "song",
  "album",
  "novel",
  "dubbed",
  "named",
  "headlined",
  "headline",
  "hashtag",
  "slogan",
  "series",
  "documentary",
  "op-ed",
  "column",
  "essay",
  "poem",
  "play",
  "memoir",
  "podcast",
  "episode",
  "program",
  "programme",
  "show",
  "operation",
  "campaign",
  "called",
]);
const MIN_STATEMENT_WORDS = 4;
const SMALL_WORDS = new Set([
  "a",
  "an",
  "the",
  "of",
  "in",
  "on",
  "and",
  "or",
  "to",
  "for",
  "at",
  "by",
  "with",
  "from",
]);

export function isTitle(text: string, items: readonly Item[], at: number): boolean {
  const before = [items[at - 1], items[at - 2]].filter((x) => x?.kind === "word");
  if (before.some((x) => TITLE_INTRODUCERS.has(x.lower))) return true;
  return isTitleCase(quotedWords(text, items[at]));
}

const CAPITAL_START = /^[\p{Lu}\p{N}]/u;

/** “The Art of the Deal”: every word but the small ones capitalized, and more than one word. */
function isTitleCase(words: readonly string[]): boolean {
  if (words.length < 2 || /[.!?,;]$/.test(words[words.length - 1])) return false;
  return words.every((w, i) => CAPITAL_START.test(w) || (i > 0 && SMALL_WORDS.has(w.toLowerCase())));
}

/** A quotation long enough to be a statement rather than a scare-quoted term. */
export function isStatement(text: string, item: Item): boolean {
  return quotedWords(text, item).length >= MIN_STATEMENT_WORDS;
}

function quotedWords(text: string, item: Item): string[] {
  const inner = item.segment?.inner ?? item;
  return text.slice(inner.start, inner.end).split(/\s+/).filter(Boolean);
}
