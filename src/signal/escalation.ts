// Escalation series: for each dyad (pair of actors, lifted to their states when they act for
// one), the hostility of its events month by month, with the clusters behind each month.
import type { Entity, Event, EventType, ISODate } from "../contract/types.js";
import { addTo, byString } from "../link/collect.js";
import { independentSourceCount } from "../link/corroboration.js";

export interface SeriesPoint {
  /** "YYYY-MM" (or "YYYY" for events dated to the year only). */
  period: string;
  /** The latest date of the events in this period, at their own precision. */
  date: ISODate;
  /** Hostility 0..10 of the most hostile cluster (minus its intensity). */
  hostility: number;
  /** The most hostile cluster, its type and class, and how many independent sources report it. */
  cluster: string;
  type: EventType;
  kind: HostilityKind;
  /** Whether the most hostile report tells of something not (yet) done: planned or conditional. */
  hypothetical: boolean;
  sources: number;
  clusters: string[];
  /** Whether some report of this period is news of it rather than a recollection long after. */
  news: boolean;
}

/**
 * How an event type weighs in an escalation: force or coercion (threats, sanctions, mobilization,
 * seizures, attacks), friction (accusations, rejections, protests, demands), or neither.
 */
export type HostilityKind = "force" | "friction" | "none";

const HOSTILITY_KIND: Record<EventType, HostilityKind> = {
  AGREE: "none",
  CONSULT: "none",
  SUPPORT: "none",
  CONCEDE: "none",
  COOPERATE: "none",
  AID: "none",
  RETREAT: "none",
  REQUEST: "friction",
  ACCUSE: "friction",
  REJECT: "friction",
  PROTEST: "friction",
  THREATEN: "force",
  SANCTION: "force",
  MOBILIZE: "force",
  COERCE: "force",
  ASSAULT: "force",
};

const KIND_RANK: Record<HostilityKind, number> = { force: 2, friction: 1, none: 0 };

export interface DyadSeries {
  /** Entity ids, sorted. */
  actors: [string, string];
  /** The party that acted in the most hostile event (for the wording of alerts). */
  points: (SeriesPoint & { actor: string; target: string })[];
}

export interface SeriesInput {
  events: readonly Event[];
  entities: readonly Entity[];
  /** Cluster id -> independent sources (from the link stage's corroboration); by default counted from the reports. */
  independentSources?: ReadonlyMap<string, number>;
  /** Article id -> publication date, the date of an event its text does not date. */
  published?: ReadonlyMap<string, ISODate>;
}

/**
 * A dyad is a pair of named actors: a place is where something happened, not a party to it, and a
 * common-noun description ("people", "the house", "analysts") names no one an analyst can track.
 */
function isActor(entities: readonly Entity[]): (id: string) => boolean {
  const actors = new Set(entities.filter((e) => e.type !== "LOCATION" && isNamed(e)).map((e) => e.id));
  return (id) => actors.has(id);
}

/** A proper name has a capital letter in one of its words past a leading article. */
function isNamed(e: Entity): boolean {
  return [e.name, ...e.aliases].some((n) => /\p{Lu}/u.test(n.replace(/^(?:the|a|an)\s+/i, "")));
}

/** Lifts officials and state bodies to their country, so "Hegseth warned Abbasi" is USA–Iraq. */
function stateOf(entities: readonly Entity[]): (id: string) => string {
  const countryIds = new Map(
    entities.filter((e) => e.type === "COUNTRY" && e.country).map((e) => [e.country, e.id]),
  );
  const byId = new Map(entities.map((e) => [e.id, e]));
  return (id) => {
    const e = byId.get(id);
    const lifts = e && (e.type === "PERSON" || e.type === "ORGANIZATION") && e.country;
    return (lifts && countryIds.get(e.country)) || id;
  };
}

interface DatedReport {
  event: Event;
  actor: string;
  target: string;
  date: ISODate;
  news: boolean;
}

/**
 * An event reported more than this long after it ended is background ("the 2011 attack on the
 * embassy"): it sets the dyad's earlier level, but it is not news to warn about.
 */
const NEWS_WINDOW_DAYS = 60;
const DAY_MS = 86_400_000;

/** The last day an ISO date of any precision ("2011", "2011-05", "2011-05-03") can mean. */
function lastDayOf(date: ISODate): number {
  const [year, month, day] = date.split("-").map(Number);
  if (day) return Date.UTC(year, month - 1, day);
  return month ? Date.UTC(year, month, 0) : Date.UTC(year, 11, 31);
}

/** The first day an ISO date of any precision can mean. */
function firstDayOf(date: ISODate): number {
  const [year, month, day] = date.split("-").map(Number);
  return Date.UTC(year, (month || 1) - 1, day || 1);
}

/**
 * Whether an event dated `date` is news in an article published on `published`. Both days are
 * read once per distinct date: a corpus has far fewer dates than events.
 */
function newsTest(): (date: ISODate, published: ISODate | undefined) => boolean {
  const [firstDays, lastDays] = [new Map<ISODate, number>(), new Map<ISODate, number>()];
  const day = (days: Map<ISODate, number>, date: ISODate, read: (date: ISODate) => number) => {
    const known = days.get(date);
    if (known !== undefined) return known;
    const value = read(date);
    days.set(date, value);
    return value;
  };
  return (date, published) =>
    !published ||
    day(firstDays, published, firstDayOf) - day(lastDays, date, lastDayOf) <= NEWS_WINDOW_DAYS * DAY_MS;
}

/** The key of an unordered pair of ids. */
function dyadKey(x: string, y: string): string {
  return x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
}

type Points = DyadSeries["points"];

/** A dyad's reports at a reading, with the independent sources of each, and the points made of them. */
interface ReadDyad {
  reports: readonly DatedReport[];
  sources: readonly number[];
  points: Points;
}

/**
 * What the last reading made of each dyad, so that a dyad whose reports are all as they were
 * (the same events, dated, lifted and corroborated alike) keeps its points: a growing corpus
 * read after each article changes few dyads.
 */
export class SeriesMemo {
  dyads = new Map<string, ReadDyad>();
}

function sameReports(read: ReadDyad, reports: readonly DatedReport[], sources: readonly number[]): boolean {
  if (read.reports.length !== reports.length) return false;
  return reports.every((r, i) => {
    const was = read.reports[i];
    return (
      was.event === r.event &&
      was.actor === r.actor &&
      was.target === r.target &&
      was.date === r.date &&
      was.news === r.news &&
      read.sources[i] === sources[i]
    );
  });
}

export function escalationSeries(input: SeriesInput, memo?: SeriesMemo): DyadSeries[] {
  const state = stateOf(input.entities);
  const actor = isActor(input.entities);
  const isNews = newsTest();
  const reports: DatedReport[] = [];
  for (const event of input.events) {
    if (event.modality === "denied" || event.actor === null || event.target === null) continue;
    if (!actor(event.actor) || !actor(event.target)) continue;
    const [from, to] = [state(event.actor), state(event.target)];
    const published = input.published?.get(event.article);
    const date = event.date?.value ?? published;
    if (from !== to && date)
      reports.push({ event, actor: from, target: to, date, news: isNews(date, published) });
  }
  const byDyad = new Map<string, DatedReport[]>();
  for (const r of reports) addTo(byDyad, dyadKey(r.actor, r.target), r);
  const sources = input.independentSources ?? sourcesPerCluster(input.events);
  const sourcesOf = (cluster: string) => sources.get(cluster) ?? 1;
  const read = new Map<string, ReadDyad>();
  const series = [...byDyad.entries()]
    .sort(([x], [y]) => byString(x, y))
    .map(([key, list]) => {
      const listSources = list.map((r) => sourcesOf(r.event.cluster));
      const before = memo?.dyads.get(key);
      const kept = before && sameReports(before, list, listSources) ? before.points : null;
      read.set(key, { reports: list, sources: listSources, points: kept ?? points(list, sourcesOf) });
      return { actors: key.split("\u0000") as [string, string], points: read.get(key)!.points };
    });
  if (memo) memo.dyads = read;
  return series;
}

/** Without corroboration from the link stage: sources counted from the reports themselves. */
function sourcesPerCluster(events: readonly Event[]): Map<string, number> {
  const byCluster = new Map<string, Event[]>();
  for (const e of events) addTo(byCluster, e.cluster, e);
  const sourcesOf = (e: Event) => (e.attribution.length ? e.attribution : [e.article]);
  return new Map([...byCluster].map(([cluster, list]) => [cluster, independentSourceCount(list, sourcesOf)]));
}

function points(reports: readonly DatedReport[], sourcesOf: (cluster: string) => number): Points {
  const byPeriod = new Map<string, DatedReport[]>();
  for (const r of reports) {
    const period = r.date.slice(0, 7);
    addTo(byPeriod, period, r);
  }
  return [...byPeriod.entries()]
    .sort(([x], [y]) => byString(x, y))
    .map(([period, list]) => {
      // A threat outranks a protest of lower Goldstein intensity: force is the signal that matters.
      const hostilityOrder = (x: DatedReport, y: DatedReport) =>
        KIND_RANK[HOSTILITY_KIND[y.event.type]] - KIND_RANK[HOSTILITY_KIND[x.event.type]] ||
        x.event.intensity - y.event.intensity ||
        sourcesOf(y.event.cluster) - sourcesOf(x.event.cluster) ||
        byString(x.event.cluster, y.event.cluster);
      const worst = first(list, hostilityOrder);
      return {
        period,
        date: first(list, (x, y) => byString(y.date, x.date)).date,
        hostility: Math.max(0, -worst.event.intensity),
        cluster: worst.event.cluster,
        type: worst.event.type,
        kind: HOSTILITY_KIND[worst.event.type],
        hypothetical: worst.event.modality === "planned" || worst.event.modality === "conditional",
        sources: sourcesOf(worst.event.cluster),
        clusters: [...new Set(list.map((r) => r.event.cluster))].sort(),
        actor: worst.actor,
        target: worst.target,
        news: list.some((r) => r.news),
      };
    });
}

/** The item a sort by `order` would put first (the earliest of equals, as a stable sort). */
function first<T>(list: readonly T[], order: (x: T, y: T) => number): T {
  let best = list[0];
  for (const item of list) if (order(item, best) < 0) best = item;
  return best;
}
