// Years that a date written without one is known to have, before any guess from the publication
// date: the year of the date it is coordinated with ("between March and June 2016"), the year the
// article gives the same day elsewhere ("Oct. 7, 2023" ... "since Oct. 7"), or the year of the
// event the day names ("the Sept. 11 attacks").
import { type CalendarDate, monthDayKey } from "./calendar.js";
import type { TimeKnowledge } from "./knowledge.js";
import { namedDayYear } from "./named-days.js";
import type { DateProposal, TimexProposal } from "./types.js";

// What may stand between two coordinated dates: "March and June 2016", "May 3, May 5 or May 9, 2024"
const COORDINATION = /^\s*(?:,\s*)?(?:and|or|to|until|till|through|-|–|—)?\s*$/;

export type KnownYear = (date: DateProposal) => number | undefined;

export function knownYears(
  text: string,
  proposals: readonly TimexProposal[],
  knowledge: TimeKnowledge,
  published: CalendarDate | null,
): KnownYear {
  const coordinated = coordinatedYears(text, proposals);
  const stated = statedYearsOfDays(proposals);
  return (date) => {
    const ofDay = date.day === null ? undefined : stated.get(monthDayKey(date.month, date.day));
    return coordinated.get(date) ?? ofDay ?? namedDayYear(text, date, knowledge, published);
  };
}

/** Each date without a year that a following date with a year is coordinated with, and that year. */
function coordinatedYears(text: string, proposals: readonly TimexProposal[]): Map<TimexProposal, number> {
  const years = new Map<TimexProposal, number>();
  let next: { start: number; year: number } | null = null;
  for (const p of [...proposals].reverse()) {
    if (p.kind !== "date") {
      next = null;
      continue;
    }
    const year: number | null =
      p.year ?? (next && COORDINATION.test(text.slice(p.end, next.start)) ? next.year : null);
    if (year !== null && p.year === null) years.set(p, year);
    next = year === null ? null : { start: p.start, year };
  }
  return years;
}

/** The year each month and day is given with, the first one when several. */
function statedYearsOfDays(proposals: readonly TimexProposal[]): Map<string, number> {
  const years = new Map<string, number>();
  for (const p of proposals) {
    if (p.kind !== "date" || p.year === null || p.day === null) continue;
    const key = monthDayKey(p.month, p.day);
    if (!years.has(key)) years.set(key, p.year);
  }
  return years;
}
