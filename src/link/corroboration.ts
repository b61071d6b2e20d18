// Corroboration of each event cluster: its reports, the outlets that printed them, the sources
// they rest on, how many of those are independent, and whether the event stands confirmed.
import type { Article, Event, EventType, Modality, Span } from "../contract/types.js";
import { addTo, byString, counts } from "./collect.js";
import { samePassage } from "./copies.js";

export interface ClusterReport {
  article: string;
  event: string;
  /** The sentence that states it (the event's first evidence span). */
  sentence: Span;
}

export type ClusterStatus = "confirmed" | "denied" | "unconfirmed" | "reported";

export interface ClusterSummary {
  id: string;
  type: EventType;
  actor: string | null;
  target: string | null;
  reports: ClusterReport[];
  outlets: string[];
  /** Entity ids the reports cite, and the outlets that report in their own voice. */
  sources: string[];
  /** Sources after copies are merged: five reprints of one wire story count once. */
  independentSources: number;
  status: ClusterStatus;
}

export interface CorroborationInput {
  events: readonly Event[];
  clusterOf: ReadonlyMap<string, string>;
  articles: ReadonlyMap<string, Article>;
  /** Article id -> the original of its reprint group. */
  reprintOf: (article: string) => string;
}

export function summarizeClusters(input: CorroborationInput): ClusterSummary[] {
  const members = new Map<string, Event[]>();
  for (const e of input.events) {
    const id = input.clusterOf.get(e.id) ?? e.id;
    addTo(members, id, e);
  }
  const outlets: Outlets = {
    outletOf: (article) => input.articles.get(article)?.outlet ?? article,
    reprintOf: input.reprintOf,
  };
  return [...members.entries()]
    .sort(([x], [y]) => (x < y ? -1 : 1))
    .map(([id, events]) =>
      summarizeCluster(
        id,
        [...events].sort((x, y) => byString(x.id, y.id)),
        outlets,
      ),
    );
}

/** Who printed each article: its outlet (the article id when unknown), and its reprint group's original. */
export interface Outlets {
  outletOf(article: string): string;
  reprintOf(article: string): string;
}

/** The corroboration of one cluster, from its events (sorted by id). */
export function summarizeCluster(id: string, events: readonly Event[], input: Outlets): ClusterSummary {
  const outletOf = input.outletOf;
  const sourcesOf = (e: Event) => (e.attribution.length ? e.attribution : [outletOf(e.article)]);
  const firstReportOf = new Map<string, Event>();
  for (const e of events) if (!firstReportOf.has(e.article)) firstReportOf.set(e.article, e);
  // A reprint speaks in the voice of the outlet it copies; where its original reports this event
  // too, with the sources of that report (a headline the reprint reworded adds no source).
  const originalSourcesOf = (e: Event) => {
    const original = input.reprintOf(e.article);
    const originalReport = original === e.article ? undefined : firstReportOf.get(original);
    if (originalReport) return sourcesOf(originalReport);
    return e.attribution.length ? e.attribution : [outletOf(original)];
  };
  const independent = independentSourceCount(events, originalSourcesOf);
  return {
    id,
    type: mostCommon(events.map((e) => e.type))!,
    actor: mostCommon(events.map((e) => e.actor)),
    target: mostCommon(events.map((e) => e.target)),
    reports: events.map((e) => ({ article: e.article, event: e.id, sentence: e.evidence[0] })),
    outlets: unique(events.map((e) => outletOf(e.article))),
    sources: unique(events.flatMap(sourcesOf)),
    independentSources: independent,
    status: status(
      events.map((e) => e.modality),
      independent,
    ),
  };
}

/**
 * The distinct sources the reports rest on (cited parties, or the outlet's own voice), with the
 * sources of reports in different articles that retell one passage merged as copies. One article
 * citing two outlets gives two sources; five reprints of one wire story give one.
 */
export function independentSourceCount(
  events: readonly Event[],
  sourcesOf: (e: Event) => readonly string[],
): number {
  const parent = new Map<string, string>();
  const find = (s: string): string => {
    const p = parent.get(s) ?? s;
    return p === s ? s : find(p);
  };
  const union = (a: string, b: string) => parent.set(find(b), find(a));
  for (const e of events) for (const s of sourcesOf(e)) parent.set(s, find(s));
  for (let i = 0; i < events.length; i++) {
    for (let j = i + 1; j < events.length; j++) {
      const [a, b] = [events[i], events[j]];
      if (a.article !== b.article && samePassage(passage(a), passage(b)))
        union(sourcesOf(a)[0], sourcesOf(b)[0]);
    }
  }
  return new Set([...parent.keys()].map(find)).size;
}

function passage(e: Event): string {
  return e.evidence.map((s) => s.text).join(" ");
}

const DOUBTFUL: ReadonlySet<Modality> = new Set(["unconfirmed", "alleged"]);
const FIRM: ReadonlySet<Modality> = new Set(["asserted", "reported", "claimed"]);

/** A denial outweighs everything; two independent firm accounts confirm; only doubtful ones do not. */
function status(modalities: readonly Modality[], independent: number): ClusterStatus {
  if (modalities.includes("denied")) return "denied";
  if (independent >= 2 && modalities.some((m) => FIRM.has(m))) return "confirmed";
  if (modalities.every((m) => DOUBTFUL.has(m))) return "unconfirmed";
  return "reported";
}

/** The most frequent non-null value, ties broken by the value so the choice is deterministic. */
function mostCommon<T extends string | null>(values: readonly T[]): T | null {
  const ranked = [...counts(values.filter((v) => v !== null))].sort(
    (x, y) => y[1] - x[1] || (String(x[0]) < String(y[0]) ? -1 : 1),
  );
  return ranked[0]?.[0] ?? null;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
