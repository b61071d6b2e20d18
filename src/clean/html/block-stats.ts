// Per-element text counts gathered in one bottom-up pass over the tree: how much text an element
// holds, how much of it is link text, how many commas and paragraphs. Main-block scoring and
// link-list detection read these instead of re-reading each element's text.
import { type DomElement, type DomNode, isElement, isHidden, isText } from "./dom.js";

export interface BlockStats {
  /** Characters of text, white space at the ends of each text node left out. */
  chars: number;
  /** Of those, the characters inside links. */
  linkChars: number;
  commas: number;
  paragraphs: number;
  /** Characters of text outside this element's block children (runs of inline text). */
  inlineChars: number;
  /** Commas in that inline text. */
  inlineCommas: number;
  hasBlockChild: boolean;
  images: number;
  listItems: number;
  inputs: number;
  headingChars: number;
}

/** Elements that start a new line; everything else runs inline. */
export const BLOCK_TAGS = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "CAPTION",
  "DD",
  "DETAILS",
  "DIV",
  "DL",
  "DT",
  "FIELDSET",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "SUMMARY",
  "TABLE",
  "TBODY",
  "TD",
  "TFOOT",
  "TH",
  "THEAD",
  "TR",
  "UL",
]);

const HEADING = /^H[1-6]$/;
const COMMA = /[,，、،]/g;

/** Counts for every element under (and including) `root`, children before parents. */
export function blockStats(root: DomElement): Map<DomElement, BlockStats> {
  const stats = new Map<DomElement, BlockStats>();
  // An explicit stack instead of recursion: deeply nested markup must not overflow the call stack.
  const stack: { el: DomElement; children: DomNode[] | null }[] = [{ el: root, children: null }];
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.children === null) {
      top.children = [...top.el.childNodes];
      for (const c of top.children) if (isElement(c)) stack.push({ el: c, children: null });
      continue;
    }
    stack.pop();
    // A hidden element (kept by pruning because it holds prose) is never shown, so it counts for nothing.
    if (!isHidden(top.el)) stats.set(top.el, combine(top.el, top.children, stats));
  }
  return stats;
}

function combine(el: DomElement, children: DomNode[], stats: Map<DomElement, BlockStats>): BlockStats {
  const own: BlockStats = {
    chars: 0,
    linkChars: 0,
    commas: 0,
    paragraphs: 0,
    inlineChars: 0,
    inlineCommas: 0,
    hasBlockChild: false,
    images: 0,
    listItems: 0,
    inputs: 0,
    headingChars: 0,
  };
  for (const c of children) {
    if (isText(c)) {
      const text = c.data.trim();
      const commas = countCommas(text);
      own.chars += text.length;
      own.commas += commas;
      own.inlineChars += text.length;
      own.inlineCommas += commas;
    } else if (isElement(c)) {
      const s = stats.get(c);
      if (!s) continue;
      own.chars += s.chars;
      own.linkChars += s.linkChars;
      own.commas += s.commas;
      own.paragraphs += s.paragraphs;
      own.images += s.images;
      own.listItems += s.listItems;
      own.inputs += s.inputs;
      own.headingChars += s.headingChars;
      if (BLOCK_TAGS.has(c.tagName) || s.hasBlockChild) own.hasBlockChild = true;
      else {
        own.inlineChars += s.chars;
        own.inlineCommas += s.commas;
      }
    }
  }
  countTag(el.tagName, own);
  return own;
}

function countTag(tag: string, s: BlockStats): void {
  if (tag === "A") s.linkChars = s.chars;
  // A div of inline text reads as a paragraph, as readability converts it to one.
  else if (tag === "P" || (tag === "DIV" && !s.hasBlockChild && s.chars > 0)) s.paragraphs++;
  else if (tag === "IMG") s.images++;
  else if (tag === "LI") s.listItems++;
  else if (tag === "INPUT") s.inputs++;
  else if (HEADING.test(tag)) s.headingChars = s.chars;
}

function countCommas(text: string): number {
  return text.match(COMMA)?.length ?? 0;
}

export function linkDensity(s: BlockStats | undefined): number {
  return s && s.chars > 0 ? s.linkChars / s.chars : 0;
}
