// Refiners reconcile what the proposers found, as chrono-node's refiners do: they widen a span
// over words that qualify it without changing its value, and settle overlaps.
import type { TimexProposal } from "./types.js";

// "early December", "mid-2023", "earlier this month", "the end of 2019": the value keeps the
// precision of the date itself (December, 2023), the span takes the qualifier in.
const QUALIFIER_BEFORE =
  /(?:\b(?:early|late|earlier|later|mid|the\s+(?:end|beginning|start|middle|turn)\s+of|(?:end|beginning|start|middle)\s+of)\s+|\bmid-)$/i;

export function widenOverQualifiers(text: string, proposals: readonly TimexProposal[]): TimexProposal[] {
  return proposals.map((p) => {
    const m = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, p.start - 20), p.start));
    return m ? { ...p, start: p.start - m[0].length } : p;
  });
}

/** Keeps, of proposals that overlap, the one starting first and then the longest. */
export function removeOverlaps(proposals: readonly TimexProposal[]): TimexProposal[] {
  const sorted = [...proposals].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TimexProposal[] = [];
  for (const p of sorted) {
    const last = kept.at(-1);
    if (!last || p.start >= last.end) kept.push(p);
  }
  return kept;
}

/**
 * "Saturday, October 26": a weekday just before a day date names that date, not the last such
 * weekday, so the two become one date. Expects sorted proposals without overlaps.
 */
export function mergeWeekdaysIntoDates(text: string, proposals: readonly TimexProposal[]): TimexProposal[] {
  const out: TimexProposal[] = [];
  for (const p of proposals) {
    const last = out.at(-1);
    const joins =
      last?.kind === "weekday" && last.shift === null && /^,?\s*$/.test(text.slice(last.end, p.start));
    if (joins && p.kind === "date" && p.day !== null)
      out[out.length - 1] = { ...p, start: last.start, rule: `weekday+${p.rule}` };
    else out.push(p);
  }
  return out;
}
