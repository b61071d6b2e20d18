// The narrow DOM this stage uses: a light tree of elements and text built straight from
// htmlparser2's events, as linkedom built its DOM from the same parser with the same options
// (linkedom's node objects cost seven times the parsing itself). What this stage reads of
// linkedom's DOM is kept as linkedom had it: a text node per text event (an entity is one of its
// own), attribute names as written, the first of repeated attributes, comments and CDATA left
// out of the text, and the document's head and body found, or added, where linkedom looks.
import { Parser } from "htmlparser2";

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;

export class DomNode {
  parentNode: DomNode | null = null;
  firstChild: DomNode | null = null;
  lastChild: DomNode | null = null;
  nextSibling: DomNode | null = null;
  previousSibling: DomNode | null = null;

  constructor(readonly nodeType: number) {}

  /** The text of the text nodes under this one, in document order. */
  get textContent(): string {
    const parts: string[] = [];
    forEachUnder(this, (n) => {
      if (isText(n)) parts.push(n.data);
    });
    return parts.join("");
  }

  /** Adds `child` as the last child; returns it. */
  append<T extends DomNode>(child: T): T {
    return this.insertBefore(child, null);
  }

  /** Inserts `child` before `next` (a child of this node; null: at the end); returns it. */
  insertBefore<T extends DomNode>(child: T, next: DomNode | null): T {
    const previous = next ? next.previousSibling : this.lastChild;
    child.parentNode = this;
    child.previousSibling = previous;
    child.nextSibling = next;
    if (previous) previous.nextSibling = child;
    else this.firstChild = child;
    if (next) next.previousSibling = child;
    else this.lastChild = child;
    return child;
  }

  remove(): void {
    const parent = this.parentNode;
    if (!parent) return;
    if (this.previousSibling) this.previousSibling.nextSibling = this.nextSibling;
    else parent.firstChild = this.nextSibling;
    if (this.nextSibling) this.nextSibling.previousSibling = this.previousSibling;
    else parent.lastChild = this.previousSibling;
    this.parentNode = this.nextSibling = this.previousSibling = null;
  }
}

export class DomText extends DomNode {
  constructor(readonly data: string) {
    super(TEXT_NODE);
  }
}

export class DomElement extends DomNode {
  /** The tag name in lower case ("div"), as tagOf gives it. */
  readonly tag: string;

  /** `localName`: the tag name as the parser gives it (in lower case); `attributes`: names as written. */
  constructor(
    readonly localName: string,
    private readonly attributes: Readonly<Record<string, string>> = {},
  ) {
    super(ELEMENT_NODE);
    // As linkedom's tagName (localName in upper case) lower-cased: the name itself when plain.
    this.tag = isPlainTagName(localName) ? localName : localName.toUpperCase().toLowerCase();
  }

  /** The attribute's value as written (entities decoded); null without it. The name is matched exactly. */
  getAttribute(name: string): string | null {
    return Object.hasOwn(this.attributes, name) ? this.attributes[name] : null;
  }

  /** The elements under this one (not itself) with tag `name` (lower case; "*": any), in document order. */
  getElementsByTagName(name: string): DomElement[] {
    const found: DomElement[] = [];
    forEachUnder(this, (n) => {
      if (isElement(n) && (name === "*" || n.localName === name)) found.push(n);
    });
    return found;
  }
}

export class DomDocument extends DomNode {
  constructor() {
    super(DOCUMENT_NODE);
  }

  /** The first element at the top of the document. */
  get documentElement(): DomElement | null {
    return firstElementChild(this);
  }

  /**
   * The body: the element after the head. Without one there, an empty body is added after the
   * head, as linkedom does (so a page whose body does not follow its head reads as empty).
   */
  get body(): DomElement | null {
    const head = this.head;
    if (!head) return null;
    const next = nextElementSibling(head);
    if (next && next.localName === "body") return next;
    return head.parentNode?.insertBefore(new DomElement("body"), head.nextSibling) ?? null;
  }

  /** The text of the first <title> in the head; "" without one. */
  get title(): string {
    return this.head?.getElementsByTagName("title")[0]?.textContent || "";
  }

  /** The first child element of the document element; when it is not a head, an empty head is added first. */
  private get head(): DomElement | null {
    const root = this.documentElement;
    if (!root) return null;
    const first = firstElementChild(root);
    if (first && first.localName === "head") return first;
    return root.insertBefore(new DomElement("head"), root.firstChild);
  }
}

const PAGE_TAG = /<(?:html|body)[\s>]/i;

export function parseDocument(html: string): DomDocument {
  // A fragment ("<div>…</div>", bare text, an empty string) gets a page around it: the body is
  // looked for after the head of the first element (see DomDocument.body).
  const source = PAGE_TAG.test(html) ? html : `<html><head></head><body>${html}</body></html>`;
  const doc = new DomDocument();
  let node: DomNode = doc;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        node = node.append(new DomElement(name, attributes));
      },
      ontext(text) {
        node.append(new DomText(text));
      },
      onclosetag() {
        node = node.parentNode ?? doc;
      },
    },
    { lowerCaseAttributeNames: false, decodeEntities: true },
  );
  parser.end(source);
  return doc;
}

export const isElement = (n: DomNode): n is DomElement => n.nodeType === ELEMENT_NODE;
export const isText = (n: DomNode): n is DomText => n.nodeType === TEXT_NODE;

/** Calls `visit` on every node under `root` (not root itself), in document order. */
function forEachUnder(root: DomNode, visit: (node: DomNode) => void): void {
  // A walk by links: deeply nested markup must not overflow the call stack.
  let node = root.firstChild;
  while (node) {
    visit(node);
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
}

function firstElementChild(node: DomNode): DomElement | null {
  let c = node.firstChild;
  while (c && !isElement(c)) c = c.nextSibling;
  return c;
}

function nextElementSibling(node: DomNode): DomElement | null {
  let c = node.nextSibling;
  while (c && !isElement(c)) c = c.nextSibling;
  return c;
}

export function attr(el: DomElement | null, name: string): string | null {
  const v = el?.getAttribute(name)?.trim();
  return v ? v : null;
}

/** An element's tag name in lower case ("div"). */
export function tagOf(el: DomElement): string {
  return el.tag;
}

/** a-z, 0-9 and "-" only. */
function isPlainTagName(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) return false;
  }
  return true;
}

const WHITE_SPACE = /\s/;

/** The class attribute's distinct names joined by single spaces, "" without any (as the DOM's classList has them). */
export function classAttribute(el: DomElement): string {
  const value = el.getAttribute("class") ?? "";
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
