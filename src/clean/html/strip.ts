// Before parsing, in one linear scan: blocks that never hold article text (scripts, styles, SVG,
// comments) are cut out, white space next to block tags is dropped, and tags keep only the
// attributes this stage reads, so the parser builds as few nodes as the text needs. The JSON-LD
// scripts are kept aside: the page describes itself there. Then page chrome is cut (withoutChrome).

export interface StrippedPage {
  html: string;
  jsonLd: string[];
}

// Elements cut with everything inside them.
const SKIPPED = new Set(["script", "style", "noscript", "template", "svg"]);
// White space next to block-level tags renders as nothing, yet becomes a text node per gap; a
// third of a page's nodes can be such gaps. Inline tags (a, span, img, ...) keep theirs.
const BLOCK_TAGS = new Set(
  "address article aside blockquote body dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html li link main meta nav ol option p section select table tbody td tfoot th thead title tr ul".split(
    " ",
  ),
);
// What the later steps read (page-metadata.ts, prune.ts, main-block.ts); other attributes are
// dropped, as the DOM builds a node for each.
const KEPT_ATTRIBUTES = new Set(["class", "id", "hidden", "aria-hidden", "itemprop", "datetime", "pubdate"]);
// Attributes read on one kind of element only: the page's language, its meta tags, its canonical link.
const KEPT_ON: Record<string, ReadonlySet<string>> = {
  html: new Set(["lang"]),
  meta: new Set(["name", "property", "content"]),
  link: new Set(["rel", "href"]),
};
const NONE: ReadonlySet<string> = new Set();
const JSON_LD = /type\s*=\s*["']?application\/ld\+json/i;
// Inline styles matter only when they hide an element: such a style becomes the `hidden` attribute.
const HIDING = /display\s*:\s*none|visibility\s*:\s*hidden/i;

export function stripPage(html: string): StrippedPage {
  const jsonLd: string[] = [];
  const out: string[] = [];
  // Text waiting for the next tag, which decides whether its white space at the end stays.
  let text = "";
  let afterBlockClose = false;
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf("<", at);
    text += html.slice(at, lt < 0 ? html.length : lt);
    if (lt < 0) break;
    const tag = readTag(html, lt);
    if (tag.kind === "text") {
      text += "<";
      at = lt + 1;
      continue;
    }
    if (tag.kind === "skip") {
      if (tag.jsonLd !== null) jsonLd.push(tag.jsonLd);
      at = tag.end;
      continue;
    }
    const block = BLOCK_TAGS.has(tag.name);
    out.push(gapless(text, afterBlockClose, block), tag.markup);
    text = "";
    afterBlockClose = block && tag.closing;
    at = tag.end;
  }
  out.push(gapless(text, afterBlockClose, false));
  return { html: withoutChrome(out.join("")), jsonLd };
}

/** Text between two tags without the white space that a block tag on either side makes void. */
function gapless(text: string, afterBlockClose: boolean, beforeBlock: boolean): string {
  const start = afterBlockClose ? text.trimStart() : text;
  return beforeBlock ? start.trimEnd() : start;
}

type Tag =
  | { kind: "skip"; end: number; jsonLd: string | null }
  | { kind: "tag"; name: string; closing: boolean; markup: string; end: number }
  | { kind: "text" };

/** What starts at `lt` (a "<"): a comment or skipped block, a tag, or a "<" that is only text. */
function readTag(html: string, lt: number): Tag {
  if (html.startsWith("<!--", lt)) return { kind: "skip", end: endAfter(html, "-->", lt + 4), jsonLd: null };
  const next = html[lt + 1];
  if (next === "!" || next === "?") {
    // A doctype, CDATA section or processing instruction, kept as it is.
    const end = endAfter(html, ">", lt);
    return { kind: "tag", name: "", closing: false, markup: html.slice(lt, end), end };
  }
  const closing = next === "/";
  let i = lt + (closing ? 2 : 1);
  const nameStart = i;
  while (i < html.length && isNameChar(html.charCodeAt(i))) i++;
  if (i === nameStart) return { kind: "text" };
  const name = html.slice(nameStart, i).toLowerCase();
  const { markup, end } = readAttributes(html, i, KEPT_ON[name] ?? NONE);
  if (closing || !SKIPPED.has(name)) {
    return { kind: "tag", name, closing, markup: html.slice(lt, i) + markup, end };
  }
  const close = indexOfCloseTag(html, name, end);
  const body = html.slice(end, close < 0 ? html.length : close);
  const jsonLd = name === "script" && JSON_LD.test(html.slice(lt, end)) ? body : null;
  return { kind: "skip", end: close < 0 ? html.length : endAfter(html, ">", close), jsonLd };
}

/** The rest of a tag from `from` (just after its name): the attributes kept on it and the closing ">". */
function readAttributes(
  html: string,
  from: number,
  keptHere: ReadonlySet<string>,
): { markup: string; end: number } {
  let markup = "";
  let i = from;
  while (i < html.length) {
    const spaceStart = i;
    while (i < html.length && isSpace(html.charCodeAt(i))) i++;
    if (i >= html.length) break;
    if (html[i] === ">") return { markup: `${markup}>`, end: i + 1 };
    if (html[i] === "/" && html[i + 1] === ">") return { markup: `${markup}/>`, end: i + 2 };
    const attr = readAttribute(html, i);
    const name = html.slice(i, attr.nameEnd).toLowerCase();
    if (KEPT_ATTRIBUTES.has(name) || keptHere.has(name)) markup += html.slice(spaceStart, attr.end);
    else if (name === "style" && HIDING.test(html.slice(attr.nameEnd, attr.end))) markup += " hidden";
    i = Math.max(attr.end, i + 1);
  }
  return { markup: `${markup}>`, end: html.length };
}

/** One attribute at `at`: where its name ends and where its value (if any) ends. */
function readAttribute(html: string, at: number): { nameEnd: number; end: number } {
  let i = at;
  while (i < html.length && !isSpace(html.charCodeAt(i)) && html[i] !== "=" && html[i] !== ">") i++;
  const nameEnd = i;
  let j = i;
  while (j < html.length && isSpace(html.charCodeAt(j))) j++;
  if (html[j] !== "=") return { nameEnd, end: nameEnd };
  j++;
  while (j < html.length && isSpace(html.charCodeAt(j))) j++;
  const quote = html[j];
  if (quote === '"' || quote === "'") {
    const close = html.indexOf(quote, j + 1);
    return { nameEnd, end: close < 0 ? html.length : close + 1 };
  }
  while (j < html.length && !isSpace(html.charCodeAt(j)) && html[j] !== ">") j++;
  return { nameEnd, end: j };
}

function isNameChar(code: number): boolean {
  // 0-9, :, A-Z, a-z, -
  return (
    (code >= 48 && code <= 58) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 45
  );
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

const closeTags = new Map([...SKIPPED].map((name) => [name, new RegExp(`</${name}(?![a-z0-9-])`, "gi")]));

/** Where `</name` (a skipped element's close tag, any case) next starts from `from`; -1 if never. */
function indexOfCloseTag(html: string, name: string, from: number): number {
  const pattern = closeTags.get(name)!;
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? -1;
}

function endAfter(html: string, marker: string, from: number): number {
  const i = html.indexOf(marker, from);
  return i < 0 ? html.length : i + marker.length;
}

// Page chrome that is cut before parsing (it is a fifth to a half of a page's nodes), unless
// it holds a run of prose: some sites put the article inside a <header> or an <aside>.
const CHROME_TAGS = ["nav", "header", "footer", "aside", "select", "button"];
const CHROME = new RegExp(`<(${CHROME_TAGS.join("|")})\\b[^>]*>`, "gi");
// Each chrome tag's opening and closing tags, compiled once.
const chromeTags = new Map(CHROME_TAGS.map((tag) => [tag, new RegExp(`<(/?)${tag}\\b[^>]*>`, "gi")]));
// Text of 100 characters between two tags.
const PROSE_RUN = />[^<>]{100}/;

function withoutChrome(html: string): string {
  let out = "";
  let at = 0;
  CHROME.lastIndex = 0;
  for (let m = CHROME.exec(html); m; m = CHROME.exec(html)) {
    const end = closingEnd(html, m[1].toLowerCase(), m.index + m[0].length);
    if (end < 0 || holdsProse(html.slice(m.index, end))) continue;
    out += html.slice(at, m.index);
    at = end;
    CHROME.lastIndex = end;
  }
  return out + html.slice(at);
}

function holdsProse(markup: string): boolean {
  // Collapsing white space only shortens a run of text: without a run as it stands, none.
  return PROSE_RUN.test(markup) && PROSE_RUN.test(markup.replace(/\s+/g, " "));
}

/** Where the element opened before `from` closes, counting nested elements of the same name; -1 if never. */
function closingEnd(html: string, tag: string, from: number): number {
  const tags = chromeTags.get(tag)!;
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return -1;
}
