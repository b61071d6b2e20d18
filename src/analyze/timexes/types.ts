// What the timex proposers find before anything is resolved: a span and what its words state.
// The words' meaning is assigned here; what they leave open (the year of "Oct. 3", the week of
// "Friday") is implied later by the resolver from the publication date or the last mentioned date.
import type { Range } from "../types.js";

/** "last June" / "next Friday" / "this May"; null when no such word stands before it. */
type Shift = "last" | "next" | "this" | null;

export type Unit = "day" | "week" | "month" | "year";

interface Proposal extends Range {
  /** Why it was proposed: the name of the rule, for debugging and tests. */
  rule: string;
}

/** A date with a month name or digits: "Oct. 3", "May 2010", "last June", "2013-03-22". */
export interface DateProposal extends Proposal {
  kind: "date";
  year: number | null;
  month: number;
  day: number | null;
  shift: Shift;
}

export interface YearProposal extends Proposal {
  kind: "year";
  year: number;
}

export interface WeekdayProposal extends Proposal {
  kind: "weekday";
  /** 0 = Sunday .. 6 = Saturday. */
  weekday: number;
  shift: Shift;
}

/**
 * A date counted from a reference: "last month" (calendar unit, -1), "two years ago" (elapsed
 * time, -2), "the following month" (from the last mentioned date, +1).
 */
export interface RelativeProposal extends Proposal {
  kind: "relative";
  unit: Unit;
  amount: number;
  /**
   * "publication": the article's date; "mentioned": the last date the article mentioned (or the
   * publication date before any); "tense": the publication date in a future clause, else as
   * "mentioned" ("by the end of the year" vs "peaked by the end of the year").
   */
  from: "publication" | "mentioned" | "tense";
  /** "calendar": the named unit itself ("last week"); "elapsed": a point so long away ("a week ago"). */
  measure: "calendar" | "elapsed";
}

/** "over the weekend": the last weekend up to the publication date. */
export interface WeekendProposal extends Proposal {
  kind: "weekend";
}

export type TimexProposal =
  | DateProposal
  | YearProposal
  | WeekdayProposal
  | RelativeProposal
  | WeekendProposal;
export type ProposalKind = TimexProposal["kind"];
