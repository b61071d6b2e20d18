// White space as news text should have it: one kind of space, one kind of line break, no
// invisible characters, paragraphs kept apart by at most one blank line.

// No-break, figure, thin, hair, ideographic spaces and the like: all plain spaces.
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Zero-width space, word joiner, soft hyphen and a stray byte order mark carry no text. ZWNJ
// and ZWJ (U+200C/D) are kept: Persian, Arabic and Indic scripts need them.
const INVISIBLE = /[\u200B\u2060\u00AD\uFEFF]/g;
// Control characters other than the line break and tab (which becomes a space below).
const OTHER_CONTROLS = /[^\P{Cc}\n\t]/gu;

// Anything the first steps below would change; most texts hold none of it.
const UNUSUAL =
  /[\r\u2028\u2029\u0085\f\u200B\u2060\u00AD\uFEFF\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]|[^\P{Cc}\n]/u;
// Runs of spaces, and line breaks with the spaces and breaks around them, in one pass.
const GAPS = / *\n[ \n]*| {2,}/g;
// What GAPS would change: a gap other than one line break or one blank line. Most texts hold
// none, and testing for one is cheaper than replacing every line break with itself.
const UNEVEN_GAP = / \n|\n |\n\n\n| {2}/;
// The gaps of UNEVEN_GAP with spaces, and the runs of line breaks of the others.
const SPACE_GAP = / \n|\n | {2}/;
const BLANK_LINES = /\n{3,}/g;

export function normalizeWhitespace(text: string): string {
  const plain = UNUSUAL.test(text)
    ? text
        .replace(/\r\n?|\u2028|\u2029|\u0085|\f/g, "\n")
        .replace(INVISIBLE, "")
        .replace(OTHER_CONTROLS, "")
        .replace(ODD_SPACES, " ")
        .replace(/\t/g, " ")
    : text;
  return normalizeGaps(plain);
}

/**
 * normalizeWhitespace for a text whose only white space is plain spaces and line breaks, such as
 * one with parts cut out of a normalized text: spaces collapse to one, spaces around a line break
 * go, at most one blank line stays.
 */
export function normalizeGaps(text: string): string {
  if (!UNEVEN_GAP.test(text)) return text.trim();
  // Lines cut out of a text leave only runs of line breaks: GAPS would make each a blank line.
  if (!SPACE_GAP.test(text)) return text.replace(BLANK_LINES, "\n\n").trim();
  return text.replace(GAPS, (gap) => (gap.includes("\n") ? breaks(gap) : " ")).trim();
}

function breaks(gap: string): string {
  return gap.indexOf("\n") === gap.lastIndexOf("\n") ? "\n" : "\n\n";
}
