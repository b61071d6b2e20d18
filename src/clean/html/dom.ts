// The narrow DOM this stage uses, over linkedom (a fast server-side DOM without layout).
import { parseHTML } from "linkedom";

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface DomNode {
  nodeType: number;
  parentNode: DomNode | null;
  // Children are read through these links: linkedom's childNodes builds a NodeList (an Array
  // subclass, slow to fill) on every read.
  firstChild: DomNode | null;
  lastChild: DomNode | null;
  nextSibling: DomNode | null;
  previousSibling: DomNode | null;
  textContent: string | null;
}

export interface DomText extends DomNode {
  data: string;
}

export interface DomElement extends DomNode {
  tagName: string;
  localName: string;
  getAttribute(name: string): string | null;
  getAttributeNode(name: string): { value: string } | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): Iterable<DomElement>;
  getElementsByTagName(name: string): Iterable<DomElement>;
  remove(): void;
}

export interface DomDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  title: string;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): Iterable<DomElement>;
}

const PAGE_TAG = /<(?:html|body)[\s>]/i;

export function parseDocument(html: string): DomDocument {
  // linkedom builds a body only for a whole page: a fragment ("<div>…</div>", bare text, an empty
  // string) would come out with no document element or no body, and its text would be lost.
  const source = PAGE_TAG.test(html) ? html : `<html><head></head><body>${html}</body></html>`;
  return (parseHTML(source) as unknown as { document: DomDocument }).document;
}

export const isElement = (n: DomNode): n is DomElement => n.nodeType === ELEMENT_NODE;
export const isText = (n: DomNode): n is DomText => n.nodeType === TEXT_NODE;

export function attr(el: DomElement | null, name: string): string | null {
  const v = el?.getAttribute(name)?.trim();
  return v ? v : null;
}

/**
 * An element's tag name in lower case ("div"). tagName upper-cases localName into a new string
 * on every read; localName is the answer already when it is plain lower-case ASCII, as the HTML
 * parser writes tag names.
 */
export function tagOf(el: DomElement): string {
  const name = el.localName;
  return isPlainTagName(name) ? name : el.tagName.toLowerCase();
}

/** a-z, 0-9 and "-" only; a loop, as this runs several times per element. */
function isPlainTagName(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) return false;
  }
  return true;
}

const WHITE_SPACE = /\s/;

/**
 * The class attribute as linkedom's getAttribute("class") gives it: its distinct names joined by
 * single spaces, "" without any. Read from the attribute node: getAttribute joins the names of
 * the element's DOMTokenList again on every read.
 */
export function classAttribute(el: DomElement): string {
  const value = el.getAttributeNode("class")?.value ?? "";
  // A single name, the usual case, is the answer as written.
  if (!WHITE_SPACE.test(value)) return value;
  return [...new Set(value.split(/\s+/))].filter((name) => name !== "").join(" ");
}

/** Hidden by the page (strip.ts turns hiding inline styles into the `hidden` attribute). */
export function isHidden(el: DomElement): boolean {
  return el.getAttribute("hidden") !== null || el.getAttribute("aria-hidden") === "true";
}

/** The child nodes of `node`, in order. */
export function childList(node: DomNode): DomNode[] {
  const out: DomNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

export function parentElement(el: DomElement): DomElement | null {
  const p = el.parentNode;
  return p && isElement(p) ? p : null;
}
