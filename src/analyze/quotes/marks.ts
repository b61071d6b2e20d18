// Quotation marks: which ranges of the text are inside a pair. News copy continues a quotation
// into the next paragraph by leaving it open and opening the next paragraph with a fresh mark,
// so an unclosed quotation joins the next paragraph's when that paragraph opens with a mark.
import type { Range } from "../types.js";

export interface QuotedSegment {
  /** From the opening mark to the closing mark, both included. */
  outer: Range;
  /** The quoted words, marks excluded. */
  inner: Range;
}

/**
 * Each opening mark with its closing marks. Copy often mixes curly and straight marks, and some
 * newspapers type a double mark as two apostrophes (''like this'').
 */
const CLOSERS: Record<string, readonly string[]> = {
  "“": ["”", '"'],
  "„": ["“", "”"],
  "«": ["»"],
  "‹": ["›"],
  "‘": ["’", "'"],
  '"': ['"', "”"],
  "''": ["''"],
  "``": ["''"],
  "'": ["'", "’"],
};
/** Every mark; the alternation lists "''" and "``" first so they are not read as two marks. */
const MARK = /''|``|[“”„«»‹›‘’"']/g;
/** Marks that double as apostrophes: an unclosed one, or one inside a word, is not a quotation. */
const SINGLE_MARKS = new Set(["‘", "‹", "'"]);

const isLetterOrDigit = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);

/**
 * An opening mark starts a word: after space, a bracket or a dash, and before a non-space.
 * A single mark inside a word is an apostrophe ("army’s", "Sa’ar").
 */
function opensAt(text: string, i: number, mark: string): boolean {
  if (!(mark in CLOSERS) || isSpace(text[i + mark.length])) return false;
  if (mark === "“" || mark === "„" || mark === "«" || mark === "``") return true;
  const before = text[i - 1];
  return isSpace(before) || /[([{—–\-/“"]/.test(before ?? "");
}

function closesAt(text: string, i: number, mark: string, opener: string): boolean {
  if (!CLOSERS[opener].includes(mark)) return false;
  // A closing single mark followed by a letter is an apostrophe inside a word.
  return !(SINGLE_MARKS.has(opener) && isLetterOrDigit(text[i + mark.length]));
}

interface Open {
  opener: string;
  start: number;
}

/** One pass over the marks of the text; a paragraph end closes or continues the open quotation. */
export function findQuotedSegments(text: string, paragraphs: readonly Range[]): QuotedSegment[] {
  const out: QuotedSegment[] = [];
  let open: Open | null = null;
  let p = 0;
  /** The mark that reopens a quotation continued from the previous paragraph. */
  let reopening = -1;
  const passParagraphsBefore = (offset: number) => {
    for (; p < paragraphs.length && paragraphs[p].end <= offset; p++) {
      if (!open) continue;
      const next = paragraphs[p + 1];
      if (next && text.startsWith(open.opener, next.start)) reopening = next.start;
      else if (next && closesFirst(text, next, open.opener)) continue;
      else {
        // An unclosed single mark was more likely an apostrophe ("‘90s") than a quotation.
        if (!SINGLE_MARKS.has(open.opener)) out.push(unclosed(open, paragraphs[p].end));
        open = null;
      }
    }
  };
  for (const m of text.matchAll(MARK)) {
    passParagraphsBefore(m.index);
    const mark = m[0];
    if (m.index === reopening) continue;
    if (open && closesAt(text, m.index, mark, open.opener)) {
      const inner = { start: open.start + open.opener.length, end: m.index };
      out.push({ outer: { start: open.start, end: m.index + mark.length }, inner });
      open = null;
    } else if (!open && opensAt(text, m.index, mark)) open = { opener: mark, start: m.index };
  }
  passParagraphsBefore(Number.POSITIVE_INFINITY);
  return out.filter((s) => s.inner.end > s.inner.start);
}

/**
 * A line break inside a quotation (a tweet, a poem): the next paragraph's first mark can only
 * close the open quotation (“... in 2015. ¶ Was supposed to leave,” he tweeted).
 */
function closesFirst(text: string, paragraph: Range, opener: string): boolean {
  MARK.lastIndex = paragraph.start;
  const first = MARK.exec(text);
  MARK.lastIndex = 0;
  if (!first || first.index >= paragraph.end) return false;
  return closesAt(text, first.index, first[0], opener) && !opensAt(text, first.index, first[0]);
}

function unclosed(open: Open, end: number): QuotedSegment {
  return { outer: { start: open.start, end }, inner: { start: open.start + open.opener.length, end } };
}
