// Noise removal before main-text selection: navigation, asides, figures, forms and elements whose
// class or id names a widget (share bars, related links, captions, bylines, ads) are dropped —
// unless they hold prose. Sites wrap whole articles in a <form> or a "sidebar layout" div, so an
// element that contains two or more long runs of text is kept; readers' comments are the exception.
import type { Removed } from "../../contract/types.js";
import type { CleanRules } from "../rules.js";
import { cutElement, type TreeStats } from "./block-stats.js";
import { classAttribute, type DomElement, type DomNode, isHidden, isText, tagOf } from "./dom.js";

const PROSE_RUNS_TO_KEEP = 2;
const NEVER_DROPPED = new Set(["html", "body", "article", "main"]);

// Removed elements with this much text or less are listed in `removed`; longer ones (menus,
// footers) are page chrome, cut without a listing that would dwarf the article.
const LISTED_MAX_CHARS = 300;

/**
 * Removes the noise under `body` and returns what it cut, with reasons. `stats` are the counts
 * taken before; they are kept true for the tree that remains. `kept`: elements that hold quoted
 * posts (embedded-posts.ts), dropped only when they are readers' comments.
 */
export function pruneNoise(
  body: DomElement,
  stats: TreeStats,
  rules: CleanRules,
  kept: ReadonlySet<DomElement> = new Set(),
): Removed[] {
  const isKept = (el: DomElement) => kept.has(el) || (stats.of.get(el)?.proseRuns ?? 0) >= PROSE_RUNS_TO_KEEP;
  const dropTags = tagSet(rules.dropTags);
  const kindOf = nameKinds(rules);
  const byTag: DomElement[] = [];
  const byName: DomElement[] = [];
  for (const el of stats.elements) {
    if (el === body) continue;
    if (dropTags.has(tagOf(el)) && !isKept(el)) byTag.push(el);
    if (!NEVER_DROPPED.has(tagOf(el)) && isNoise(el, kindOf, isKept)) byName.push(el);
  }
  const removed: Removed[] = [];
  // Elements dropped for their tag go first, then those dropped for their name, as listed.
  for (const el of [...byTag, ...byName]) {
    // An element inside one already cut went with it.
    if (!isAttached(el, body)) continue;
    const listed = (stats.of.get(el)?.chars ?? 0) <= LISTED_MAX_CHARS ? spacedText(el) : "";
    if (listed && listed.length <= LISTED_MAX_CHARS)
      removed.push({ text: listed, reason: reasonFor(el, rules) });
    cutElement(stats, el, body);
  }
  return removed;
}

function isNoise(
  el: DomElement,
  kindOf: (name: string) => NameKind,
  isKept: (el: DomElement) => boolean,
): boolean {
  const name = nameOf(el);
  if (name === " " && !isHidden(el)) return false;
  const kind = kindOf(name);
  return kind === "comments" || ((kind === "widget" || isHidden(el)) && !isKept(el));
}

type NameKind = "comments" | "widget" | "plain";

/** What a class-and-id string names; pages repeat their names, so each is tested once per page. */
function nameKinds(rules: CleanRules): (name: string) => NameKind {
  const seen = new Map<string, NameKind>();
  return (name) => {
    let kind = seen.get(name);
    if (kind === undefined) {
      kind = rules.commentSection.test(name) ? "comments" : rules.noiseClass.test(name) ? "widget" : "plain";
      seen.set(name, kind);
    }
    return kind;
  };
}

const tagSets = new Map<string, Set<string>>();

/** The rules name dropped elements by tag, comma-separated ("nav,aside,footer"). */
function tagSet(tags: string): Set<string> {
  let set = tagSets.get(tags);
  if (!set) {
    set = new Set(tags.split(",").map((t) => t.trim().toLowerCase()));
    tagSets.set(tags, set);
  }
  return set;
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
    else for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return parts.join(" ").replace(/\s+/g, " ").trim();
}

function reasonFor(el: DomElement, rules: CleanRules): string {
  const key = `${tagOf(el)} ${nameOf(el).toLowerCase()}`;
  return (
    rules.elementReasons.find((r) => r.pattern.test(key))?.reason ?? (isHidden(el) ? "hidden" : "page widget")
  );
}

function nameOf(el: DomElement): string {
  return `${classAttribute(el)} ${el.getAttribute("id") ?? ""}`;
}
