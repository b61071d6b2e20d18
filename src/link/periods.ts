// Dates as periods of days: an ISO date of any precision ("2025", "2025-11", "2025-11-02") covers
// a span of days, and two dates can name the same time when their spans meet.
import type { ISODate } from "../contract/types.js";

/** A period of days as [first, last] in milliseconds. */
export type Period = readonly [number, number];

export const DAY = 86_400_000;

/** First and last day (UTC midnight, in milliseconds) of an ISO date of any precision. */
export function period(value: ISODate): Period {
  const [y, m, d] = value.split("-").map(Number);
  if (d) return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d)];
  if (m) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 0)];
  return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)];
}

/** Whether two periods share a day; an unknown period (null) meets every other. */
export function periodsMeet(a: Period | null, b: Period | null): boolean {
  return !a || !b || (a[0] <= b[1] && b[0] <= a[1]);
}
