// Turns a proposal into a calendar date. What the words leave open is implied from the article's
// publication date (leaning to the past unless the clause speaks of the future) or from the last
// date the article mentioned. Without the reference a proposal needs, it resolves to null: a
// relative date is never guessed.
import {
  addDays,
  addMonths,
  type CalendarDate,
  compareDates,
  isKnownTo,
  isRealDate,
  nearestWeekday,
  truncate,
} from "./calendar.js";
import type { Tense } from "./context.js";
import type {
  DateProposal,
  ProposalKind,
  RelativeProposal,
  TimexProposal,
  Unit,
  WeekdayProposal,
} from "./types.js";

export interface ResolutionContext {
  /** The article's publication date, at its precision; null when unknown. */
  published: CalendarDate | null;
  /** The last date resolved earlier in the article; null before the first. */
  mentioned: CalendarDate | null;
  /** The tense of the clause around the expression; computed only for the proposals that need it. */
  tense(): Tense;
  /** The year a date without one is known to have (known-years.ts); computed only when needed. */
  knownYear(): number | undefined;
}

/**
 * How many months ahead a date without a year may lie when the clause gives no tense: news names
 * a coming month without its year ("the November elections", "until Feb. 15"), while a month
 * further ahead than this is more likely last year's.
 */
const NEAR_FUTURE_MONTHS = 3;

type Resolver<K extends ProposalKind> = (
  proposal: Extract<TimexProposal, { kind: K }>,
  ctx: ResolutionContext,
) => CalendarDate | null;

const RESOLVERS: { [K in ProposalKind]: Resolver<K> } = {
  date: resolveDate,
  year: (p) => ({ year: p.year, month: null, day: null }),
  weekday: resolveWeekday,
  relative: resolveRelative,
  weekend: resolveWeekend,
};

export function resolveProposal(proposal: TimexProposal, ctx: ResolutionContext): CalendarDate | null {
  return (RESOLVERS[proposal.kind] as Resolver<ProposalKind>)(proposal, ctx);
}

/**
 * "Oct. 3" takes a year known for it (knownYear); else the year that puts it before
 * publication, or after it in a future clause or when it lies only a few months ahead. "last
 * June" takes the one before publication, "next June" the one after.
 */
function resolveDate(p: DateProposal, ctx: ResolutionContext): CalendarDate | null {
  const date = dateInYear(p, ctx);
  // "Feb. 29" put in a year that has none
  return date && isRealDate(date) ? date : null;
}

function dateInYear(p: DateProposal, ctx: ResolutionContext): CalendarDate | null {
  if (p.year !== null) return inYear(p, p.year);
  const known = p.shift !== null ? undefined : ctx.knownYear();
  if (known !== undefined) return inYear(p, known);
  const ref = ctx.published;
  if (!ref || !isKnownTo(ref, "month")) return null;
  const order = compareDates(inYear(p, ref.year), ref);
  switch (p.shift) {
    case "last":
      return inYear(p, order < 0 ? ref.year : ref.year - 1);
    case "next":
      return inYear(p, order > 0 ? ref.year : ref.year + 1);
    case "this":
      return inYear(p, ref.year);
    default: {
      const ahead = inYear(p, order > 0 ? ref.year : ref.year + 1);
      return leansAhead(ahead, ref, ctx.tense()) ? ahead : inYear(p, order <= 0 ? ref.year : ref.year - 1);
    }
  }
}

/** The proposal's month and day in `year`. */
function inYear(p: DateProposal, year: number): CalendarDate {
  return { year, month: p.month, day: p.day };
}

function leansAhead(ahead: CalendarDate, ref: CalendarDate, tense: Tense): boolean {
  if (tense !== null) return tense === "future";
  return monthsBetween(ref, ahead) <= NEAR_FUTURE_MONTHS;
}

function monthsBetween(from: CalendarDate, to: CalendarDate): number {
  return to.year * 12 + (to.month ?? 1) - (from.year * 12 + (from.month ?? 1));
}

/** "on Wednesday": the last Wednesday up to publication, or the next one in a future clause. */
function resolveWeekday(p: WeekdayProposal, ctx: ResolutionContext): CalendarDate | null {
  const ref = ctx.published;
  if (!ref || !isKnownTo(ref, "day")) return null;
  switch (p.shift) {
    case "last":
      return nearestWeekday(ref, p.weekday, "back", false);
    case "next":
      return nearestWeekday(ref, p.weekday, "forward", false);
    case "this":
      return nearestWeekday(ref, p.weekday, "forward", true);
    default:
      return nearestWeekday(ref, p.weekday, ctx.tense() === "future" ? "forward" : "back", true);
  }
}

const UNIT_PRECISION = { day: "day", week: "day", month: "month", year: "year" } as const;

function resolveRelative(p: RelativeProposal, ctx: ResolutionContext): CalendarDate | null {
  const base = baseOf(p, ctx);
  if (!base || !isKnownTo(base, UNIT_PRECISION[p.unit])) return null;
  if (p.unit === "week" && p.measure === "calendar") return monthOfWeek(addDays(base, 7 * p.amount));
  return truncate(move(base, p.unit, p.amount), UNIT_PRECISION[p.unit]);
}

function baseOf(p: RelativeProposal, ctx: ResolutionContext): CalendarDate | null {
  if (p.from === "publication" || (p.from === "tense" && ctx.tense() === "future")) return ctx.published;
  return ctx.mentioned ?? ctx.published;
}

function move(date: CalendarDate, unit: Unit, amount: number): CalendarDate {
  switch (unit) {
    case "day":
      return addDays(date, amount);
    case "week":
      return addDays(date, 7 * amount);
    case "month":
      return addMonths(date, amount);
    case "year":
      return { year: date.year + amount, month: null, day: null };
  }
}

/** The month of the week (Monday to Sunday) holding `day`; null when the week spans two months. */
function monthOfWeek(day: CalendarDate): CalendarDate | null {
  const monday = nearestWeekday(day, 1, "back", true);
  const sunday = addDays(monday, 6);
  return monday.month === sunday.month ? truncate(monday, "month") : null;
}

/** "over the weekend": the month of the last Saturday up to publication. */
function resolveWeekend(_p: TimexProposal, ctx: ResolutionContext): CalendarDate | null {
  const ref = ctx.published;
  if (!ref || !isKnownTo(ref, "day")) return null;
  return truncate(nearestWeekday(ref, 6, "back", true), "month");
}
