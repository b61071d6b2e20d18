// Proposes months without a day: "in September", "last May", "March 2023", "July of 2009",
// "Dec. 2023". A bare month name that is part of a name ("Theresa May", "the Women's March") is
// left alone, and the month names that are also common words must follow a preposition ("in
// May", "since March").
import { followsName, isTemporalPreposition, shiftBefore, wordBefore } from "./context.js";
import {
  AMBIGUOUS_MONTHS,
  capitalizedAlternation,
  FULL_MONTH_NAMES,
  MONTH_ABBREVIATIONS,
  MONTHS,
} from "./lexicon.js";
import type { DateProposal } from "./types.js";

// A full month name, alone or with a year; an abbreviation only with a year ("Dec. 2023"), since
// alone it is too often something else ("Mar", "Jun").
const MONTH = new RegExp(
  `\\b(?:(${capitalizedAlternation(FULL_MONTH_NAMES)})\\b(?:,?\\s+(?:of\\s+)?(\\d{4})\\b)?|(${capitalizedAlternation(MONTH_ABBREVIATIONS)})\\.?,?\\s+(\\d{4})\\b)`,
  "g",
);

export function proposeMonths(text: string): DateProposal[] {
  const out: DateProposal[] = [];
  MONTH.lastIndex = 0;
  for (let m = MONTH.exec(text); m; m = MONTH.exec(text)) {
    const year = m[2] ?? m[4];
    const month = MONTHS.get((m[1] ?? m[3]).toLowerCase())!;
    const shifted = year ? null : shiftBefore(text, m.index);
    if (!year && !shifted && !isBareMonth(text, m.index, month)) continue;
    out.push({
      kind: "date",
      start: shifted?.start ?? m.index,
      end: m.index + m[0].length,
      rule: year ? "month-year" : "month",
      year: year ? Number(year) : null,
      month,
      day: null,
      shift: shifted?.shift ?? null,
    });
  }
  return out;
}

function isBareMonth(text: string, at: number, month: number): boolean {
  if (followsName(text, at)) return false;
  return !AMBIGUOUS_MONTHS.has(month) || isTemporalPreposition(wordBefore(text, at));
}
