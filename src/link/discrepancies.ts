// Discrepancies between the accounts of one story: numbers that differ (durations, casualties,
// counts), names spelled differently (transliteration variants), and the date or place of one
// event (event-discrepancies.ts). Each discrepancy carries one span per differing account, from
// different articles. Values that agree but differ in precision ("about 12 minutes" / "11 to 12
// minutes") are kept and labelled as variants.
import type { ArticleAnalysis } from "../analyze/types.js";
import type { Entity, Event, Span } from "../contract/types.js";
import { addTo } from "./collect.js";
import { eventDiscrepancies } from "./event-discrepancies.js";
import type { Approximation, LinkLexicons } from "./lexicons.js";
import { contentTerms, fold, stem } from "./similarity.js";

export interface Discrepancy {
  about: string;
  values: Span[];
}

export interface DiscrepancyInput {
  /** The story's articles. */
  analyses: readonly ArticleAnalysis[];
  /** The story's events, cluster ids assigned. */
  events: readonly Event[];
  /** Resolved entities by id, for the places of events. */
  entities: ReadonlyMap<string, Entity>;
  lexicons: LinkLexicons;
}

/** Numbers about one thing share at least this many content words near them (or one event). */
const SHARED_CONTEXT_WORDS = 2;
/** Content words read on each side of a number. */
const CONTEXT_WINDOW = 5;
/** Accounts of one quantity rarely differ by more than this factor; beyond it they count different things. */
const MAX_RATIO = 3;
/** "About n" stands for the values this close to n (relative difference). */
const ABOUT_TOLERANCE = 0.25;
/** Shorter consonant skeletons match unrelated names ("Iran" / "Oran"). */
const MIN_SKELETON = 5;

export function findDiscrepancies(input: DiscrepancyInput): Discrepancy[] {
  const found = [
    ...numberDiscrepancies(input),
    ...spellingDiscrepancies(input.analyses, input.lexicons),
    ...eventDiscrepancies(input),
  ];
  return withoutRedundant(merged(found));
}

/**
 * Pairwise findings that share an account become one discrepancy with one value per distinct
 * account (a reprint repeats an account, it adds none). When some pairs conflict and others only
 * differ in precision, the conflict is what the label says.
 */
function merged(found: readonly Discrepancy[]): Discrepancy[] {
  const groupOf = new Map<string, Discrepancy>();
  const groups: Discrepancy[] = [];
  for (const d of found) {
    const keys = d.values.map(spanKey);
    const known = [
      ...new Set(keys.map((k) => groupOf.get(k)).filter((g): g is Discrepancy => g !== undefined)),
    ];
    const group = known[0] ?? { about: d.about, values: [] };
    if (!known.length) groups.push(group);
    for (const other of known.slice(1)) {
      absorb(group, other);
      groups.splice(groups.indexOf(other), 1);
    }
    absorb(group, d);
    for (const key of [...keys, ...group.values.map(spanKey)]) groupOf.set(key, group);
  }
  return groups;
}

function absorb(group: Discrepancy, d: Discrepancy): void {
  if (d.about.length < group.about.length) group.about = d.about;
  for (const v of d.values) if (!group.values.some((k) => valueKey(k) === valueKey(v))) group.values.push(v);
}

function spanKey(span: Span): string {
  return `${span.article}\u0000${span.start}\u0000${span.end}`;
}

function valueKey(span: Span): string {
  return fold(span.text).replace(/\s+/g, " ");
}

/** Drops a discrepancy whose values only wrap the values of a tighter one ("Minister Karim ..." / "Karim ..."). */
function withoutRedundant(found: readonly Discrepancy[]): Discrepancy[] {
  const within = (inner: Span, outer: Span) =>
    inner.article === outer.article && outer.start <= inner.start && inner.end <= outer.end;
  const tighter = (d: Discrepancy, e: Discrepancy) =>
    e !== d &&
    e.values.every((v) => d.values.some((w) => within(v, w))) &&
    e.values.some((v) => !d.values.some((w) => w.start === v.start && w.end === v.end));
  return found.filter((d) => !found.some((e) => tighter(d, e)));
}

// ---------- numbers ----------

interface Measure {
  span: Span;
  about: string;
  /** The values the account states exactly ("11 to 12": 11..12) and the values it allows ("about 12": 9..15). */
  low: number;
  high: number;
  allowed: readonly [number, number];
  /** The unit as written, folded ("minutes", "billion"): 12 minutes and 12 hours are not compared. */
  unit: string;
  context: ReadonlySet<string>;
  /** Cluster id -> the mode of the sentence's event in it, e.g. "call" (null when not known). */
  clusters: ReadonlyMap<string, string | null>;
}

function numberDiscrepancies(input: DiscrepancyInput): Discrepancy[] {
  const pattern = measurePattern(input.lexicons);
  const perArticle = input.analyses.map((a) => measures(a, pattern, input));
  const found: Discrepancy[] = [];
  for (let i = 0; i < perArticle.length; i++) {
    for (let j = i + 1; j < perArticle.length; j++) {
      for (const m of perArticle[i]) {
        const other = bestCounterpart(m, perArticle[j]);
        if (other && !states(perArticle[j], m) && !states(perArticle[i], other))
          found.push({ about: numberLabel(m, other), values: [m.span, other.span] });
      }
    }
  }
  return found;
}

interface MeasurePattern {
  regex: RegExp;
  /** Matches right after a duration that is a point in time ("two days after"). */
  timeOffset: RegExp;
  aboutOf: ReadonlyMap<string, string>;
  numberWords: ReadonlyMap<string, number>;
  approximationOf: ReadonlyMap<string, Approximation>;
}

const patterns = new WeakMap<LinkLexicons, MeasurePattern>();

/** "about 12 minutes", "11 to 12 minutes", "at least 40 killed", "two soldiers". */
function measurePattern(lexicons: LinkLexicons): MeasurePattern {
  let cached = patterns.get(lexicons);
  if (!cached) {
    const alternatives = (list: Iterable<string>) =>
      [...list]
        .sort((a, b) => b.length - a.length)
        .map((w) => w.replace(/\s+/g, "\\s+"))
        .join("|");
    const number = `(?:\\d+(?:[.,]\\d+)*|${alternatives(lexicons.numberWords.keys())})`;
    const units = lexicons.measures.flatMap((m) => m.units);
    const approximators = Object.values(lexicons.approximators).flat();
    const source = `\\b(?:(${alternatives(approximators)})\\s+)?(${number})(?:\\s*(?:to|-|–|or|and)\\s*(${number}))?\\s+(?:[\\p{L}-]+\\s+)?(${alternatives(units)})\\b`;
    cached = {
      regex: new RegExp(source, "giu"),
      timeOffset: new RegExp(`^\\s+(?:${alternatives(lexicons.timeOffsetWords)})\\b`, "iu"),
      aboutOf: new Map(lexicons.measures.flatMap((m) => m.units.map((u) => [u, m.about]))),
      numberWords: lexicons.numberWords,
      approximationOf: new Map(
        Object.entries(lexicons.approximators).flatMap(([kind, words]) =>
          words.map((w) => [w, kind as Approximation]),
        ),
      ),
    };
    patterns.set(lexicons, cached);
  }
  return cached;
}

function measures(a: ArticleAnalysis, pattern: MeasurePattern, input: DiscrepancyInput): Measure[] {
  const text = a.article.text;
  const events = input.events.filter((e) => e.article === a.article.id);
  const found: Measure[] = [];
  for (const sentence of a.segmentation.sentences) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    const stating = events.filter((e) =>
      e.evidence.some((s) => s.start < sentence.end && sentence.start < s.end),
    );
    for (const m of sentenceText.matchAll(pattern.regex)) {
      if (pattern.timeOffset.test(sentenceText.slice(m.index + m[0].length))) continue;
      const low = numberValue(m[2], pattern.numberWords);
      const high = m[3] ? numberValue(m[3], pattern.numberWords) : low;
      const start = sentence.start + m.index;
      if (low === null || high === null) continue;
      found.push({
        span: { article: a.article.id, start, end: start + m[0].length, text: m[0] },
        about: pattern.aboutOf.get(m[4].toLowerCase()) ?? "number",
        low: Math.min(low, high),
        high: Math.max(low, high),
        allowed: allowedRange(
          Math.min(low, high),
          Math.max(low, high),
          pattern.approximationOf.get(fold(m[1] ?? "").replace(/\s+/g, " ")),
        ),
        unit: fold(m[4]),
        context: contextWords(sentenceText, m.index, m.index + m[0].length, input.lexicons.stopwords),
        clusters: new Map(stating.map((e) => [e.cluster, e.mode])),
      });
    }
  }
  return found;
}

function numberValue(text: string, numberWords: ReadonlyMap<string, number>): number | null {
  const word = numberWords.get(text.toLowerCase());
  if (word !== undefined) return word;
  const value = Number(text.replace(/,/g, "").replace(/\.$/, ""));
  return Number.isFinite(value) ? value : null;
}

/** The content words just before and after the number ("the call lasted ... and included"). */
function contextWords(
  sentence: string,
  start: number,
  end: number,
  stopwords: ReadonlySet<string>,
): Set<string> {
  const before = contentTerms(sentence.slice(0, start), stopwords).slice(-CONTEXT_WINDOW);
  const after = contentTerms(sentence.slice(end), stopwords).slice(0, CONTEXT_WINDOW);
  return new Set([...before, ...after].map(stem));
}

/**
 * The measure of the other article about the same thing: same unit, and the same event or the
 * same words around it.
 */
function bestCounterpart(m: Measure, others: readonly Measure[]): Measure | null {
  let best: Measure | null = null;
  let bestScore = 0;
  for (const o of others) {
    if (o.unit !== m.unit) continue;
    const sameCluster = sharedCluster(m, o) !== undefined;
    const shared = [...m.context].filter((w) => o.context.has(w)).length;
    // A shared event, or values that agree up to precision, are signs of sameness in themselves:
    // then one shared word is enough. The values must still be of a size.
    const signs = shared + (sameCluster ? 1 : 0) + (isVariant(m, o) ? 1 : 0);
    if (signs < SHARED_CONTEXT_WORDS || shared === 0 || !comparable(m, o)) continue;
    const score = (sameCluster ? 1 : 0) + shared / Math.sqrt(m.context.size * o.context.size);
    if (score > bestScore) [best, bestScore] = [o, score];
  }
  return best;
}

/** Whether an article gives this value anywhere: then it knows it, and does not contradict it. */
function states(measures: readonly Measure[], m: Measure): boolean {
  return measures.some((x) => x.unit === m.unit && sameValue(x, m));
}

function comparable(a: Measure, b: Measure): boolean {
  const [small, large] = [Math.min(a.low, b.low), Math.max(a.high, b.high)];
  return small > 0 && large / small <= MAX_RATIO;
}

function allowedRange(
  low: number,
  high: number,
  approximation: Approximation | undefined,
): readonly [number, number] {
  if (approximation === "about") return [low * (1 - ABOUT_TOLERANCE), high * (1 + ABOUT_TOLERANCE)];
  if (approximation === "atLeast") return [low, Number.POSITIVE_INFINITY];
  if (approximation === "atMost") return [0, high];
  return [low, high];
}

function sameValue(a: Measure, b: Measure): boolean {
  return a.allowed[0] === b.allowed[0] && a.allowed[1] === b.allowed[1];
}

/** Accounts whose allowed values overlap can both be right: they differ in precision only. */
function isVariant(a: Measure, b: Measure): boolean {
  return a.allowed[0] <= b.allowed[1] && b.allowed[0] <= a.allowed[1];
}

function sharedCluster(a: Measure, b: Measure): string | undefined {
  return [...a.clusters.keys()].find((c) => b.clusters.has(c));
}

/** "duration of the call": the subject is the mode of the event both sentences state, when known. */
function numberLabel(a: Measure, b: Measure): string {
  const cluster = sharedCluster(a, b);
  const subject = cluster === undefined ? null : (a.clusters.get(cluster) ?? b.clusters.get(cluster) ?? null);
  const what = subject ? `${a.about} of the ${subject}` : a.about;
  return isVariant(a, b) ? `${what} (variant: compatible values told with different precision)` : what;
}

// ---------- spellings ----------

const namePatterns = new WeakMap<LinkLexicons, RegExp>();

/** A capitalised name, with lower-case particles inside ("Thabit al-Abbasi", "Abu Bakr"). */
function namePattern(lexicons: LinkLexicons): RegExp {
  let pattern = namePatterns.get(lexicons);
  if (!pattern) {
    const particles = lexicons.nameParticles.join("|");
    const word = "\\p{Lu}[\\p{L}'’]+";
    pattern = new RegExp(`${word}(?:(?:\\s+|-)(?:(?:${particles})(?:\\s+|-))?${word})*`, "gu");
    namePatterns.set(lexicons, pattern);
  }
  return pattern;
}

interface NameUse {
  span: Span;
  spelling: string;
}

/**
 * Names written with the same consonants in a different way in different articles: the
 * transliteration variants of one name ("Thabit" / "Thabet", "Mohammed" / "Muhammad").
 */
function spellingDiscrepancies(analyses: readonly ArticleAnalysis[], lexicons: LinkLexicons): Discrepancy[] {
  const bySkeleton = new Map<string, NameUse[]>();
  for (const a of analyses) {
    for (const use of nameUses(a, namePattern(lexicons), lexicons.stopwords)) {
      const key = skeleton(use.spelling);
      if (key.length < MIN_SKELETON) continue;
      addTo(bySkeleton, key, use);
    }
  }
  // "Chairman Reince Priebus" / "Chairman Reince Preibus" adds nothing to "Reince Priebus" /
  // "Reince Preibus": one discrepancy per set of differing words, the shortest spellings kept.
  const byDifference = new Map<string, Discrepancy>();
  for (const uses of [...bySkeleton.values()].sort((x, y) => x[0].spelling.length - y[0].spelling.length)) {
    const values = firstUsePerSpelling(uses);
    const key = differingWords(values);
    if (values.length < 2 || new Set(values.map((v) => v.article)).size < 2 || byDifference.has(key))
      continue;
    byDifference.set(key, { about: `spelling of a name (${values.map((v) => v.text).join(" / ")})`, values });
  }
  return [...byDifference.values()];
}

/**
 * Each capitalised run and every shorter run ending where it ends, since titles come before
 * names: "Defence Minister Karim al-Haddad" also yields "Karim al-Haddad" and "Haddad".
 */
function nameUses(a: ArticleAnalysis, name: RegExp, stopwords: ReadonlySet<string>): NameUse[] {
  const uses: NameUse[] = [];
  for (const m of a.article.text.matchAll(name)) {
    for (const word of m[0].matchAll(/(?<![\p{L}'’])\p{Lu}/gu)) {
      const start = m.index + word.index;
      const text = m[0].slice(word.index);
      if (stopwords.has(fold(text.split(/\s/)[0]))) continue;
      uses.push({
        span: { article: a.article.id, start, end: start + text.length, text },
        spelling: letters(text),
      });
    }
  }
  return uses;
}

/** The words that not every spelling shares, folded and sorted. */
function differingWords(values: readonly Span[]): string {
  const wordSets = values.map((v) => new Set(fold(v.text).split(/[\s-]+/)));
  const all = new Set(wordSets.flatMap((set) => [...set]));
  return [...all]
    .filter((w) => !wordSets.every((set) => set.has(w)))
    .sort()
    .join(" ");
}

function letters(text: string): string {
  return fold(text).replace(/[^\p{L}]/gu, "");
}

function skeleton(spelling: string): string {
  return spelling.replace(/[aeiouy]/g, "");
}

/** The first use of each spelling, in text order of the story's articles. */
function firstUsePerSpelling(uses: readonly NameUse[]): Span[] {
  const first = new Map<string, Span>();
  for (const use of uses) if (!first.has(use.spelling)) first.set(use.spelling, use.span);
  return [...first.values()];
}
