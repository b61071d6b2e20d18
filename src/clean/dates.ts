// Calendar dates written in news text: full dates ("November 2, 2025", "2 Nov. 2025",
// "2025-11-02"), month and year ("March 2023") and bare month names ("in September").
import type { ISODate, Precision } from "../contract/types.js";
import { firstCharacterOf, matchesOf } from "../knowledge/patterns.js";

export interface DateMention {
  date: ISODate;
  precision: Precision;
  start: number;
  end: number;
}

export interface DateReader {
  /** Full dates (day precision) in order of appearance. */
  fullDates(text: string): DateMention[];
  /** Months named without a year and not pointing ahead ("in September", not "next September"). */
  bareMonths(text: string): { month: number; start: number }[];
  /** An ISO date, date-time or written date as a record or page gives it; null when unreadable. */
  parseGiven(value: string): { date: ISODate; precision: Precision } | null;
}

const pad = (n: number) => String(n).padStart(2, "0");
const CAPITAL_START = /^\p{Lu}/u;

export function isoDate(y: number, m: number, d: number): ISODate | null {
  if (m < 1 || m > 12 || d < 1 || y < 1000 || y > 2999) return null;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

export function createDateReader(months: ReadonlyMap<string, number>): DateReader {
  const names = [...months.keys()].sort((a, b) => b.length - a.length).join("|");
  const M = `(${names})\\.?`;
  // Each pattern opens with a look-ahead at its first character (see firstCharacterOf).
  const atMonth = firstCharacterOf([...months.keys()]);
  const monthFirst = new RegExp(`${atMonth}\\b${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "giu");
  const dayFirst = new RegExp(
    `(?=\\d)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${M},?\\s+(\\d{4})\\b`,
    "giu",
  );
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
  const mayHoldDayFirst = dayFirstScreen(months);
  // A bare month: not followed by a day or a year, not preceded by a word pointing ahead. The
  // month's first character, the word boundary and the month itself (looked ahead at) come
  // first: they rule out most positions before the look-behind runs.
  const undated = "\\b(?!\\.?\\s*\\d)";
  const bare = new RegExp(
    `${atMonth}\\b(?=(?:${names})${undated})(?<!\\b(?:next|until|till|by|before|coming|upcoming)\\s+(?:early\\s+|mid-?\\s*|late\\s+)?)(${names})${undated}`,
    "giu",
  );
  const monthOf = (name: string) => months.get(name.toLowerCase()) ?? 0;

  function fullDates(text: string): DateMention[] {
    const found: DateMention[] = [];
    const add = (m: RegExpMatchArray, y: number, mo: number, d: number) => {
      const date = isoDate(y, mo, d);
      if (date)
        found.push({ date, precision: "day", start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    };
    if (DAY_AND_YEAR.test(text))
      for (const m of matchesOf(monthFirst, text)) add(m, Number(m[3]), monthOf(m[1]), Number(m[2]));
    if (mayHoldDayFirst(text))
      for (const m of matchesOf(dayFirst, text)) add(m, Number(m[3]), monthOf(m[2]), Number(m[1]));
    for (const m of matchesOf(iso, text)) add(m, Number(m[1]), Number(m[2]), Number(m[3]));
    return found.sort((a, b) => a.start - b.start);
  }

  function bareMonths(text: string) {
    // "May" and "March" are also words: only capitalized full names count, and "May" never.
    return matchesOf(bare, text)
      .filter((m) => CAPITAL_START.test(m[1]) && m[1].length >= 4 && m[1].toLowerCase() !== "may")
      .map((m) => ({ month: monthOf(m[1]), start: m.index ?? 0 }));
  }

  function parseGiven(value: string) {
    const v = value.trim();
    const isoHead = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T\s])/.exec(v);
    if (isoHead) return fromIsoParts(isoHead);
    const written = fullDates(v)[0];
    if (written) return { date: written.date, precision: "day" as const };
    return fromDateParse(v);
  }

  return { fullDates, bareMonths, parseGiven };
}

// Cheap tests that rule a text out before the patterns with month names run over it (those
// cost ten times more: case-insensitive, at every word). Each matches what follows the month in
// the pattern it screens, with the same flags, so it finds whatever that pattern would.
// Month first ("November 2, 2025"): after the month, a day and a year.
const DAY_AND_YEAR = /\s\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b/iu;

/**
 * Day first ("2 Nov. 2025"): a day, the month as one run of non-space characters, a year. A list
 * with a month name of several words gets no screen.
 */
function dayFirstScreen(months: ReadonlyMap<string, number>): (text: string) => boolean {
  if ([...months.keys()].some((name) => /\s/.test(name))) return () => true;
  const dayMonthYear = /\d(?:st|nd|rd|th)?\s+(?:of\s+)?\S+\s+\d{4}\b/iu;
  return (text) => dayMonthYear.test(text);
}

function fromIsoParts(m: RegExpExecArray): { date: ISODate; precision: Precision } | null {
  const y = Number(m[1]);
  if (!m[2]) return { date: m[1], precision: "year" };
  if (!m[3])
    return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? { date: `${m[1]}-${m[2]}`, precision: "month" } : null;
  const date = isoDate(y, Number(m[2]), Number(m[3]));
  return date ? { date, precision: "day" } : null;
}

/** RFC 2822 and other forms Date understands ("Sun, 02 Nov 2025 10:00:00 GMT"), read in UTC. */
function fromDateParse(v: string): { date: ISODate; precision: Precision } | null {
  if (!/\b\d{4}\b/.test(v)) return null;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  const date = isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  return date ? { date, precision: "day" } : null;
}
