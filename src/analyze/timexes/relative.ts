// Proposes dates counted from a reference: from the publication ("last month", "two years ago",
// "yesterday") or from the last date the article mentioned ("the following month", "a week
// later"). Every such phrase but the casual days has a unit word (day, week, month, year), so
// the text is scanned once for unit words and each rule reads the words around one.
import { matchesOf } from "../../knowledge/patterns.js";
import { isWrittenAsTitle } from "./context.js";
import { COUNT_PATTERN, countValue } from "./lexicon.js";
import type { RelativeProposal, Unit } from "./types.js";

type RelativeFields = Pick<RelativeProposal, "unit" | "amount" | "from" | "measure">;

interface UnitRule {
  name: string;
  /** Must match the text ending just before the unit word (anchored with `$`). */
  before: RegExp;
  /** When given, must match the text just after the unit word (anchored with `^`). */
  after?: RegExp;
  /** Units the rule applies to; all when absent. */
  units?: readonly Unit[];
  read(before: RegExpExecArray, after: RegExpExecArray | null, unit: Unit): RelativeFields | null;
}

const SIGNED: Record<string, number> = {
  last: -1,
  previous: -1,
  preceding: -1,
  prior: -1,
  this: 0,
  same: 0,
  that: 0,
  next: 1,
  following: 1,
};

const signOf = (word: string) => SIGNED[word.toLowerCase()];

/** Each rule, and what its phrase counts from. Order does not matter: overlaps are settled later. */
const UNIT_RULES: UnitRule[] = [
  {
    // "last month", "this week", "next year", "this fiscal year"; not "the last year" (a duration)
    name: "deictic",
    before: /(?<!\bthe\s)\b(last|this|next)\s+(?:fiscal\s+)?$/i,
    units: ["week", "month", "year"],
    read: (b, _a, unit) => ({ unit, amount: signOf(b[1]), from: "publication", measure: "calendar" }),
  },
  {
    // "the following month", "the next day", "the previous year", "that year"
    name: "anaphoric",
    before: /\b(?:the\s+(following|next|previous|preceding|prior|same)|(that))\s+$/i,
    read: (b, _a, unit) => ({ unit, amount: signOf(b[1] ?? b[2]), from: "mentioned", measure: "calendar" }),
  },
  {
    // "two years ago", "10 days ago"
    name: "ago",
    before: new RegExp(`\\b(${COUNT_PATTERN})\\s+$`, "i"),
    after: /^\s+ago\b/i,
    read: (b, _a, unit) => elapsed(b[1], unit, -1, "publication"),
  },
  {
    // "a week later", "three years earlier": counted from the last date mentioned
    name: "later",
    before: new RegExp(`\\b(${COUNT_PATTERN})\\s+$`, "i"),
    after: /^\s+(later|earlier)\b/i,
    read: (b, a, unit) => elapsed(b[1], unit, a?.[1].toLowerCase() === "later" ? 1 : -1, "mentioned"),
  },
  {
    // "by the end of the year": this year in a future clause, else the year of the story told
    name: "end-of-year",
    before: /\b(?:the\s+)?(?:end|close|turn)\s+of\s+(?:the\s+)?$/i,
    units: ["year"],
    read: () => ({ unit: "year", amount: 0, from: "tense", measure: "calendar" }),
  },
];

function elapsed(
  count: string,
  unit: Unit,
  sign: number,
  from: RelativeFields["from"],
): RelativeFields | null {
  const n = countValue(count);
  return n === null ? null : { unit, amount: sign * n, from, measure: "elapsed" };
}

const UNIT_WORD = /\b(day|week|month|year)s?\b/gi;

export function proposeRelatives(text: string): RelativeProposal[] {
  const out: RelativeProposal[] = [];
  UNIT_WORD.lastIndex = 0;
  for (let m = UNIT_WORD.exec(text); m; m = UNIT_WORD.exec(text)) {
    const unit = m[1].toLowerCase() as Unit;
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(end, end + 12);
    for (const rule of UNIT_RULES) {
      const p = applyRule(rule, unit, before, after);
      if (p)
        out.push({
          kind: "relative",
          start: m.index - p.beforeLength,
          end: end + p.afterLength,
          rule: rule.name,
          ...p.fields,
        });
    }
  }
  return [...out, ...proposeCasualDays(text)].filter((p) => !isWrittenAsTitle(text, p.start, p.end));
}

function applyRule(rule: UnitRule, unit: Unit, before: string, after: string) {
  if (rule.units && !rule.units.includes(unit)) return null;
  const b = rule.before.exec(before);
  const a = rule.after ? rule.after.exec(after) : null;
  if (!b || (rule.after && !a)) return null;
  const fields = rule.read(b, a, unit);
  return fields && { fields, beforeLength: b[0].length, afterLength: a?.[0].length ?? 0 };
}

const CASUAL_DAY = /\b(yesterday|today|tomorrow|tonight|last night)\b(?!['’]s)/gi;
const CASUAL_DAYS: Record<string, number> = {
  yesterday: -1,
  today: 0,
  tomorrow: 1,
  tonight: 0,
  "last night": -1,
};

function proposeCasualDays(text: string): RelativeProposal[] {
  return matchesOf(CASUAL_DAY, text).map((m) => ({
    kind: "relative" as const,
    start: m.index,
    end: m.index + m[0].length,
    rule: "casual-day",
    unit: "day" as const,
    amount: CASUAL_DAYS[m[1].toLowerCase()],
    from: "publication" as const,
    measure: "calendar" as const,
  }));
}
