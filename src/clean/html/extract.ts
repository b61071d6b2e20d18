// HTML to main text: scripts and styles cut out, the page's own metadata read, widgets pruned,
// then the article block is picked (main-block.ts) and written out with its paragraph breaks.
// A pruned page that yields too little falls back to the unpruned page, then the body.
//
// DESIGN chose @mozilla/readability over linkedom for the pick. The page is now a light tree built
// from htmlparser2's events (dom.ts), not linkedom's DOM; main-block.ts keeps readability's idea
// (paragraph scores passed to ancestors, link density, class hints, sibling joining, conditional
// cleaning) but computes it from counts gathered in one pass, with no re-reading of each
// candidate's text and no retries (readability was 40% of extraction time). Measured on the AEB
// set (bench/extract.ts, one core), the readability path: F1 0.975 (P 0.974, R 0.975), about 49
// pages per CPU second, peak RSS 400 MB; this one, with the one-pass strip.ts and counts shared
// by pruning and picking: F1 0.974 (P 0.973, R 0.975), about 95-105 pages per CPU second, 320 MB;
// with embedded posts kept, articles in parts joined and sections scored by their own text
// (main-block.ts): F1 0.978 (P 0.977, R 0.979) through the whole clean stage.
import type { Removed } from "../../contract/types.js";
import type { CleanRules } from "../rules.js";
import { blockStats, type TreeStats } from "./block-stats.js";
import { type DomElement, parseDocument } from "./dom.js";
import { embeddedPostHolders } from "./embedded-posts.js";
import { findMainBlock } from "./main-block.js";
import { type PageMetadata, readPageMetadata } from "./page-metadata.js";
import { pruneNoise } from "./prune.js";
import { stripPage } from "./strip.js";
import { blockText } from "./to-text.js";

export interface HtmlExtraction {
  text: string;
  metadata: PageMetadata;
  /** Captions, bylines, widgets and other short blocks cut from the page, with reasons. */
  removed: Removed[];
}

/** A page that cannot be read within the limits; the message names the limit. */
export class PageError extends Error {
  override name = "PageError";
}

// Limits that bound the work per page (parsing cost grows with markup, not with scripts).
const MAX_MARKUP_CHARS = 5_000_000;
const MAX_ELEMENTS = 100_000;
// Below this much text, the main-block pick is doubted and the fallbacks are tried.
const MIN_ARTICLE_CHARS = 140;

export function extractHtml(html: string, rules: CleanRules): HtmlExtraction {
  const page = stripPage(html);
  checkLimits(page.html);
  const doc = parseDocument(page.html);
  const metadata = readPageMetadata(doc, page.jsonLd);
  if (!doc.body) return { text: "", metadata, removed: [] };
  const stats = blockStats(doc.body);
  const posts = embeddedPostHolders(stats.elements, doc.body, rules.embeddedPost);
  const removed = pruneNoise(doc.body, stats, rules, posts);
  const text = longEnough(mainText(doc.body, stats, metadata.titles, posts));
  if (text !== null) return { text, metadata, removed };
  // The pruned page gave too little: the whole page is read again, and nothing was cut from it.
  return { text: unprunedText(page.html, metadata.titles, rules), metadata, removed: [] };
}

function checkLimits(markup: string): void {
  if (markup.length > MAX_MARKUP_CHARS) {
    throw new PageError(
      `page too large: ${markup.length} characters of markup after scripts and styles (limit ${MAX_MARKUP_CHARS})`,
    );
  }
  let tags = 0;
  for (let i = markup.indexOf("<"); i >= 0; i = markup.indexOf("<", i + 1)) {
    if (++tags > MAX_ELEMENTS * 2) throw new PageError(`page has too many elements (over ${MAX_ELEMENTS})`);
  }
}

function mainText(
  body: DomElement,
  stats: TreeStats,
  titles: readonly string[],
  posts: ReadonlySet<DomElement>,
): string {
  const { elements, isClutter } = findMainBlock(body, stats, titles);
  const isCut = (el: DomElement) => isClutter(el) && !posts.has(el);
  return elements.map((el) => blockText(el, isCut)).join("\n");
}

function unprunedText(markup: string, titles: readonly string[], rules: CleanRules): string {
  const body = parseDocument(markup).body;
  if (!body) return "";
  const stats = blockStats(body);
  const posts = embeddedPostHolders(stats.elements, body, rules.embeddedPost);
  return longEnough(mainText(body, stats, titles, posts)) ?? blockText(body);
}

function longEnough(text: string): string | null {
  // The start of a text, white space collapsed, is the start of the collapsed text: most texts
  // are long enough by their first few hundred characters, and the rest need not be collapsed.
  const start = text.slice(0, 4 * MIN_ARTICLE_CHARS);
  return collapsedLength(start) >= MIN_ARTICLE_CHARS || collapsedLength(text) >= MIN_ARTICLE_CHARS
    ? text
    : null;
}

function collapsedLength(text: string): number {
  return text.replace(/\s+/g, " ").trim().length;
}
