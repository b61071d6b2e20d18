// Noise removal before main-text selection: navigation, asides, figures, forms and elements whose
// class or id names a widget (share bars, related links, captions, bylines, ads) are dropped —
// unless they hold prose. Sites wrap whole articles in a <form> or a "sidebar layout" div, so an
// element that contains two or more long runs of text is kept; readers' comments are the exception.
import type { Removed } from "../../contract/types.js";
import type { CleanRules } from "../rules.js";
import { type DomDocument, type DomElement, type DomNode, isElement, isHidden, isText } from "./dom.js";

// A run of text this long is prose, not a widget label or a link title.
const PROSE_RUN = 100;
const PROSE_RUNS_TO_KEEP = 2;
const NEVER_DROPPED = new Set(["HTML", "BODY", "ARTICLE", "MAIN"]);

// Removed elements with this much text or less are listed in `removed`; longer ones (menus,
// footers) are page chrome, cut without a listing that would dwarf the article.
const LISTED_MAX_CHARS = 300;

/** Removes the noise from the document and returns what it cut, with reasons. */
export function pruneNoise(doc: DomDocument, rules: CleanRules): Removed[] {
  const body = doc.body;
  if (!body) return [];
  const prose = proseRuns(body);
  const holdsProse = (el: DomElement) => (prose.get(el) ?? 0) >= PROSE_RUNS_TO_KEEP;
  const removed: Removed[] = [];
  const cut = (el: DomElement) => {
    // An element inside one already cut went with it.
    if (!isAttached(el, body)) return;
    const text = spacedText(el);
    if (text && text.length <= LISTED_MAX_CHARS) removed.push({ text, reason: reasonFor(el, rules) });
    el.remove();
  };
  for (const el of [...body.querySelectorAll(rules.dropTags)]) if (!holdsProse(el)) cut(el);
  for (const el of [...body.querySelectorAll("[class], [id], [hidden], [aria-hidden]")]) {
    if (!el.parentNode || NEVER_DROPPED.has(el.tagName)) continue;
    const name = nameOf(el);
    const noise = isHidden(el) || rules.noiseClass.test(name);
    if (rules.commentSection.test(name) || (noise && !holdsProse(el))) cut(el);
  }
  return removed;
}

function isAttached(el: DomNode, root: DomNode): boolean {
  let node: DomNode | null = el;
  while (node && node !== root) node = node.parentNode;
  return node === root;
}

/** Text with its pieces kept apart ("Related" and the link titles under it do not run together). */
function spacedText(el: DomElement): string {
  const parts: string[] = [];
  const stack: DomNode[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (isText(node)) parts.push(node.data);
    else for (const c of [...node.childNodes].reverse()) stack.push(c);
  }
  return parts.join(" ").replace(/\s+/g, " ").trim();
}

function reasonFor(el: DomElement, rules: CleanRules): string {
  const key = `${el.tagName.toLowerCase()} ${nameOf(el).toLowerCase()}`;
  return (
    rules.elementReasons.find((r) => r.pattern.test(key))?.reason ?? (isHidden(el) ? "hidden" : "page widget")
  );
}

function nameOf(el: DomElement): string {
  return `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
}

/** For each element, how many long text runs it contains; one bottom-up pass over the tree. */
function proseRuns(root: DomElement): Map<DomNode, number> {
  const counts = new Map<DomNode, number>();
  // An explicit stack instead of recursion: deeply nested markup must not overflow the call stack.
  const stack: { node: DomNode; children: DomNode[] | null }[] = [{ node: root, children: null }];
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.children === null) {
      top.children = [...top.node.childNodes].filter(isElement);
      stack.push(...top.children.map((node) => ({ node, children: null })));
      continue;
    }
    stack.pop();
    let n = 0;
    for (const c of top.node.childNodes) {
      if (isText(c)) n += c.data.trim().length >= PROSE_RUN ? 1 : 0;
      else n += counts.get(c) ?? 0;
    }
    if (n) counts.set(top.node, n);
  }
  return counts;
}
