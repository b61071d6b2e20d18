// Discrepancies between the reports of one event cluster: the day it happened ("on Tuesday" /
// "on Wednesday"), the place, and the channel ("by phone" / "through the chargé d'affaires").
// Reports of one cluster already agree on type and parties, so a differing date, place or
// channel is a disagreement between the accounts, not two events.
import type { ArticleAnalysis } from "../analyze/types.js";
import type { Entity, Event, EventType, Span } from "../contract/types.js";
import { addTo } from "./collect.js";
import type { Discrepancy } from "./discrepancies.js";
import type { LinkLexicons } from "./lexicons.js";
import { fold } from "./similarity.js";

export interface EventDiscrepancyInput {
  analyses: readonly ArticleAnalysis[];
  events: readonly Event[];
  entities: ReadonlyMap<string, Entity>;
  lexicons: LinkLexicons;
}

interface Account {
  event: Event;
  value: string;
  span: Span;
}

export function eventDiscrepancies(input: EventDiscrepancyInput): Discrepancy[] {
  const byCluster = new Map<string, Event[]>();
  for (const e of input.events) addTo(byCluster, e.cluster, e);
  const analyses = new Map(input.analyses.map((a) => [a.article.id, a]));
  const found: Discrepancy[] = [];
  for (const events of byCluster.values()) {
    if (new Set(events.map((e) => e.article)).size < 2) continue;
    const subject = subjectOf(events);
    const dates = events.flatMap((e) => dateAccount(e, analyses.get(e.article)));
    const places = events.flatMap((e) => placeAccount(e, input.entities));
    const channels = events.flatMap((e) => channelAccounts(e, channelMatcher(input.lexicons)));
    found.push(
      ...differing(dates, `date of the ${subject}`),
      ...differing(places, `place of the ${subject}`),
      ...differing(channels, `channel of the ${subject}`),
    );
  }
  return found;
}

/** "the call", "the drone strike": the mode the reports give, else a noun for the event type. */
function subjectOf(events: readonly Event[]): string {
  return events.find((e) => e.mode)?.mode ?? NOUN[events[0].type];
}

const NOUN: Record<EventType, string> = {
  AGREE: "agreement",
  CONSULT: "contact",
  SUPPORT: "support",
  CONCEDE: "concession",
  COOPERATE: "cooperation",
  AID: "aid",
  RETREAT: "withdrawal",
  REQUEST: "demand",
  ACCUSE: "accusation",
  REJECT: "rejection",
  THREATEN: "threat",
  PROTEST: "protest",
  SANCTION: "sanction",
  MOBILIZE: "mobilization",
  COERCE: "coercion",
  ASSAULT: "attack",
};

/** A day-precise date and the time expression in the evidence that states it. */
function dateAccount(e: Event, analysis: ArticleAnalysis | undefined): Account[] {
  if (!analysis || e.date?.precision !== "day") return [];
  const value = e.date.value;
  const timex = analysis.timexes.find((t) => t.value === value && within(t, e.evidence));
  if (!timex) return [];
  const text = analysis.article.text.slice(timex.start, timex.end);
  return [{ event: e, value, span: { article: e.article, start: timex.start, end: timex.end, text } }];
}

/** The event's place and its mention in the evidence. */
function placeAccount(e: Event, entities: ReadonlyMap<string, Entity>): Account[] {
  if (!e.location) return [];
  const mention = entities
    .get(e.location)
    ?.mentions.find((m) => m.article === e.article && within(m, e.evidence));
  return mention ? [{ event: e, value: e.location, span: mention }] : [];
}

interface ChannelMatcher {
  pattern: RegExp;
  kindOf: ReadonlyMap<string, string>;
}

const channelMatchers = new WeakMap<LinkLexicons, ChannelMatcher>();

function channelMatcher(lexicons: LinkLexicons): ChannelMatcher {
  let matcher = channelMatchers.get(lexicons);
  if (!matcher) {
    const kindOf = new Map(
      Object.entries(lexicons.channels).flatMap(([kind, phrases]) =>
        phrases.map((p) => [fold(p), kind] as const),
      ),
    );
    const alternatives = [...kindOf.keys()]
      .sort((a, b) => b.length - a.length)
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"))
      .join("|");
    matcher = { pattern: new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, "gu"), kindOf };
    channelMatchers.set(lexicons, matcher);
  }
  return matcher;
}

/** The channels the evidence names ("phone call", "chargé d'affaires"), each with its span. */
function channelAccounts(e: Event, matcher: ChannelMatcher): Account[] {
  return e.evidence.flatMap((s) => {
    const folded = fold(s.text);
    // Spans are read off the folded text: only where folding kept every offset in place.
    if (folded.length !== s.text.length) return [];
    return [...folded.matchAll(matcher.pattern)].map((m) => {
      const start = s.start + m.index;
      const text = s.text.slice(m.index, m.index + m[0].length);
      const value = matcher.kindOf.get(m[0].replace(/\s+/g, " ")) ?? m[0];
      return { event: e, value, span: { article: s.article, start, end: start + text.length, text } };
    });
  });
}

function within(range: { start: number; end: number }, evidence: readonly Span[]): boolean {
  return evidence.some((s) => s.start <= range.start && range.end <= s.end);
}

/** One discrepancy when accounts from different articles give different values: one span per value. */
function differing(accounts: readonly Account[], about: string): Discrepancy[] {
  const firstPerValue = new Map<string, Account>();
  for (const a of accounts) if (!firstPerValue.has(a.value)) firstPerValue.set(a.value, a);
  const values = [...firstPerValue.values()];
  if (values.length < 2 || new Set(values.map((a) => a.event.article)).size < 2) return [];
  return [{ about, values: values.map((a) => a.span) }];
}
