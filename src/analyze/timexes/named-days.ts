// A month and day that names an event of a known year ("the Sept. 11 attacks", "since Oct. 7")
// takes that year rather than the last such day before publication.
import { type CalendarDate, compareDates, monthDayKey } from "./calendar.js";
import { wordAfter } from "./context.js";
import type { TimeKnowledge } from "./knowledge.js";
import type { DateProposal } from "./types.js";

const NAMING_BEFORE = /(?:\bsince\s+|\b(?:post|pre)-)$/i;

/** The year of the event the date names, or undefined when it names none. */
export function namedDayYear(
  text: string,
  date: DateProposal,
  knowledge: TimeKnowledge,
  published: CalendarDate | null,
): number | undefined {
  if (date.year !== null || date.day === null) return undefined;
  const year = knowledge.namedDays.get(monthDayKey(date.month, date.day));
  if (year === undefined) return undefined;
  if (published && compareDates({ year, month: date.month, day: date.day }, published) > 0) return undefined;
  const named =
    knowledge.eventNouns.has(wordAfter(text, date.end).toLowerCase()) ||
    NAMING_BEFORE.test(text.slice(Math.max(0, date.start - 8), date.start));
  return named ? year : undefined;
}
