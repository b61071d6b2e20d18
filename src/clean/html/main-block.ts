// Which elements hold the article: each paragraph-like block scores by its length and commas, and
// passes its score up to its near ancestors; the best-scoring ancestor, discounted by its link
// density, is the article, together with the siblings that score nearly as well or read as prose.
// The idea is readability's, computed here from counts gathered once (block-stats.ts), with no
// retries and no re-reading of text.
import { type BlockStats, linkDensity, type TreeStats } from "./block-stats.js";
import { childList, classAttribute, type DomElement, isElement, parentElement, tagOf } from "./dom.js";

// A block shorter than this is a label or a link, not a paragraph.
const MIN_PARAGRAPH_CHARS = 25;
// Each 100 characters adds a point, up to this many.
const MAX_LENGTH_POINTS = 3;
// A paragraph's score reaches its parent in full, its grandparent halved, farther ancestors less.
const ANCESTOR_LEVELS = 5;
// Candidates nearly as good as the best; when enough sit inside one ancestor, it is the article.
const TOP_CANDIDATES = 5;
const NEAR_TOP_SHARE = 0.75;
const NEAR_TOP_TO_MOVE_UP = 3;
// An article in parts: a part joins when its best candidate scores this share of the best one;
// parts are looked for this many levels up from the best candidate.
const PART_SHARE = 0.3;
const PART_LEVELS = 5;
// A sibling of the article joins it when it scores this share of the article's score.
const SIBLING_SHARE = 0.2;
const MIN_SIBLING_SCORE = 10;
// A sibling paragraph joins when it is this long and mostly not links, or short but link-free prose.
const SIBLING_PROSE_CHARS = 80;
const SIBLING_LINK_DENSITY = 0.25;
// A short paragraph is prose when it holds the end of a sentence.
const SENTENCE_END = /\.( |$)/;

const PARAGRAPH_TAGS = new Set(["p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6"]);
// Wrappers that hold blocks: only their own runs of inline text are a paragraph (a section of a
// page is not one paragraph with all the commas of the page).
const WRAPPER_TAGS = new Set(["div", "section"]);
// Class and id words that say "article" or "not the article".
const POSITIVE_NAME = /article|body|content|entry|main|page|post|text|blog|story/i;
const NEGATIVE_NAME =
  /-ad-|hidden|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
const NAME_WEIGHT = 25;

// A Map, not an object literal: a tag named like an Object property ("constructor") scores 0.
const TAG_SCORES = new Map<string, number>([
  ["div", 5],
  ["pre", 3],
  ["td", 3],
  ["blockquote", 3],
  ["address", -3],
  ["ol", -3],
  ["ul", -3],
  ["dl", -3],
  ["dd", -3],
  ["dt", -3],
  ["li", -3],
  ["form", -3],
  ["h1", -5],
  ["h2", -5],
  ["h3", -5],
  ["h4", -5],
  ["h5", -5],
  ["h6", -5],
  ["th", -5],
]);

export interface MainBlock {
  /** The article's elements in document order: the best candidate and the siblings that join it. */
  elements: DomElement[];
  /** Containers inside the article that are clutter: link blocks, galleries, forms, widget-named boxes. */
  isClutter: (el: DomElement) => boolean;
}

/** `titles`: what the page calls itself; a heading that repeats one is the title, not article text. */
export function findMainBlock(body: DomElement, tree: TreeStats, titles: readonly string[] = []): MainBlock {
  const stats = tree.of;
  const scores = scoreCandidates(body, stats);
  const ranked = bestCandidate(scores, stats);
  const top = refineTop(ranked, scores, body);
  const elements =
    top === body ? [body] : (articleParts(top, ranked[0], scores, body) ?? withSiblings(top, scores, stats));
  const roots = new Set(elements);
  return {
    elements,
    isClutter: (el) =>
      !roots.has(el) && (isTitleHeading(el, titles) || clutterReason(el, stats.get(el)) !== null),
  };
}

/** Class and id hints: +25 for article words, -25 for widget words. */
export function nameWeight(el: DomElement): number {
  const name = `${classAttribute(el)} ${el.getAttribute("id") ?? ""}`;
  if (name.length === 1) return 0;
  return (NEGATIVE_NAME.test(name) ? -NAME_WEIGHT : 0) + (POSITIVE_NAME.test(name) ? NAME_WEIGHT : 0);
}

const TITLE_HEADINGS = new Set(["h1", "h2"]);

function isTitleHeading(el: DomElement, titles: readonly string[]): boolean {
  if (!TITLE_HEADINGS.has(tagOf(el))) return false;
  const heading = squash(el.textContent);
  return heading !== "" && titles.some((t) => squash(t).startsWith(heading));
}

function squash(s: string | null): string {
  return (s ?? "").replace(/\s+/g, " ").trim().toLowerCase();
}

// Containers judged as a whole inside the article (unless they hold many commas, which only
// prose does), and the rules that find clutter among them, each with its reason.
const CONTAINERS = new Set(["div", "section", "ul", "ol", "table", "form", "fieldset"]);
const LISTS = new Set(["ul", "ol"]);
// A container whose text is nearly all in lists is judged as a list.
const LIST_SHARE = 0.9;
const PROSE_COMMAS = 10;
const MIN_PARAGRAPHS_PER_IMAGE = 0.5;
const INPUTS_PER_PARAGRAPH = 1 / 3;
const MIN_CONTAINER_CHARS = 25;
const HEADING_SHARE = 0.9;
const MAX_LINK_DENSITY = 0.2;
const MAX_LINK_DENSITY_NAMED = 0.5;

interface Container {
  s: BlockStats;
  weight: number;
  isList: boolean;
  linkDensity: number;
}

const CLUTTER_RULES: readonly { reason: string; test: (c: Container) => boolean }[] = [
  { reason: "widget name", test: (c) => c.weight < 0 },
  { reason: "gallery", test: ({ s }) => s.images > 1 && s.paragraphs / s.images < MIN_PARAGRAPHS_PER_IMAGE },
  { reason: "list items, not paragraphs", test: ({ s, isList }) => !isList && s.listItems > s.paragraphs },
  { reason: "form", test: ({ s }) => s.inputs > Math.floor(s.paragraphs * INPUTS_PER_PARAGRAPH) },
  {
    reason: "short linked block",
    test: ({ s, isList, linkDensity }) =>
      !isList &&
      s.chars < MIN_CONTAINER_CHARS &&
      s.headingChars < s.chars * HEADING_SHARE &&
      (s.images === 0 || s.images > 2) &&
      linkDensity > 0,
  },
  {
    reason: "links",
    test: ({ weight, isList, linkDensity }) =>
      weight >= NAME_WEIGHT
        ? linkDensity > MAX_LINK_DENSITY_NAMED
        : !isList && linkDensity > MAX_LINK_DENSITY,
  },
];

/** Why `el` is clutter inside the article, or null when it is not. */
export function clutterReason(el: DomElement, s: BlockStats | undefined): string | null {
  if (s?.hidden) return "hidden";
  if (!s || !CONTAINERS.has(tagOf(el))) return null;
  if (s.commas >= PROSE_COMMAS || wrapsOneParagraph(el, s)) return null;
  const container: Container = {
    s,
    weight: nameWeight(el),
    isList: LISTS.has(tagOf(el)) || s.listChars > s.chars * LIST_SHARE,
    linkDensity: linkDensity(s),
  };
  return CLUTTER_RULES.find((rule) => rule.test(container))?.reason ?? null;
}

/** A container around a single paragraph that is not a link stands for that paragraph. */
function wrapsOneParagraph(el: DomElement, s: BlockStats): boolean {
  if (linkDensity(s) >= SIBLING_LINK_DENSITY) return false;
  let only: DomElement | null = null;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (!isElement(c)) continue;
    if (only) return false;
    only = c;
  }
  return only !== null && tagOf(only) === "p";
}

function scoreCandidates(body: DomElement, stats: Map<DomElement, BlockStats>): Map<DomElement, number> {
  const scores = new Map<DomElement, number>();
  const add = (el: DomElement, points: number) => {
    scores.set(el, (scores.get(el) ?? (TAG_SCORES.get(tagOf(el)) ?? 0) + nameWeight(el)) + points);
  };
  for (const [el, s] of stats) {
    if (s.hidden) continue;
    const { chars, commas, origin } = paragraphOf(el, s);
    if (chars < MIN_PARAGRAPH_CHARS) continue;
    const points = 1 + commas + Math.min(Math.floor(chars / 100), MAX_LENGTH_POINTS);
    let ancestor: DomElement | null = origin;
    for (let level = 0; ancestor && level < ANCESTOR_LEVELS; level++) {
      add(ancestor, points / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
      if (ancestor === body) break;
      ancestor = parentElement(ancestor);
    }
  }
  for (const [el, score] of scores) scores.set(el, score * (1 - linkDensity(stats.get(el))));
  return scores;
}

/**
 * The paragraph an element stands for, and where its score starts: a paragraph tag or a block of
 * inline text scores from its parent; inline text beside blocks scores from the element itself.
 */
function paragraphOf(
  el: DomElement,
  s: BlockStats,
): { chars: number; commas: number; origin: DomElement | null } {
  if (WRAPPER_TAGS.has(tagOf(el)) && s.hasBlockChild) {
    return { chars: s.inlineChars, commas: s.inlineCommas, origin: el };
  }
  if (PARAGRAPH_TAGS.has(tagOf(el)) || isInlineDiv(el, s)) {
    return { chars: s.chars, commas: s.commas, origin: parentElement(el) };
  }
  return { chars: 0, commas: 0, origin: null };
}

function bestCandidate(scores: Map<DomElement, number>, stats: Map<DomElement, BlockStats>): DomElement[] {
  return [...scores.keys()]
    .filter((el) => stats.has(el))
    .sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0))
    .slice(0, TOP_CANDIDATES);
}

/** From the best candidate to the element that holds the whole article. */
function refineTop(ranked: DomElement[], scores: Map<DomElement, number>, body: DomElement): DomElement {
  let top = ranked[0];
  if (!top) return body;
  top = climbWhileScoring(sharedAncestor(top, ranked, scores, body) ?? top, scores, body);
  while (top !== body) {
    const parent = parentElement(top);
    if (!parent || elementChildCount(parent) !== 1) break;
    top = parent;
  }
  return top;
}

/** Several near-best candidates inside one ancestor of the best: the article spans them. */
function sharedAncestor(
  top: DomElement,
  ranked: DomElement[],
  scores: Map<DomElement, number>,
  body: DomElement,
): DomElement | null {
  const topScore = scores.get(top) ?? 0;
  const near = ranked.slice(1).filter((el) => (scores.get(el) ?? 0) / topScore >= NEAR_TOP_SHARE);
  if (near.length < NEAR_TOP_TO_MOVE_UP) return null;
  for (let a = parentElement(top); a && a !== body; a = parentElement(a)) {
    if (near.filter((el) => contains(a, el)).length >= NEAR_TOP_TO_MOVE_UP) return a;
  }
  return null;
}

/** A parent that scores better than its child holds more of the article. */
function climbWhileScoring(top: DomElement, scores: Map<DomElement, number>, body: DomElement): DomElement {
  let last = scores.get(top) ?? 0;
  const threshold = last / 3;
  for (let parent = parentElement(top); parent && parent !== body; parent = parentElement(parent)) {
    const score = scores.get(parent);
    if (score === undefined) continue;
    if (score < threshold) break;
    if (score > last) return parent;
    last = score;
  }
  return top;
}

/**
 * An article cut into parts (text blocks between figures and ads, each in its own wrappers): when
 * the article's block or a near ancestor has siblings of its class, and the best candidate inside
 * each is like the best of all (tag and class) and scores well, those siblings are the parts.
 */
function articleParts(
  top: DomElement,
  best: DomElement,
  scores: Map<DomElement, number>,
  body: DomElement,
): DomElement[] | null {
  const bestName = classAttribute(best);
  if (!bestName) return null;
  const isAlike = (el: DomElement | undefined) =>
    el !== undefined &&
    tagOf(el) === tagOf(best) &&
    classAttribute(el) === bestName &&
    (scores.get(el) ?? 0) >= (scores.get(best) ?? 0) * PART_SHARE;
  let part: DomElement = top;
  for (let level = 0; level < PART_LEVELS; level++) {
    const parent = parentElement(part);
    if (!parent || part === body) return null;
    const name = classAttribute(part);
    const alike = name ? elementChildren(parent).filter((el) => classAttribute(el) === name) : [];
    if (alike.length > 1) {
      const bestInside = bestByChild(parent, scores);
      const parts = alike.filter((el) => el === part || isAlike(bestInside.get(el)));
      if (parts.length > 1) return parts;
    }
    part = parent;
  }
  return null;
}

/** The best-scoring candidate inside each child of `parent`. */
function bestByChild(parent: DomElement, scores: Map<DomElement, number>): Map<DomElement, DomElement> {
  const best = new Map<DomElement, DomElement>();
  for (const [el, score] of scores) {
    let child: DomElement | null = el;
    while (child && parentElement(child) !== parent) child = parentElement(child);
    if (!child) continue;
    const current = best.get(child);
    if (!current || score > (scores.get(current) ?? 0)) best.set(child, el);
  }
  return best;
}

function withSiblings(
  top: DomElement,
  scores: Map<DomElement, number>,
  stats: Map<DomElement, BlockStats>,
): DomElement[] {
  const parent = parentElement(top);
  if (!parent) return [top];
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(MIN_SIBLING_SCORE, topScore * SIBLING_SHARE);
  const topClass = classAttribute(top);
  const joins = (el: DomElement) => {
    const bonus = topClass !== "" && classAttribute(el) === topClass ? topScore * SIBLING_SHARE : 0;
    const score = scores.get(el);
    if (score !== undefined && score + bonus >= threshold) return true;
    const s = stats.get(el);
    return isParagraphLike(el, s) && isProse(el, s);
  };
  return elementChildren(parent).filter((el) => el === top || joins(el));
}

function isParagraphLike(el: DomElement, s: BlockStats | undefined): boolean {
  return tagOf(el) === "p" || isInlineDiv(el, s) || (s !== undefined && wrapsOneParagraph(el, s));
}

/** A div of inline text only: readability reads it as a paragraph. */
function isInlineDiv(el: DomElement, s: BlockStats | undefined): boolean {
  return tagOf(el) === "div" && s !== undefined && !s.hasBlockChild;
}

function isProse(el: DomElement, s: BlockStats | undefined): boolean {
  if (!s || s.chars === 0) return false;
  const density = linkDensity(s);
  if (s.chars > SIBLING_PROSE_CHARS) return density < SIBLING_LINK_DENSITY;
  return density === 0 && SENTENCE_END.test(el.textContent ?? "");
}

function elementChildCount(el: DomElement): number {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) if (isElement(c)) n++;
  return n;
}

function elementChildren(el: DomElement): DomElement[] {
  return childList(el).filter(isElement);
}

function contains(ancestor: DomElement, el: DomElement): boolean {
  for (let a: DomElement | null = el; a; a = parentElement(a)) if (a === ancestor) return true;
  return false;
}
