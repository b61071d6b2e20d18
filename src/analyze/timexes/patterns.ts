// Proposers for what chrono-node does not read the way news is written: bare years ("since
// 1990", "mid-2023", "1957-58"), weekdays ("on Wednesday", "last Friday") and "over the weekend".
import { followsName, shiftBefore, wordAfter, wordBefore } from "./context.js";
import { capitalizedAlternation, MONTH_PATTERN, WEEKDAYS } from "./lexicon.js";
import type { WeekdayProposal, WeekendProposal, YearProposal } from "./types.js";

// A year from 1800 to 2099 standing alone: not inside a number ("2,000", "12019", "3.2019"),
// not a time ("20:19"), not a decade ("1990s", by the word boundary).
const YEAR = /(?<![\d,.$£€#/:])\b(18\d\d|19\d\d|20\d\d)\b(?![.,:/]\d|%)(?:[-–](\d\d)\b(?![-–/.]\d))?/g;

/** Words that make the number before them a quantity or a clock time: "2000 troops", "2030 GMT". */
const QUANTITY_BEFORE =
  /^(?:about|nearly|almost|some|over|than|least|approximately|roughly|total|top|only|just)$/i;
const UNIT_AFTER = /^(?:GMT|UTC|percent|per|km|kg|m|feet|metres|meters|miles|people|hours|hrs)$/;
const WORDS_ENDING_IN_S = new Set([
  "this",
  "does",
  "goes",
  "perhaps",
  "always",
  "whereas",
  "towards",
  "besides",
]);

const PLURAL_SHAPE = /^\p{Ll}+[^siu'’]s$/u;
const CAPITAL_START = /^\p{Lu}/u;

/** "troops", "residents": a counted noun, so the number before it is a quantity. */
function isPluralNoun(word: string): boolean {
  return PLURAL_SHAPE.test(word) && word.length > 3 && !WORDS_ENDING_IN_S.has(word);
}

export function proposeYears(text: string): YearProposal[] {
  const out: YearProposal[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    const start = m.index;
    const yearEnd = start + m[1].length;
    if (!looksLikeYear(text, start, m[2] ? start + m[0].length : yearEnd)) continue;
    const year = Number(m[1]);
    out.push({ kind: "year", start, end: yearEnd, year, rule: "year" });
    // "1957-58", "2009-10": the second year of a span written with its last two digits
    if (m[2])
      out.push({
        kind: "year",
        start: yearEnd + 1,
        end: start + m[0].length,
        year: secondYear(year, Number(m[2])),
        rule: "year-span-end",
      });
  }
  return out;
}

function looksLikeYear(text: string, start: number, end: number): boolean {
  if (followsName(text, start) || QUANTITY_BEFORE.test(wordBefore(text, start))) return false;
  const after = wordAfter(text, end);
  return !UNIT_AFTER.test(after) && !isPluralNoun(after);
}

function secondYear(first: number, lastTwoDigits: number): number {
  const candidate = first - (first % 100) + lastTwoDigits;
  return candidate > first ? candidate : candidate + 100;
}

const WEEKDAY = new RegExp(`\\b(?:${capitalizedAlternation(WEEKDAYS)})\\b`, "g");
const MONTH_AFTER = new RegExp(`^,?\\s*(?:${MONTH_PATTERN})\\b`);
const DETERMINER_BEFORE = /\b(?:the|a|an)\s+$/i;

/**
 * A weekday that is part of a name: "Good Friday", "Bloody Sunday", or a weekday before another
 * capitalized word after "the" ("the Sunday Times"); "On Friday Israel said" is a date.
 */
function isPartOfName(text: string, start: number, end: number): boolean {
  if (followsName(text, start)) return true;
  const capitalAfter =
    CAPITAL_START.test(wordAfter(text, end)) && !MONTH_AFTER.test(text.slice(end, end + 12));
  return capitalAfter && DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 6), start));
}

export function proposeWeekdays(text: string): WeekdayProposal[] {
  const out: WeekdayProposal[] = [];
  WEEKDAY.lastIndex = 0;
  for (let m = WEEKDAY.exec(text); m; m = WEEKDAY.exec(text)) {
    const end = m.index + m[0].length;
    const shifted = shiftBefore(text, m.index);
    if (!shifted && isPartOfName(text, m.index, end)) continue;
    const weekday = WEEKDAYS.indexOf(m[0].toLowerCase());
    out.push({
      kind: "weekday",
      start: shifted?.start ?? m.index,
      end,
      weekday,
      shift: shifted?.shift ?? null,
      rule: "weekday",
    });
  }
  return out;
}

const WEEKEND = /weekend\b/gi;
const WEEKEND_BEFORE = /\b(?:(?:over|at|during)\s+the|last)\s+$/i;

/** "over the weekend", "last weekend"; not "this weekend", which may be ahead. */
export function proposeWeekends(text: string): WeekendProposal[] {
  const out: WeekendProposal[] = [];
  WEEKEND.lastIndex = 0;
  for (let m = WEEKEND.exec(text); m; m = WEEKEND.exec(text)) {
    const before = WEEKEND_BEFORE.exec(text.slice(Math.max(0, m.index - 16), m.index));
    if (before)
      out.push({
        kind: "weekend",
        start: m.index - before[0].length,
        end: m.index + m[0].length,
        rule: "weekend",
      });
  }
  return out;
}
