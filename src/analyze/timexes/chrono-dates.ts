// Proposes day dates written with a month name or in digits ("Oct. 14, 2024", "3 March",
// "2013-03-22", "Jan. 5 to Jan. 9") with chrono-node's strict day-date parsers. Chrono runs only on short
// windows around a month name next to a day number or a digit date, which keeps the stage fast
// on long articles; only the values chrono read from the text (its known values, never its
// implied ones) are kept. Months without a day are proposed in months.ts.
import * as chrono from "chrono-node";
import type { Range } from "../types.js";
import { MONTH_PATTERN } from "./lexicon.js";
import type { DateProposal } from "./types.js";

const MONTH_DAY = `\\b(?:${MONTH_PATTERN})\\b\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_PATTERN})\\b`;
const DIGIT_DATE = /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/;
const TRIGGER = new RegExp(`${MONTH_DAY}|${DIGIT_DATE.source}`, "g");
const TRIGGER_TEST = new RegExp(TRIGGER.source);

/** Characters on each side of a trigger that chrono sees: enough for "Tuesday, March 5, 2024". */
const REACH = 24;

// Only the parsers for day dates: strict chrono also runs time, weekday and "within"/"ago"
// parsers, which the other proposers cover and which cost time on every window. chrono does not
// export its parser classes, so they are picked by name; a renamed parser fails here, at load.
const DAY_DATE_PARSERS = new Set([
  "ENYearMonthDayParser",
  "ISOFormatParser",
  "SlashDateFormatParser",
  "ENMonthNameLittleEndianParser",
  "ENMonthNameMiddleEndianParser",
]);
const dayDates = chrono.en.strict.clone();
dayDates.parsers = dayDates.parsers.filter((p) => DAY_DATE_PARSERS.has(p.constructor.name));
if (dayDates.parsers.length !== DAY_DATE_PARSERS.size) {
  throw new Error(`chrono-node no longer has the parsers ${[...DAY_DATE_PARSERS].join(", ")}`);
}

// chrono fills unknown fields from a reference instant; only known fields are read, so a fixed
// instant keeps the output independent of the clock. It lies in a leap year because chrono checks
// a day without a year against the reference year, and would drop "Feb. 29" otherwise.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

export function proposeChronoDates(text: string): DateProposal[] {
  return windowsAroundTriggers(text).flatMap((w) =>
    dayDates
      .parse(text.slice(w.start, w.end), REFERENCE)
      .flatMap((result) => fromChronoResult(w.start + result.index, result)),
  );
}

/** Windows around every trigger, widened to whole words, merged when they meet. */
function windowsAroundTriggers(text: string): Range[] {
  const windows: Range[] = [];
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    const start = widenToWord(text, m.index - REACH, -1);
    const end = widenToWord(text, m.index + m[0].length + REACH, 1);
    const last = windows.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

function widenToWord(text: string, at: number, step: -1 | 1): number {
  let i = Math.min(Math.max(at, 0), text.length);
  while (i > 0 && i < text.length && !/\s/.test(text[step < 0 ? i - 1 : i])) i += step;
  return i;
}

// chrono takes a leading "on" and trailing spaces into some results ("on 5 March "); the span
// is the date alone
const LEADING_PREPOSITION = /^(?:on|the)\s+/i;

function fromChronoResult(at: number, result: chrono.ParsedResult): DateProposal[] {
  if (!result.start.isCertain("month") || !TRIGGER_TEST.test(result.text)) return [];
  const skip = LEADING_PREPOSITION.exec(result.text)?.[0].length ?? 0;
  const start = at + skip;
  const words = result.text.slice(skip).trimEnd();
  const range = result.end ? splitRange(words) : null;
  if (!range) return [datePart(start, words, result.start, "chrono")];
  const first = datePart(start, range.first, result.start, "chrono-range-start");
  const second = datePart(start + range.secondAt, range.second, result.end!, "chrono-range-end");
  if (first.year === null) first.year = second.year;
  return [first, second];
}

function datePart(start: number, words: string, c: chrono.ParsedComponents, rule: string): DateProposal {
  return {
    kind: "date",
    start,
    end: start + words.length,
    rule,
    year: c.isCertain("year") ? c.get("year")! : null,
    month: c.get("month")!,
    day: c.isCertain("day") ? c.get("day")! : null,
    shift: null,
  };
}

/** "Jan. 5 to Jan. 9" -> the words of each end; null when no separator is found. */
function splitRange(words: string): { first: string; second: string; secondAt: number } | null {
  const sep = /\s+(?:-|–|—|to|through|until|and)\s+|(?<=\b\d{1,2})[-–](?=\d{1,2}\b)/.exec(words);
  if (!sep) return null;
  return {
    first: words.slice(0, sep.index),
    second: words.slice(sep.index + sep[0].length),
    secondAt: sep.index + sep[0].length,
  };
}
