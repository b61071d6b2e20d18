// Calendar arithmetic on dates of day, month or year precision. A CalendarDate knows only what
// was stated or resolved: `month` and `day` are null when coarser than that.
import type { Precision } from "../../contract/types.js";

export interface CalendarDate {
  year: number;
  month: number | null;
  day: number | null;
}

/** A key for a day of the year without its year: "10-7" for 7 October. */
export const monthDayKey = (month: number, day: number) => `${month}-${day}`;

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

export function precisionOf(date: CalendarDate): Precision {
  if (date.day !== null) return "day";
  return date.month !== null ? "month" : "year";
}

/** True when `date` is known at least to `precision` (a day date is fine where a month is needed). */
export function isKnownTo(date: CalendarDate, precision: Precision): boolean {
  return RANK[precisionOf(date)] >= RANK[precision];
}

/** The same date cut down to `precision`. */
export function truncate(date: CalendarDate, precision: Precision): CalendarDate {
  return {
    year: date.year,
    month: precision === "year" ? null : date.month,
    day: precision === "day" ? date.day : null,
  };
}

export function toISO(date: CalendarDate): string {
  let iso = String(date.year).padStart(4, "0");
  if (date.month !== null) iso += `-${pad(date.month)}`;
  if (date.month !== null && date.day !== null) iso += `-${pad(date.day)}`;
  return iso;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a time part is ignored); null when it is none of them. */
export function fromISO(iso: string): CalendarDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

function asUTC(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

function fromUTC(d: Date): CalendarDate {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** False for a day that no calendar has, such as 29 February 2023. */
export function isRealDate(date: CalendarDate): boolean {
  return date.day === null || asUTC(date).getUTCDate() === date.day;
}

/** A day date moved by `days` (negative: back). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = asUTC(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUTC(d);
}

/** A month date moved by `months`; the day, if any, is dropped. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month ?? 1) - 1 + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: null };
}

/** 0 = Sunday .. 6 = Saturday, as Date.getUTCDay. */
function weekdayOf(date: CalendarDate): number {
  return asUTC(date).getUTCDay();
}

/** The nearest date on `weekday` going `direction` from `date`; `inclusive` lets `date` itself count. */
export function nearestWeekday(
  date: CalendarDate,
  weekday: number,
  direction: "back" | "forward",
  inclusive: boolean,
): CalendarDate {
  const step = direction === "back" ? -1 : 1;
  let gap = ((((weekday - weekdayOf(date)) * step) % 7) + 7) % 7;
  if (gap === 0 && !inclusive) gap = 7;
  return addDays(date, gap * step);
}

/** Compares two dates on the fields both know; 0 when one is inside the other. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  if (a.year !== b.year) return a.year - b.year;
  if (a.month === null || b.month === null || a.month === b.month) {
    if (a.month === null || b.month === null || a.day === null || b.day === null) return 0;
    return a.day - b.day;
  }
  return a.month - b.month;
}
