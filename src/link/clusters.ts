// Event clustering: the reports, across articles, of one real-world event. Two reports may
// belong together when their types are compatible (one outlet codes a warning THREATEN, another
// REQUEST), their actors and targets can be the same party, their dates can be the same period,
// and their evidence shares words. A cluster grows only when every pair in it stays compatible,
// so a report with an unknown actor cannot chain an Iraqi event to an Iranian one.
import type { Entity, EntityType, Event, EventType, ISODate } from "../contract/types.js";
import { addTo } from "./collect.js";
import type { LinkLexicons } from "./lexicons.js";
import { DAY, type Period, period, periodsMeet } from "./periods.js";
import { candidatePairs, contentTerms, documentFrequencies, stem, topTerms } from "./similarity.js";

/**
 * Shared evidence needed (weighted share of the smaller evidence): outlets retell one event in
 * their own words, so little is asked when both parties are known and equal; more when one is
 * missing and the words are the main sign of sameness.
 */
const OVERLAP_KNOWN_PARTIES = 0.05;
const OVERLAP_OPEN_PARTIES = 0.3;
/** A blocking key shared by more events than this says nothing about sameness. */
const MAX_POSTING = 400;
const EVIDENCE_KEYS = 4;

export interface ClusterInput {
  events: readonly Event[];
  entities: readonly Entity[];
  lexicons: LinkLexicons;
  /** Article id -> publication date, to place the events an article does not date. */
  published?: ReadonlyMap<string, ISODate>;
}

/** Event id -> cluster id ("c:" + the smallest event id of the cluster); every event has one. */
export function clusterEvents({ events, entities, lexicons, published }: ClusterInput): Map<string, string> {
  const byId = new Map(events.map((e) => [e.id, e]));
  const mentions = mentionsByArticle(entities);
  const terms = new Map(events.map((e) => [e.id, evidenceTerms(e, lexicons.stopwords, mentions)]));
  const idf = inverseFrequencies(terms);
  const compatible = compatibility(new Map(entities.map((e) => [e.id, e])), lexicons, published);
  const periods = new Map(events.map((e) => [e.id, eventPeriod(e.date, published?.get(e.article))]));
  const scored = timedCandidatePairs(blockingKeys(events, terms, idf), periods)
    .filter(([a, b]) => compatible(byId.get(a)!, byId.get(b)!))
    .map(([a, b]) => ({ a, b, score: evidenceOverlap(terms.get(a)!, terms.get(b)!, idf) }))
    .filter(({ a, b, score }) => score >= requiredOverlap(byId.get(a)!, byId.get(b)!))
    .sort((x, y) => y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
  const groups = new Map(events.map((e) => [e.id, [e]]));
  for (const { a, b } of scored) {
    const ga = groups.get(a)!;
    const gb = groups.get(b)!;
    if (ga === gb || !ga.every((x) => gb.every((y) => compatible(x, y)))) continue;
    ga.push(...gb);
    for (const e of gb) groups.set(e.id, ga);
  }
  const clusterOf = new Map<string, string>();
  for (const [id, group] of groups) clusterOf.set(id, `c:${group.map((e) => e.id).sort()[0]}`);
  return clusterOf;
}

interface EntityMention {
  entity: string;
  start: number;
  end: number;
}

function mentionsByArticle(entities: readonly Entity[]): Map<string, EntityMention[]> {
  const byArticle = new Map<string, EntityMention[]>();
  for (const e of entities)
    for (const m of e.mentions) addTo(byArticle, m.article, { entity: e.id, start: m.start, end: m.end });
  return byArticle;
}

/**
 * The evidence's content words, stemmed, and the entities it mentions ("entity:<id>"), so that
 * "Hegseth" and "the US Secretary of War" count as one shared word when resolution linked them.
 */
function evidenceTerms(
  e: Event,
  stopwords: ReadonlySet<string>,
  mentions: ReadonlyMap<string, readonly EntityMention[]>,
): Set<string> {
  const words = e.evidence.flatMap((s) => contentTerms(s.text, stopwords).map(stem));
  const named = (mentions.get(e.article) ?? [])
    .filter((m) => e.evidence.some((s) => s.start <= m.start && m.end <= s.end))
    .map((m) => `entity:${m.entity}`);
  return new Set([...words, ...named]);
}

function inverseFrequencies(terms: ReadonlyMap<string, ReadonlySet<string>>): Map<string, number> {
  const df = documentFrequencies([...terms.values()].map((t) => [...t]));
  const n = terms.size;
  return new Map([...df].map(([term, count]) => [term, Math.log((1 + n) / count)]));
}

/** Events meet when they share an actor, a target, an entity their evidence names, or one of its rarest words. */
function blockingKeys(
  events: readonly Event[],
  terms: ReadonlyMap<string, ReadonlySet<string>>,
  idf: ReadonlyMap<string, number>,
): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const e of events) {
    const weights = new Map([...terms.get(e.id)!].map((t) => [t, idf.get(t) ?? 0]));
    const parties = [e.actor, e.target].filter((x): x is string => x !== null).map((x) => `party:${x}`);
    const named = [...terms.get(e.id)!].filter((t) => t.startsWith("entity:"));
    keys.set(e.id, [...parties, ...named, ...topTerms(weights, EVIDENCE_KEYS).map((t) => `word:${t}`)]);
  }
  return keys;
}

/**
 * Pairs of events that share a blocking key and whose periods can meet. Events are filed under
 * each key by date bucket; two periods that share a day share the bucket holding it, so no pair
 * that could be compatible is lost, and events years apart are never compared. An event of
 * unknown period meets every event under its keys. A key held by too many events in one bucket
 * (or, for an event of unknown period, in all) says nothing about sameness and is skipped.
 */
function timedCandidatePairs(
  keysOf: ReadonlyMap<string, readonly string[]>,
  periods: ReadonlyMap<string, Period | null>,
): [string, string][] {
  const bucketsOf = new Map([...keysOf.keys()].map((id) => [id, dateBuckets(periods.get(id) ?? null)]));
  const bucketsOfKey = new Map<string, Set<number>>();
  for (const [id, keys] of keysOf) {
    for (const key of keys) {
      const buckets = bucketsOfKey.get(key) ?? new Set<number>();
      for (const b of bucketsOf.get(id) ?? []) buckets.add(b);
      bucketsOfKey.set(key, buckets);
    }
  }
  const timed = new Map<string, string[]>();
  for (const [id, keys] of keysOf) {
    const own = bucketsOf.get(id);
    timed.set(
      id,
      keys.flatMap((key) => {
        const buckets = own ?? [...bucketsOfKey.get(key)!, "open"];
        return buckets.map((b) => `${key}@${b}`);
      }),
    );
  }
  return candidatePairs(timed, MAX_POSTING);
}

/** Width of the date buckets that block events. */
const BUCKET_DAYS = 30;

/** The buckets a period touches; null for an unknown period. */
function dateBuckets(p: Period | null): number[] | null {
  if (!p) return null;
  const [first, last] = p.map((t) => Math.floor(t / (BUCKET_DAYS * DAY)));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Weighted share of the smaller evidence that the other evidence also has. */
function evidenceOverlap(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  idf: ReadonlyMap<string, number>,
): number {
  const weight = (set: ReadonlySet<string>) => [...set].reduce((sum, t) => sum + (idf.get(t) ?? 0), 0);
  const shared = new Set([...a].filter((t) => b.has(t)));
  const smaller = Math.min(weight(a), weight(b));
  return smaller > 0 ? weight(shared) / smaller : 0;
}

function requiredOverlap(a: Event, b: Event): number {
  const known = a.actor !== null && a.actor === b.actor && a.target !== null && a.target === b.target;
  return known ? OVERLAP_KNOWN_PARTIES : OVERLAP_OPEN_PARTIES;
}

/** Whether two reports can tell one event: compatible types, parties and dates. */
export function compatibility(
  entities: ReadonlyMap<string, Entity>,
  lexicons: LinkLexicons,
  published: ReadonlyMap<string, ISODate> = new Map(),
) {
  const particles = new Set(lexicons.nameParticles);
  const sameParty = (x: string | null, y: string | null) => partiesMatch(x, y, entities, particles);
  const periods = new Map<string, Period | null>();
  const periodOf = (e: Event) => {
    if (!periods.has(e.id)) periods.set(e.id, eventPeriod(e.date, published.get(e.article)));
    return periods.get(e.id)!;
  };
  return (a: Event, b: Event): boolean => {
    if (sameSentence(a, b)) return false;
    if (!typesMatch(a.type, b.type, lexicons)) return false;
    if (!periodsMeet(periodOf(a), periodOf(b))) return false;
    if (sameParty(a.actor, b.actor) && sameParty(a.target, b.target)) return true;
    const symmetric = lexicons.symmetricTypes.has(a.type) && lexicons.symmetricTypes.has(b.type);
    return symmetric && sameParty(a.actor, b.target) && sameParty(a.target, b.actor);
  };
}

/** Two events an extractor drew from one sentence are two events, not two reports of one. */
function sameSentence(a: Event, b: Event): boolean {
  return (
    a.article === b.article &&
    a.evidence.some((x) => b.evidence.some((y) => x.start < y.end && y.start < x.end))
  );
}

function typesMatch(a: EventType, b: EventType, lexicons: LinkLexicons): boolean {
  return a === b || (lexicons.compatibleTypes.get(a)?.has(b) ?? false);
}

/**
 * Equal ids, an unknown side, or a country and one of its officials or state bodies (one outlet
 * says "Washington warned", another "Hegseth warned"). Two countries never match, nor a country
 * and a non-state armed group based there. A party known only by a description ("his Iraqi
 * counterpart") that resolution could not tie to a name counts as unknown.
 */
export function partiesMatch(
  x: string | null,
  y: string | null,
  entities: ReadonlyMap<string, Entity>,
  nameParticles: ReadonlySet<string> = new Set(),
): boolean {
  if (x === null || y === null || x === y) return true;
  const ex = entities.get(x);
  const ey = entities.get(y);
  if (!ex || !ey) return false;
  if (isDescription(ex, nameParticles) || isDescription(ey, nameParticles)) return true;
  const [state, member] = ex.type === "COUNTRY" ? [ex, ey] : [ey, ex];
  return (
    state.type === "COUNTRY" &&
    STATE_MEMBERS.has(member.type) &&
    state.country !== null &&
    member.country === state.country
  );
}

/** A person or body named by a description: a lower-case word that is no name particle ("counterpart"). */
function isDescription(e: Entity, nameParticles: ReadonlySet<string>): boolean {
  if (e.type !== "PERSON" && e.type !== "ORGANIZATION") return false;
  return e.name.split(/[\s-]+/).some((word) => /^\p{Ll}/u.test(word) && !nameParticles.has(word));
}

const STATE_MEMBERS: ReadonlySet<EntityType> = new Set(["PERSON", "ORGANIZATION"]);

/** An undated report is taken to tell of something from the weeks before its publication. */
const REPORT_LAG_DAYS = 30;

/**
 * When the event can have happened: its own date (a day date widened by half a day each side, so
 * dates one day apart still meet: time zones, "overnight"), else the weeks before the article was
 * published, else unknown (null).
 */
export function eventPeriod(date: Event["date"], published: ISODate | undefined): Period | null {
  if (date) {
    const [first, last] = period(date.value);
    return date.precision === "day" ? [first - DAY / 2, last + DAY / 2] : [first, last];
  }
  if (!published) return null;
  const day = period(published)[1];
  return [day - REPORT_LAG_DAYS * DAY, day];
}
