// Before parsing: blocks that never hold article text (scripts, styles, SVG, comments) are cut
// out by a linear scan, so a page that is mostly script parses as fast as its text allows. The
// JSON-LD scripts are kept aside: the page describes itself there.

export interface StrippedPage {
  html: string;
  jsonLd: string[];
}

const BLOCKS: readonly [open: string, close: string][] = [
  ["<script", "</script"],
  ["<style", "</style"],
  ["<noscript", "</noscript"],
  ["<template", "</template"],
  ["<svg", "</svg"],
  ["<!--", "-->"],
];
const JSON_LD = /^<script[^>]*type\s*=\s*["']?application\/ld\+json/i;
// White space next to block-level tags renders as nothing, yet becomes a text node per gap; a
// third of a page's nodes can be such gaps. Inline tags (a, span, img, ...) keep theirs.
const BLOCK_TAG =
  "(?:address|article|aside|blockquote|body|dd|div|dl|dt|figcaption|figure|footer|form|h[1-6]|head|header|hr|html|li|link|main|meta|nav|ol|option|p|section|select|table|tbody|td|tfoot|th|thead|title|tr|ul)";
const GAP_AT_BLOCK = new RegExp(`\\s+(?=<\\/?${BLOCK_TAG}\\b)|(?<=<\\/${BLOCK_TAG}>)\\s+`, "gi");

export function stripPage(html: string): StrippedPage {
  const lower = html.toLowerCase();
  const jsonLd: string[] = [];
  const opens = new Opens(lower);
  let out = "";
  let at = 0;
  for (;;) {
    const next = opens.next(at);
    if (!next) break;
    out += html.slice(at, next.start);
    const block = html.slice(next.start, next.end);
    if (JSON_LD.test(block)) jsonLd.push(block.slice(block.indexOf(">") + 1).replace(/<\/script\s*>?$/i, ""));
    at = next.end;
  }
  const compact = (out + html.slice(at)).replace(GAP_AT_BLOCK, "").replace(STYLE_ATTRIBUTE, hiddenOrNothing);
  return { html: withoutChrome(compact), jsonLd };
}

// Inline styles matter only when they hide an element; the DOM parses every style it keeps,
// so a hiding style becomes the `hidden` attribute and the others go.
const STYLE_ATTRIBUTE = /\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const HIDING = /display\s*:\s*none|visibility\s*:\s*hidden/i;

function hiddenOrNothing(_m: string, double: string | undefined, single: string | undefined): string {
  return HIDING.test(double ?? single ?? "") ? " hidden" : "";
}

// Page chrome that is cut before parsing (it is a fifth to a half of a page's nodes), unless
// it holds a run of prose: some sites put the article inside a <header> or an <aside>.
const CHROME = /<(nav|header|footer|aside|select|button)\b[^>]*>/gi;
// Text of 100 characters between two tags.
const PROSE_RUN = />[^<>]{100}/;

function withoutChrome(html: string): string {
  let out = "";
  let at = 0;
  CHROME.lastIndex = 0;
  for (let m = CHROME.exec(html); m; m = CHROME.exec(html)) {
    const end = closingEnd(html, m[1].toLowerCase(), m.index + m[0].length);
    if (end < 0 || PROSE_RUN.test(html.slice(m.index, end).replace(/\s+/g, " "))) continue;
    out += html.slice(at, m.index);
    at = end;
    CHROME.lastIndex = end;
  }
  return out + html.slice(at);
}

/** Where the element opened before `from` closes, counting nested elements of the same name; -1 if never. */
function closingEnd(html: string, tag: string, from: number): number {
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, "gi");
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}

/** Where each kind of block opens next; positions are cached so the scan stays linear. */
class Opens {
  readonly #lower: string;
  readonly #at: number[] = BLOCKS.map(() => -2);

  constructor(lower: string) {
    this.#lower = lower;
  }

  /** The earliest block opening at or after `from`, ending after its close tag (or at the end). */
  next(from: number): { start: number; end: number } | null {
    let kind = -1;
    for (const [k, [open]] of BLOCKS.entries()) {
      if (this.#at[k] !== -1 && this.#at[k] < from) this.#at[k] = openingAt(this.#lower, open, from);
      if (this.#at[k] >= 0 && (kind < 0 || this.#at[k] < this.#at[kind])) kind = k;
    }
    if (kind < 0) return null;
    const [open, close] = BLOCKS[kind];
    const start = this.#at[kind];
    const closeAt = this.#lower.indexOf(close, start + open.length);
    if (closeAt < 0) return { start, end: this.#lower.length };
    const afterClose = closeAt + close.length;
    return { start, end: close.endsWith(">") ? afterClose : closeEnd(this.#lower, afterClose) };
  }
}

/** An opening tag, not a longer tag name sharing its prefix ("<scripts", "<svgx"). */
function openingAt(lower: string, open: string, from: number): number {
  let i = lower.indexOf(open, from);
  while (i >= 0 && open !== "<!--" && /[a-z0-9-]/.test(lower[i + open.length] ?? "")) {
    i = lower.indexOf(open, i + 1);
  }
  return i;
}

function closeEnd(lower: string, from: number): number {
  const gt = lower.indexOf(">", from);
  return gt < 0 ? lower.length : gt + 1;
}
