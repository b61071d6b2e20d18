// Per-element text counts gathered in one pass over the tree: how much text an element holds, how
// much of it is link text, how many commas, paragraphs and long runs of prose. Pruning and
// main-block scoring read these instead of re-reading each element's text; pruning keeps them
// true as it cuts (`cutElement`).
import {
  childList,
  type DomElement,
  type DomNode,
  isElement,
  isHidden,
  isText,
  parentElement,
  tagOf,
} from "./dom.js";

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
  /** Text nodes long enough to be prose, not a widget label or a link title. */
  proseRuns: number;
  /** Hidden by the page, or inside an element that is: its text counts for none of its ancestors. */
  hidden: boolean;
  images: number;
  listItems: number;
  /** Characters of text inside lists (ul, ol). */
  listChars: number;
  inputs: number;
  headingChars: number;
}

/** Elements that start a new line; everything else runs inline. */
export const BLOCK_TAGS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "caption",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);

const HEADING = /^h[1-6]$/;
// A run of text this long is prose, not a widget label or a link title.
const PROSE_RUN = 100;
const COMMA = /[,，、،]/g;

export interface TreeStats {
  /** The elements under (and including) the root, in document order. */
  elements: DomElement[];
  of: Map<DomElement, BlockStats>;
}

/** Counts for every element under (and including) `root`. */
export function blockStats(root: DomElement): TreeStats {
  const elements: DomElement[] = [];
  const of = new Map<DomElement, BlockStats>();
  // An explicit stack instead of recursion: deeply nested markup must not overflow the call stack.
  const stack: { el: DomElement; hidden: boolean; children: DomNode[] | null }[] = [
    { el: root, hidden: false, children: null },
  ];
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.children === null) {
      elements.push(top.el);
      top.hidden ||= isHidden(top.el);
      top.children = childList(top.el);
      for (let i = top.children.length - 1; i >= 0; i--) {
        const c = top.children[i];
        if (isElement(c)) stack.push({ el: c, hidden: top.hidden, children: null });
      }
      continue;
    }
    stack.pop();
    of.set(top.el, combine(top.el, top.children, of, top.hidden));
  }
  return { elements, of };
}

/** Cuts `el` out of the tree under `root`, forgets its counts and counts its ancestors again. */
export function cutElement(stats: TreeStats, el: DomElement, root: DomElement): void {
  const parent = parentElement(el);
  el.remove();
  const stack: DomNode[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    stats.of.delete(node);
    for (let c = node.firstChild; c; c = c.nextSibling) stack.push(c);
  }
  for (let a = parent; a; a = a === root ? null : parentElement(a)) {
    const old = stats.of.get(a);
    if (old) stats.of.set(a, combine(a, childList(a), stats.of, old.hidden));
  }
}

function combine(
  el: DomElement,
  children: DomNode[],
  stats: Map<DomElement, BlockStats>,
  hidden: boolean,
): BlockStats {
  const own: BlockStats = {
    chars: 0,
    linkChars: 0,
    commas: 0,
    paragraphs: 0,
    inlineChars: 0,
    inlineCommas: 0,
    hasBlockChild: false,
    proseRuns: 0,
    hidden,
    images: 0,
    listItems: 0,
    listChars: 0,
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
      if (text.length >= PROSE_RUN) own.proseRuns++;
    } else if (isElement(c)) {
      const s = stats.get(c);
      if (!s || (s.hidden && !hidden)) continue;
      own.proseRuns += s.proseRuns;
      own.chars += s.chars;
      own.linkChars += s.linkChars;
      own.commas += s.commas;
      own.paragraphs += s.paragraphs;
      own.images += s.images;
      own.listItems += s.listItems;
      own.listChars += s.listChars;
      own.inputs += s.inputs;
      own.headingChars += s.headingChars;
      if (BLOCK_TAGS.has(tagOf(c)) || s.hasBlockChild) own.hasBlockChild = true;
      else {
        own.inlineChars += s.chars;
        own.inlineCommas += s.commas;
      }
    }
  }
  countTag(tagOf(el), own);
  return own;
}

function countTag(tag: string, s: BlockStats): void {
  if (tag === "a") s.linkChars = s.chars;
  // A div of inline text reads as a paragraph, as readability converts it to one.
  else if (tag === "p" || (tag === "div" && !s.hasBlockChild && s.chars > 0)) s.paragraphs++;
  else if (tag === "img") s.images++;
  else if (tag === "li") s.listItems++;
  else if (tag === "ul" || tag === "ol") s.listChars = s.chars;
  else if (tag === "input") s.inputs++;
  else if (HEADING.test(tag)) s.headingChars = s.chars;
}

function countCommas(text: string): number {
  return text.match(COMMA)?.length ?? 0;
}

export function linkDensity(s: BlockStats | undefined): number {
  return s && s.chars > 0 ? s.linkChars / s.chars : 0;
}
