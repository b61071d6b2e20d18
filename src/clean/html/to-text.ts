// An element's text with its structure kept as line breaks: each block (paragraph, heading,
// list item, table row) on its own line, table cells apart, inline markup run together.
// Lists that are only links (related stories, tag clouds) are left out.
import { BLOCK_TAGS } from "./block-stats.js";
import { type DomElement, type DomNode, isElement, isText, tagOf } from "./dom.js";

/**
 * Blocks that put their text on a line of its own: the block tags, but for table cells (kept apart
 * on their row, see CELLS) and asides, forms and navigation, whose text runs on with what is
 * around it (what little of it is kept).
 */
const RUN_ON_BLOCKS = new Set(["aside", "form", "nav", "td", "th"]);
const BLOCKS = new Set([...BLOCK_TAGS].filter((tag) => !RUN_ON_BLOCKS.has(tag)));
const CELLS = new Set(["td", "th"]);
const LINK_LIST_SHARE = 0.8;

/** The text of `root`, leaving out link lists, link-only paragraphs and what `isClutter` names. */
export function blockText(root: DomElement, isClutter: (el: DomElement) => boolean = () => false): string {
  const out: string[] = [];
  // Iterative walk: deeply nested markup must not overflow the call stack.
  const stack: (DomNode | string)[] = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === "string") {
      out.push(item);
      continue;
    }
    if (isText(item)) {
      // As in a browser, line breaks in the source of a paragraph are spaces; lines come from blocks.
      out.push(item.data.replace(/\s+/g, " "));
      continue;
    }
    if (!isElement(item) || isLinkList(item) || isLinkParagraph(item) || isClutter(item)) continue;
    const tag = tagOf(item);
    if (tag === "br") {
      out.push("\n");
      continue;
    }
    const sep = BLOCKS.has(tag) ? "\n" : CELLS.has(tag) ? " " : "";
    stack.push(sep);
    for (let c = item.lastChild; c; c = c.previousSibling) stack.push(c);
    stack.push(sep);
  }
  return out.join("");
}

/** A list whose text is nearly all link text, in several short items: navigation, not content. */
function isLinkList(el: DomElement): boolean {
  if (tagOf(el) !== "ul" && tagOf(el) !== "ol") return false;
  const text = squash(el.textContent);
  if (text.length === 0) return true;
  return linkedLength(el) >= text.length * LINK_LIST_SHARE;
}

/** A paragraph that is one link and nothing else: a teaser for another page. */
function isLinkParagraph(el: DomElement): boolean {
  if (tagOf(el) !== "p") return false;
  const text = squash(el.textContent);
  if (text.length === 0) return false;
  return linkedLength(el) === text.length;
}

/** How much of the text of `el` (without white space) is link text. */
function linkedLength(el: DomElement): number {
  let linked = 0;
  // Not querySelectorAll("a"): the DOM compiles a selector on every call, where this only walks.
  for (const a of el.getElementsByTagName("a")) linked += squash(a.textContent).length;
  return linked;
}

function squash(s: string | null): string {
  return (s ?? "").replace(/\s+/g, "");
}
