// The timexes stage: dates the article states, each normalized to an ISO date of its precision.
// Proposers find candidate spans (chrono-node for day dates, patterns for months, years,
// weekdays and relative dates); refiners widen them over qualifiers ("early December"), settle
// overlaps and join a weekday to the date it names ("Saturday, October 26"); the resolver then
// walks them in text order, implying what each leaves open from a year known for the day, the
// publication date (leaning to the past) or the last date mentioned before it ("the following
// month"). traceTimexes tells which rule proposed what, for debugging.
import type { PublishedDate } from "../contract/types.js";
import type { Stage } from "./pipeline.js";
import { sentenceAt } from "./segment.js";
import { type CalendarDate, fromISO, precisionOf, toISO, truncate } from "./timexes/calendar.js";
import { proposeChronoDates } from "./timexes/chrono-dates.js";
import { clauseTense, type Tense } from "./timexes/context.js";
import { type TimeKnowledge, timeKnowledge } from "./timexes/knowledge.js";
import { type KnownYear, knownYears } from "./timexes/known-years.js";
import { proposeMonths } from "./timexes/months.js";
import { proposeWeekdays, proposeWeekends, proposeYears } from "./timexes/patterns.js";
import { mergeWeekdaysIntoDates, removeOverlaps, widenOverQualifiers } from "./timexes/refine.js";
import { proposeRelatives } from "./timexes/relative.js";
import { type ResolutionContext, resolveProposal } from "./timexes/resolve.js";
import type { TimexProposal } from "./timexes/types.js";
import type { LocalTimex, Sentence } from "./types.js";

const PROPOSERS: readonly ((text: string) => TimexProposal[])[] = [
  proposeChronoDates,
  proposeMonths,
  proposeYears,
  proposeWeekdays,
  proposeRelatives,
  proposeWeekends,
];

export const timexesStage: Stage<"timexes", "segmentation"> = {
  name: "timexes",
  needs: ["segmentation"],
  run: ({ article, segmentation, kb }) =>
    findTimexes(article.text, segmentation.sentences, article.published, kb.time),
};

export function findTimexes(
  text: string,
  sentences: readonly Sentence[],
  published: PublishedDate | null,
  knowledge: TimeKnowledge = timeKnowledge(),
): LocalTimex[] {
  return traceTimexes(text, published, knowledge).flatMap(({ proposal: p, date }) =>
    date
      ? [
          {
            start: p.start,
            end: p.end,
            text: text.slice(p.start, p.end),
            value: toISO(date),
            precision: precisionOf(date),
            sentence: sentenceAt(sentences, p.start),
          },
        ]
      : [],
  );
}

/** A proposal (with the rule that made it) and its date; null when it could not be resolved. */
export interface TimexTrace {
  proposal: TimexProposal;
  date: CalendarDate | null;
}

/** Every proposal that survived the refiners, in text order, with what it resolved to: for debugging. */
export function traceTimexes(
  text: string,
  published: PublishedDate | null,
  knowledge: TimeKnowledge = timeKnowledge(),
): TimexTrace[] {
  const proposed = PROPOSERS.flatMap((propose) => propose(text));
  const proposals = mergeWeekdaysIntoDates(text, removeOverlaps(widenOverQualifiers(text, proposed)));
  const reference = publicationReference(published);
  const knownYearOf = knownYears(text, proposals, knowledge, reference);
  const traces: TimexTrace[] = [];
  let mentioned: CalendarDate | null = null;
  for (const p of proposals) {
    const date = resolveProposal(p, new ProposalContext(text, p, reference, mentioned, knownYearOf));
    traces.push({ proposal: p, date });
    if (date) mentioned = date;
  }
  return traces;
}

/**
 * What one proposal resolves against; the tense and the known year are read only when asked. A
 * class: its methods are shared, where an object of two new arrow functions was made per proposal.
 */
class ProposalContext implements ResolutionContext {
  constructor(
    private readonly text: string,
    private readonly proposal: TimexProposal,
    readonly published: CalendarDate | null,
    readonly mentioned: CalendarDate | null,
    private readonly knownYearOf: KnownYear,
  ) {}

  tense(): Tense {
    return clauseTense(this.text, this.proposal.start, this.proposal.end);
  }

  knownYear(): number | undefined {
    return this.proposal.kind === "date" ? this.knownYearOf(this.proposal) : undefined;
  }
}

/** The publication date cut to the precision it is known to. */
function publicationReference(published: PublishedDate | null): CalendarDate | null {
  const date = published ? fromISO(published.date) : null;
  return date && published ? truncate(date, published.precision) : null;
}
