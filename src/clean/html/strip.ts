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
  return { html: out + html.slice(at), jsonLd };
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
