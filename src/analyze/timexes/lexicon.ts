// English words for calendar expressions, kept beside the grammar that uses them (as chrono-node
// keeps its locale constants): month and weekday names, counting words, tense cues.

/** Each month's name, then its abbreviations, lower case. */
const MONTH_WORDS = [
  ["january", "jan"],
  ["february", "feb"],
  ["march", "mar"],
  ["april", "apr"],
  ["may"],
  ["june", "jun"],
  ["july", "jul"],
  ["august", "aug"],
  ["september", "sep", "sept"],
  ["october", "oct"],
  ["november", "nov"],
  ["december", "dec"],
];

export const FULL_MONTH_NAMES = MONTH_WORDS.map((names) => names[0]);
export const MONTH_ABBREVIATIONS = MONTH_WORDS.flatMap((names) => names.slice(1));

/** Month names and their abbreviations, lower case, to the month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_WORDS.flatMap((names, i) => names.map((n) => [n, i + 1] as [string, number])),
);

/** A regex alternation of the words, capitalized: ["may", "june"] -> "May|June". */
export function capitalizedAlternation(words: readonly string[]): string {
  return words.map((w) => w[0].toUpperCase() + w.slice(1)).join("|");
}

/** Alternation of capitalized month names and abbreviations ("Oct." or "October"), longest first. */
export const MONTH_PATTERN = capitalizedAlternation([...MONTHS.keys()].sort((a, b) => b.length - a.length));

/** Month names that are also common words or names ("Theresa May", "the Women's March"). */
export const AMBIGUOUS_MONTHS: ReadonlySet<number> = new Set([3, 5]);

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  [
    "a",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
  ].map((w, i) => [w, Math.max(i, 1)] as [string, number]),
);

/** Counting words and digits for "two years ago", "a week later", "10 days earlier". */
export const COUNT_PATTERN = `\\d{1,3}|an|${[...NUMBER_WORDS.keys()].join("|")}`;

export function countValue(word: string): number | null {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  if (lower === "an") return 1;
  return NUMBER_WORDS.get(lower) ?? null;
}

/**
 * Words that put a clause in the future: a bare "Friday" or "in June" then means the next one,
 * not the last. Conditional "would" is left out: in news it mostly reports a past statement.
 */
export const FUTURE_CUE =
  /\b(?:will|shall|must|won't|to be held|(?:expected|scheduled|set|due|slated|planned|poised) (?:to|for|by)|plans? to|planning to|upcoming|ahead of|to (?:begin|start|run|resume|open|close|end|take place|last|continue|expire|take effect))\b|\w'll\b/i;

/**
 * Words that put the words just before a date in the past ("fired in February", "began in
 * January", "since March"). Lower case only, so that names ("United") do not count.
 */
export const PAST_CUE =
  /\b(?:was|were|had|did|since|began|left|took|came|went|won|lost|met|made|held|became|fell|rose|sent|gave|got|saw|knew|brought|paid|led|fought|struck|hit|shot|said|told|[a-z]{3,}ed)\b/;

/** Words that may stand before a year or a month without making it a label ("Resolution 2334"). */
export const TEMPORAL_PREPOSITIONS: ReadonlySet<string> = new Set([
  "in",
  "on",
  "at",
  "since",
  "by",
  "from",
  "until",
  "till",
  "through",
  "to",
  "before",
  "after",
  "during",
  "of",
  "and",
  "or",
  "between",
  "early",
  "late",
  "mid",
  "last",
  "next",
  "this",
  "fiscal",
  "spring",
  "summer",
  "autumn",
  "fall",
  "winter",
  "around",
  "circa",
  "as",
  "for",
  "the",
  "throughout",
]);
