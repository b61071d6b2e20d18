// When the article was published, stated or inferred, with the basis of the answer. Stated:
// the record, the page's metadata, a dateline. Inferred (the article cannot be older than what
// it reports): the date of an embedded post, the latest full date it mentions, and months it
// names without a year after that date.
import type { PublishedDate, Removed } from "../contract/types.js";
import type { DateMention, DateReader } from "./dates.js";

export interface PageDate {
  value: string;
  basis: string;
}

export interface PublishedEvidence {
  given: string | null;
  /** Dates the page states about itself, best first (JSON-LD, meta tags, <time>). */
  page: readonly PageDate[];
  /** The whole text before cleaning: captions and embeds date an article too. */
  original: string;
  removed: readonly Removed[];
}

// Head lines that state the article's date: a dateline ("Published 10:48, Tue, Nov 19, 2019") or a
// byline that carries one ("By Staff | Published 14 May 2024").
const DATELINE_REASONS = new Set(["dateline", "byline"]);
const HEAD_CHARS = 400;

export function findPublished(e: PublishedEvidence, dates: DateReader): PublishedDate | null {
  const stated = statedDate(e, dates);
  if (stated) return stated;
  return inferredDate(e, dates);
}

function statedDate(e: PublishedEvidence, dates: DateReader): PublishedDate | null {
  const given = e.given ? dates.parseGiven(e.given) : null;
  if (given) return { ...given, inferred: false, basis: "record" };
  for (const p of e.page) {
    const d = dates.parseGiven(p.value);
    if (d) return { ...d, inferred: false, basis: p.basis };
  }
  // The earliest, when a head line also states an update ("Updated June 14; published June 12").
  const dateline = earliest(
    e.removed.filter((r) => DATELINE_REASONS.has(r.reason)).flatMap((r) => dates.fullDates(r.text)),
  );
  const wire = dates.fullDates(e.original.slice(0, HEAD_CHARS)).find((d) => isWireDateline(e.original, d));
  const head = dateline ?? wire;
  return head ? { date: head.date, precision: "day", inferred: false, basis: "dateline" } : null;
}

const WIRE_PLACE = /(?:^|\n)\s*\p{Lu}[\p{Lu} .'-]{2,},\s*$/u;

/** "BAGHDAD, Nov. 2, 2025 (Reuters) —": a place in capitals, a date, then the story. */
function isWireDateline(text: string, d: DateMention): boolean {
  const before = text.slice(Math.max(0, d.start - 40), d.start);
  return WIRE_PLACE.test(before);
}

function inferredDate(e: PublishedEvidence, dates: DateReader): PublishedDate | null {
  const posts = e.removed.filter((r) => r.reason === "embedded post").flatMap((r) => dates.fullDates(r.text));
  const latestPost = latest(posts);
  const latestMention = latest(dates.fullDates(e.original));
  if (!latestPost && !latestMention) return null;
  // The post's own date is precise to the day; a mention only bounds the date, so to the month.
  const anchor: PublishedDate =
    latestPost && (!latestMention || latestPost.date >= latestMention.date)
      ? { date: latestPost.date, precision: "day", inferred: true, basis: "embedded post date" }
      : {
          date: latestMention!.date.slice(0, 7),
          precision: "month",
          inferred: true,
          basis: "latest dated mention",
        };
  return advancedByBareMonths(anchor, e.original, dates);
}

function latest(mentions: readonly DateMention[]): DateMention | null {
  return mentions.reduce<DateMention | null>((best, m) => (!best || m.date > best.date ? m : best), null);
}

function earliest(mentions: readonly DateMention[]): DateMention | null {
  return mentions.reduce<DateMention | null>((best, m) => (!best || m.date < best.date ? m : best), null);
}

/**
 * Months named without a year refer to the current year; one later than the anchor's month
 * ("the council president for November" after "Oct. 14, 2024") moves the estimate forward.
 */
function advancedByBareMonths(anchor: PublishedDate, text: string, dates: DateReader): PublishedDate {
  const year = anchor.date.slice(0, 4);
  const month = Number(anchor.date.slice(5, 7));
  const later = dates.bareMonths(text).filter((b) => b.month > month);
  if (later.length === 0) return anchor;
  const m = Math.max(...later.map((b) => b.month));
  return {
    date: `${year}-${String(m).padStart(2, "0")}`,
    precision: "month",
    inferred: true,
    basis: `${anchor.basis} and month named later`,
  };
}
