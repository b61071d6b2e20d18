// Plain-text boilerplate: each line is judged by its class patterns (knowledge/boilerplate.json),
// by vocabulary (appeals), by repetition (a caption printed twice) and by position (labels and
// crumbs before the headline or after the last paragraph). Cutting real content is worse than
// keeping noise, so every rule is narrow and anything unjudged stays.
import type { Removed } from "../contract/types.js";
import { remembered } from "./code-points.js";
import { LineScreen, type TextScreen } from "./required-text.js";
import type { CleanRules, LineClass } from "./rules.js";

export interface CleanedLines {
  /** Every line of the input, less inline cuts; `cut` holds the reason for the lines removed. */
  lines: string[];
  cut: (string | null)[];
  /** Words cut out of lines that stay, by line. */
  inline: { line: number; removed: Removed }[];
  /** The line standing as the title above the first paragraph, if any (see `edges`). */
  title: number | undefined;
}

const SENTENCE_END = /[.!?…:;"”’'»)\]]$/u;
const WORD = /[\p{L}\p{N}]+/gu;
// Lines this short and unpunctuated are labels, not prose (section names, crumbs, "Topics").
const LABEL_MAX_WORDS = 6;
const DUPLICATE_MIN_LENGTH = 30;

export function wordCount(line: string): number {
  return line.match(WORD)?.length ?? 0;
}

const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
const isWordCharacter = remembered((cp) => (WORD_CHARACTER.test(String.fromCodePoint(cp)) ? 1 : 0));

/**
 * Whether `line` has at least `n` (1 or more) words, as WORD finds them; counting stops there
 * (most lines have many). Read code point by code point: three times faster than the pattern.
 */
function hasWords(line: string, n: number): boolean {
  let found = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const cp = line.codePointAt(i) ?? 0;
    if (cp >= 0x10000) i++;
    const isWord = isWordCharacter(cp) === 1;
    if (isWord && !inWord && ++found >= n) return true;
    inWord = isWord;
  }
  return false;
}

/** A line that reads as running text: several words and a sentence-final mark. */
export function isProse(line: string): boolean {
  const t = line.trim();
  return SENTENCE_END.test(t) && hasWords(t, 6);
}

// Breadcrumbs: short items joined by separators ("World | Middle East", "Home > News > Iraq").
const CRUMBS = /^[^|>»›·]{1,40}(?:\s[|>»›·]\s[^|>»›·]{1,40})+$/u;
// A label starts with a capital or a digit and has no inner punctuation ("Topics", "World News").
const LABEL_SHAPE = /^[\p{Lu}\p{N}][^,;:.!?]*$/u;

/** Short and unpunctuated; after the text, also shaped like a label (text fragments are not). */
function isLabel(line: string, strict: boolean): boolean {
  const t = line.trim();
  if (t === "") return false;
  if (CRUMBS.test(t)) return true;
  return !SENTENCE_END.test(t) && !hasWords(t, LABEL_MAX_WORDS + 1) && (!strict || LABEL_SHAPE.test(t));
}

/** `ownUrls`: the article's own addresses; a line that only repeats one is a share link. */
export function classifyLines(
  text: string,
  rules: CleanRules,
  ownUrls: readonly string[] = [],
): CleanedLines {
  const lines = text.split("\n");
  const cut: (string | null)[] = lines.map(() => null);
  let screen = new LineScreen(lines);
  const inline = cutInline(lines, rules, screen);
  // Cuts inside lines change the text that later rules read.
  if (inline.length > 0) screen = new LineScreen(lines);
  markOwnUrls(lines, cut, ownUrls, screen);
  markByPattern(lines, cut, rules, screen);
  markTailSection(lines, cut, rules);
  markAppeals(lines, cut, rules, screen);
  markDuplicates(lines, cut);
  const title = markEdgeLabels(lines, cut);
  return { lines, cut, inline, title };
}

/** Cuts inline matches out of the lines (in place); a line left empty is then dropped as blank. */
function cutInline(lines: string[], rules: CleanRules, screen: LineScreen): CleanedLines["inline"] {
  const found: CleanedLines["inline"] = [];
  const classes = rules.inline.filter((c) => screen.mayMatch(c.pattern));
  if (classes.length === 0) return found;
  for (const [i, line] of lines.entries()) {
    let kept = line;
    for (const c of classes) {
      // The screen read the line as it came; a cut by an earlier class may join new text.
      if (kept === line && !screen.mayMatchLine(c.pattern, i)) continue;
      kept = kept.replace(c.pattern.pattern, (m) => {
        found.push({ line: i, removed: { text: m.trim(), reason: c.reason } });
        return "";
      });
    }
    lines[i] = kept;
  }
  return found;
}

function markOwnUrls(
  lines: string[],
  cut: (string | null)[],
  ownUrls: readonly string[],
  screen: TextScreen,
): void {
  // A line that is an address holds it: the addresses the text cannot hold need no line read.
  const own = new Set(ownUrls.map(withoutScheme).filter((url) => screen.mayHold(url.toLowerCase())));
  if (own.size === 0) return;
  for (const [i, line] of lines.entries()) if (own.has(withoutScheme(line.trim()))) cut[i] = "link";
}

function withoutScheme(url: string): string {
  return url.replace(/^https?:\/\//i, "").replace(/[/#?]+$/, "");
}

function markByPattern(lines: string[], cut: (string | null)[], rules: CleanRules, screen: LineScreen): void {
  const classes = possibleClasses(screen, rules.lineClasses);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === "" || cut[i]) continue;
    const hit = classOfLine(line, i, classes, screen);
    if (hit) cut[i] = hit.reason;
  }
}

/** The first class that line `i` (trimmed: `line`) is of; plain loops, as this runs per line and pattern. */
function classOfLine(
  line: string,
  i: number,
  classes: readonly LineClass[],
  screen: LineScreen,
): LineClass | null {
  for (const c of classes) {
    if (line.length > c.maxLength) continue;
    for (const p of c.patterns) if (screen.mayMatchLine(p, i) && p.pattern.test(line)) return c;
  }
  return null;
}

/** The line classes, each with only the patterns that may match somewhere in the lines. */
function possibleClasses(screen: TextScreen, classes: readonly LineClass[]): LineClass[] {
  return classes
    .map((c) => ({ ...c, patterns: c.patterns.filter((p) => screen.mayMatch(p)) }))
    .filter((c) => c.patterns.length > 0);
}

/**
 * A heading such as "Related stories" or "About the author" late in the text opens end matter
 * that runs to the end: the heading and everything after it go.
 */
function markTailSection(lines: string[], cut: (string | null)[], rules: CleanRules): void {
  const { reason, minShare, heading } = rules.tailSections;
  const total = lines.reduce((n, l) => n + l.length + 1, 0);
  let offset = 0;
  for (const [i, line] of lines.entries()) {
    const t = line.trim();
    if (offset >= total * minShare && t !== "" && !hasWords(t, LABEL_MAX_WORDS + 1) && heading.test(t)) {
      for (let j = i; j < lines.length; j++) if (lines[j].trim() !== "") cut[j] ??= reason;
      return;
    }
    offset += line.length + 1;
  }
}

/** Appeals for money or registration name several of their stock phrases in one paragraph. */
function markAppeals(lines: string[], cut: (string | null)[], rules: CleanRules, screen: TextScreen): void {
  const { reason, minCues, cues } = rules.appeal;
  // A line holds no more cues than the whole text.
  if (cues.filter((c) => screen.mayHold(c)).length < minCues) return;
  for (const [i, line] of lines.entries()) {
    if (cut[i] || line.trim() === "") continue;
    const lower = line.toLowerCase();
    if (cues.filter((c) => lower.includes(c)).length >= minCues) cut[i] = reason;
  }
}

function markDuplicates(lines: string[], cut: (string | null)[]): void {
  const seen = new Set<string>();
  for (const [i, line] of lines.entries()) {
    // Trimming and squashing spaces only shorten a line: a short one needs no key.
    if (line.length < DUPLICATE_MIN_LENGTH) continue;
    const key = squashSpaces(line.trim()).toLowerCase();
    if (key.length < DUPLICATE_MIN_LENGTH) continue;
    if (seen.has(key)) cut[i] ??= "duplicate";
    seen.add(key);
  }
}

// White space other than single plain spaces; most lines have none, and need no rewriting. The
// same test as /\s\s|[^\S ]/, a third faster: most positions fail on one class and one character.
const ODD_WHITE_SPACE = /[^\S ]| \s/;

function squashSpaces(line: string): string {
  return ODD_WHITE_SPACE.test(line) ? line.replace(/\s+/g, " ") : line;
}

interface Edges {
  kept: number[];
  /** Kept lines before the first line of prose. */
  head: number[];
  /** The last headline-shaped line of the head: the title, when there is one. */
  title: number | undefined;
  lastProse: number;
}

function edges(lines: readonly string[], cut: readonly (string | null)[]): Edges | null {
  const kept = lines.map((l, i) => (cut[i] || l.trim() === "" ? -1 : i)).filter((i) => i >= 0);
  const prose = kept.filter((i) => isProse(lines[i]));
  if (prose.length === 0) return null;
  const head = kept.filter((i) => i < prose[0]);
  const title = head.findLast((i) => hasWords(lines[i], 2) && !CRUMBS.test(lines[i].trim()));
  return { kept, head, title, lastProse: prose[prose.length - 1] };
}

/**
 * Before the first paragraph of prose, short labels are crumbs and section names, except the
 * title. After the last paragraph, short labels are tag lists and widget titles. Items of a
 * numbered list are content wherever they stand. Returns the title: the lines cut here are
 * neither prose nor the title, so the edges of what stays have the same one.
 */
function markEdgeLabels(lines: string[], cut: (string | null)[]): number | undefined {
  const e = edges(lines, cut);
  if (!e) return undefined;
  const items = numberedItems(lines, e.kept);
  const mark = (i: number, strict: boolean) => {
    if (!items.has(i) && isLabel(lines[i], strict)) cut[i] = "navigation";
  };
  for (const i of e.head) if (i !== e.title) mark(i, false);
  for (const i of e.kept) if (i > e.lastProse) mark(i, true);
  return e.title;
}

// A list item's number at the start of a line: "3.", "3)", "3:", "3a", "3rd", "3ª" and the like.
const ITEM_NUMBER = /^(\d{1,3})(?:[.):ªº°]|\p{Ll}{1,2})?\s+\S/u;

/** Items of a numbered list: lines opening with a number when another opens with the next or previous one. */
function numberedItems(lines: readonly string[], kept: readonly number[]): Set<number> {
  const numbers = new Map<number, number>();
  for (const i of kept) {
    const n = ITEM_NUMBER.exec(lines[i].trim())?.[1];
    if (n !== undefined) numbers.set(i, Number(n));
  }
  const present = new Set(numbers.values());
  const items = new Set<number>();
  for (const [i, n] of numbers) if (present.has(n - 1) || present.has(n + 1)) items.add(i);
  return items;
}

const TITLE_WORDS = { min: 3, max: 30 };

/** The headline standing above the first paragraph: headline-shaped, not a sentence. */
export function headline(classified: CleanedLines): string | null {
  if (classified.title === undefined) return null;
  const line = classified.lines[classified.title].trim();
  const words = wordCount(line);
  if (words < TITLE_WORDS.min || words > TITLE_WORDS.max || /[.:;,]$/.test(line)) return null;
  return line;
}

/** What was cut, in text order: inline cuts of a line before the line itself. */
export function removedOf(classified: CleanedLines): Removed[] {
  return classified.lines.flatMap((line, i) => {
    const reason = classified.cut[i];
    const inline = classified.inline.filter((x) => x.line === i).map((x) => x.removed);
    return reason ? [...inline, { text: line.trim(), reason }] : inline;
  });
}

export function keptText(classified: CleanedLines): string {
  return classified.lines.filter((_, i) => !classified.cut[i]).join("\n");
}
