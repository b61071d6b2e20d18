// HTML to main text: scripts and styles cut out, the page's own metadata read, widgets pruned,
// then @mozilla/readability picks the article block, which is written out with its paragraph
// breaks. A page that readability cannot read falls back to the unpruned page, then the body.
import type { Removed } from "../../contract/types.js";
import type { CleanRules } from "../rules.js";
import { type DomDocument, parseDocument, treeDepth } from "./dom.js";
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
// Readability's scoring reads each candidate's whole text, which is quadratic in nesting depth;
// real articles nest a few dozen levels, so deeper trees are read as plain blocks instead.
const MAX_SCORED_DEPTH = 400;
// Below this much text, readability's pick is doubted and the fallbacks are tried.
const MIN_ARTICLE_CHARS = 140;

export function extractHtml(html: string, rules: CleanRules): HtmlExtraction {
  const page = stripPage(html);
  checkLimits(page.html);
  const doc = parseDocument(page.html);
  const metadata = readPageMetadata(doc, page.jsonLd);
  const removed = pruneNoise(doc, rules);
  if (doc.body && treeDepth(doc.body) > MAX_SCORED_DEPTH) return { text: bodyText(doc), metadata, removed };
  const text = longEnough(mainText(doc));
  if (text !== null) return { text, metadata, removed };
  // The pruned page gave too little: the whole page is read again, and nothing was cut from it.
  const unpruned = longEnough(mainText(parseDocument(page.html))) ?? bodyText(parseDocument(page.html));
  return { text: unpruned, metadata, removed: [] };
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

function mainText(doc: DomDocument): string {
  if (!doc.body) return "";
  const { elements, isClutter } = findMainBlock(doc.body);
  return elements.map((el) => blockText(el, isClutter)).join("\n");
}

function bodyText(doc: DomDocument): string {
  return doc.body ? blockText(doc.body) : "";
}

function longEnough(text: string): string | null {
  return text.replace(/\s+/g, " ").trim().length >= MIN_ARTICLE_CHARS ? text : null;
}
