// Attribution units: the sentences of the segmenter, joined wherever a quotation runs across a
// sentence or paragraph boundary, so that "“A. B. C,” the daily wrote." is one unit. Inside a
// unit every quotation is one item, and the cue patterns look at words around it.
import type { Range, Segmentation, Token } from "../types.js";
import type { QuotedSegment } from "./marks.js";

export interface Item extends Range {
  kind: "word" | "punct" | "quote";
  /** Lower-case text; the quotation's text for a quote item. */
  lower: string;
  /** Set on quote items. */
  segment?: QuotedSegment;
}

export interface Unit extends Range {
  /** Index of the unit's first sentence. */
  sentence: number;
  paragraph: number;
  /** The paragraph of its last sentence: a quotation may run on over several. */
  lastParagraph: number;
  items: Item[];
}

const MAX_TAIL_SENTENCE_WORDS = 8;
/** The segmenter's tokens are words or single punctuation marks, so the first character tells. */
const WORD_START = /^[\p{L}\p{N}]/u;
const isAsciiAlphanumeric = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

/** ASCII first, as most tokens are; the Unicode test only for other characters. */
function startsWord(token: string): boolean {
  const c = token.charCodeAt(0);
  return c < 128 ? isAsciiAlphanumeric(c) : WORD_START.test(token);
}

/**
 * The units of the text that hold a quotation or a cue: the others can attribute nothing, so they
 * are not read into items (most of the stage's work).
 */
export function buildUnits(
  text: string,
  seg: Segmentation,
  segments: readonly QuotedSegment[],
  anyCue: RegExp,
): Unit[] {
  const units: Unit[] = [];
  const firstToken = firstTokenOfSentences(seg.tokens, seg.sentences.length);
  let next = 0; // first segment not yet placed in a unit
  for (let s = 0; s < seg.sentences.length; ) {
    const first = seg.sentences[s];
    const firstSegment = next;
    let end = first.end;
    let last = s;
    // Widen the unit while a quotation starting in it ends beyond it.
    for (let i = next; i < segments.length && segments[i].outer.start < end; i++) {
      while (segments[i].outer.end > end && last + 1 < seg.sentences.length) end = seg.sentences[++last].end;
      next = i + 1;
    }
    if (
      endsWithQuotation(segments, next - 1, end) &&
      isAttributionTail(text, seg, last + 1, first.paragraph)
    ) {
      end = seg.sentences[++last].end;
    }
    const holdsQuotation = next > firstSegment;
    if (!holdsQuotation && !anyCue.test(text.slice(first.start, end))) {
      s = last + 1;
      continue;
    }
    const tokens = seg.tokens.slice(firstToken[s], firstToken[last + 1]);
    units.push({
      start: first.start,
      end,
      sentence: s,
      paragraph: first.paragraph,
      lastParagraph: seg.sentences[last].paragraph,
      items: collapse(text, tokens, segments),
    });
    s = last + 1;
  }
  return units;
}

/** The unit ends with the closing mark of a quotation: “Why not?” */
function endsWithQuotation(segments: readonly QuotedSegment[], i: number, end: number): boolean {
  return i >= 0 && segments[i].outer.end === end;
}

/**
 * “... for baseball?” Obama said. The segmenter ends a sentence at "?”", but a short sentence
 * that follows in the same paragraph without a quotation of its own attributes it.
 */
function isAttributionTail(text: string, seg: Segmentation, s: number, paragraph: number): boolean {
  const next = seg.sentences[s];
  if (!next || next.paragraph !== paragraph) return false;
  const words = text.slice(next.start, next.end).split(/\s+/);
  return words.length <= MAX_TAIL_SENTENCE_WORDS && !/["“‘'«]/.test(text.slice(next.start, next.end));
}

/** firstToken[s] is the index of sentence s's first token; one more entry closes the last sentence. */
function firstTokenOfSentences(tokens: readonly Token[], sentences: number): number[] {
  const first = new Array<number>(sentences + 1).fill(tokens.length);
  for (let i = tokens.length - 1; i >= 0; i--) first[tokens[i].sentence] = i;
  for (let s = sentences - 1; s >= 0; s--) first[s] = Math.min(first[s], first[s + 1]);
  return first;
}

/** Tokens as items, each quotation's tokens folded into one quote item. */
function collapse(text: string, tokens: readonly Token[], segments: readonly QuotedSegment[]): Item[] {
  const items: Item[] = [];
  let k = firstSegmentEndingAfter(segments, tokens[0]?.start ?? 0);
  for (const t of tokens) {
    while (k < segments.length && segments[k].outer.end <= t.start) k++;
    const segment = segments[k];
    if (segment && segment.outer.start <= t.start) {
      const previous = items[items.length - 1];
      if (previous?.segment !== segment) items.push(quoteItem(text, segment));
      continue;
    }
    const previous = items[items.length - 1];
    if (previous && continuesNumber(text, previous, t)) {
      previous.end = t.end;
      previous.lower = text.slice(previous.start, t.end).toLowerCase();
      continue;
    }
    const kind = startsWord(t.text) ? "word" : "punct";
    items.push({ kind, start: t.start, end: t.end, lower: t.text.toLowerCase() });
  }
  return items;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * "15,000" is one word: the segmenter splits it at the comma, and a comma there is no clause
 * boundary. The comma joins the number before it when a digit follows; the digits after join both.
 */
function continuesNumber(text: string, previous: Item, t: Token): boolean {
  if (previous.end !== t.start || previous.kind !== "word") return false;
  if (t.text === ",") return isDigit(text.charCodeAt(t.start - 1)) && isDigit(text.charCodeAt(t.end));
  return text[t.start - 1] === "," && isDigit(t.text.charCodeAt(0));
}

function quoteItem(text: string, segment: QuotedSegment): Item {
  const { start, end } = segment.outer;
  return {
    kind: "quote",
    start,
    end,
    lower: text.slice(segment.inner.start, segment.inner.end).toLowerCase(),
    segment,
  };
}

/** Binary search: the first segment whose end lies after `offset`. */
function firstSegmentEndingAfter(segments: readonly QuotedSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].outer.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
