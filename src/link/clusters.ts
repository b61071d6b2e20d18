// Event clustering: the reports, across articles, of one real-world event. Two reports may
// belong together when their types are compatible (one outlet codes a warning THREATEN, another
// REQUEST), their actors and targets can be the same party, their dates can be the same period,
// and their evidence shares words. A cluster grows only when every pair in it stays compatible,
// so a report with an unknown actor cannot chain an Iraqi event to an Iranian one.
import type { Entity, EntityType, Event, EventType, ISODate } from "../contract/types.js";
import { byString, Postings, revive } from "./collect.js";
import { Journal } from "./journal.js";
import type { LinkLexicons } from "./lexicons.js";
import { DAY, type Period, period, periodsMeet } from "./periods.js";
import { mentionsByArticle, type ResolvedMention } from "./resolve.js";
import { contentTerms, PRIOR_DOCUMENTS, stem, topTerms } from "./similarity.js";

/**
 * Shared evidence needed (weighted share of the smaller evidence): outlets retell one event in
 * their own words, so little is asked when both parties are known and equal; more when one is
 * missing and the words are the main sign of sameness.
 */
const OVERLAP_KNOWN_PARTIES = 0.05;
const OVERLAP_OPEN_PARTIES = 0.3;
/** A blocking key shared by more events than this in one date bucket says nothing about sameness. */
const MAX_POSTING = 400;
/** Events of unknown period compared under each key: the latest ones. */
const UNDATED_WINDOW = 50;
const EVIDENCE_KEYS = 4;

export interface ClusterInput {
  events: readonly Event[];
  entities: readonly Entity[];
  lexicons: LinkLexicons;
  /** Article id -> publication date, to place the events an article does not date. */
  published?: ReadonlyMap<string, ISODate>;
}

/** Event id -> cluster id for a whole set of events, added to a fresh index in the order given. */
export function clusterEvents({ events, entities, lexicons, published }: ClusterInput): Map<string, string> {
  const index = new ClusterIndex(lexicons, new Map(entities.map((e) => [e.id, e])), published);
  const mentions = mentionsByArticle(entities);
  for (const e of events) index.add(e, mentions.get(e.article) ?? []);
  return new Map(events.map((e) => [e.id, index.cluster(e.id).id]));
}

/** The reports of one event; named "c:" + the smallest event id among them. */
export interface Cluster {
  id: string;
  /** Number of the cluster in the order of creation: unlike the id, it stays while the cluster grows. */
  serial: number;
  events: Event[];
}

/** What a cluster index has learnt, for a snapshot: its own containers, not copies. */
export interface ClusterIndexState {
  terms: Map<string, ReadonlySet<string>>;
  frequencies: Map<string, number>;
  postings: Postings<Event>;
  clusters: Map<string, Cluster>;
  created: number;
  shapes: Map<Cluster, ClusterShape>;
  examined: number;
}

interface ClusterShape {
  /** One report of each kind (see kindOf) in the cluster. */
  kinds: Map<string, Event>;
  /** The sentences its reports come from (article and evidence start). */
  sentences: Set<string>;
}

/** An event's evidence is the sentence stating it: two events drawn from one sentence share a key. */
function sentencesOf(e: Event): string[] {
  return e.evidence.map((s) => `${e.article}@${s.start}`);
}

/**
 * Event clusters grown one event at a time. A new event is compared only with the events that
 * share a blocking key with it (an actor, a target, an entity its evidence names, one of its
 * rarest words) in a date bucket its period touches, so the work grows with those candidates,
 * not with the corpus. It joins, best-scoring first, each candidate's cluster whose every
 * report stays compatible with it; joining two clusters merges them.
 */
export class ClusterIndex {
  private readonly terms = new Map<string, ReadonlySet<string>>();
  private readonly frequencies = new Map<string, number>();
  private readonly postings: Postings<Event>;
  /** Event id -> its cluster. */
  private readonly clusters = new Map<string, Cluster>();
  private created = 0;
  private readonly compatible: (a: Event, b: Event) => boolean;
  private readonly agree: (a: Event, b: Event) => boolean;
  /** What a cluster's compatibility with another depends on, kept small however many reports it has. */
  private readonly shapes = new WeakMap<Cluster, ClusterShape>();
  /** Candidate events compared so far, which blocking keeps near-constant per event. */
  examined = 0;

  constructor(
    private readonly lexicons: LinkLexicons,
    private readonly entities: ReadonlyMap<string, Entity>,
    private readonly published: ReadonlyMap<string, ISODate> = new Map(),
    private readonly journal = new Journal(),
  ) {
    this.postings = new Postings(MAX_POSTING, UNDATED_WINDOW, journal);
    this.agree = agreement(entities, lexicons, published, journal);
    // two reports can tell one event when they come from different sentences and agree
    this.compatible = (a, b) => !sameSentence(a, b) && this.agree(a, b);
  }

  /**
   * An index that goes on from a saved state, over the same knowledge and the same (restored)
   * entities and publication dates. The fields are read-only for every other use, hence the assign.
   */
  static restore(
    lexicons: LinkLexicons,
    entities: ReadonlyMap<string, Entity>,
    published: ReadonlyMap<string, ISODate>,
    saved: ClusterIndexState,
    journal: Journal,
  ): ClusterIndex {
    const index = new ClusterIndex(lexicons, entities, published, journal);
    const postings = revive(saved.postings, Postings, journal);
    return Object.assign(index, { ...saved, postings, shapes: new WeakMap(saved.shapes) });
  }

  /** The state to save; serialize it before the index changes again. */
  state(): ClusterIndexState {
    const clusters = new Set(this.clusters.values());
    return {
      terms: this.terms,
      frequencies: this.frequencies,
      postings: this.postings,
      clusters: this.clusters,
      created: this.created,
      shapes: new Map([...clusters].map((c) => [c, this.shapes.get(c)!])),
      examined: this.examined,
    };
  }

  /** Files the event, given the entity mentions of its article: the cluster it is now in, and those merged into it. */
  add(e: Event, mentions: readonly ResolvedMention[]): { cluster: Cluster; absorbed: Cluster[] } {
    const terms = evidenceTerms(e, mentions, this.lexicons.stopwords, this.partyWords(e));
    this.journal.set(this.terms, e.id, terms);
    for (const t of terms) this.journal.set(this.frequencies, t, (this.frequencies.get(t) ?? 0) + 1);
    const candidates = this.candidates(e, terms);
    let cluster: Cluster = { id: `c:${e.id}`, serial: this.nextSerial(), events: [e] };
    this.journal.set(this.clusters, e.id, cluster);
    const shape = { kinds: new Map([[this.kindOf(e), e]]), sentences: new Set(sentencesOf(e)) };
    this.journal.set(this.shapes, cluster, shape);
    const absorbed: Cluster[] = [];
    for (const other of this.scored(e, candidates)) {
      const found = this.clusters.get(other.id)!;
      if (found === cluster || !this.clustersAgree(found, cluster)) continue;
      const merged = this.merge(found, cluster);
      absorbed.push(merged === found ? cluster : found);
      cluster = merged;
    }
    return { cluster, absorbed };
  }

  private nextSerial(): number {
    const serial = this.created++;
    this.journal.record(() => {
      this.created = serial;
    });
    return serial;
  }

  /** The cluster of an added event. */
  cluster(event: string): Cluster {
    return this.clusters.get(event)!;
  }

  /** Candidates whose evidence overlaps enough, best first (ties by id, so the order is fixed). */
  private scored(e: Event, candidates: readonly Event[]): Event[] {
    const idf = (t: string) => this.idf(t);
    const terms = this.terms.get(e.id)!;
    return candidates
      .filter((c) => this.compatible(e, c))
      .map((c) => ({ c, score: evidenceOverlap(terms, this.terms.get(c.id)!, idf) }))
      .filter(({ c, score }) => score >= requiredOverlap(e, c))
      .sort((x, y) => y.score - x.score || byString(x.c.id, y.c.id))
      .map(({ c }) => c);
  }

  /**
   * The words of the names of the event's actor and target: a candidate must already have the
   * same parties, so their names are no further sign that the two reports tell one event.
   */
  private partyWords(e: Event): Set<string> {
    const names = [e.actor, e.target].map((id) => (id === null ? "" : (this.entities.get(id)?.name ?? "")));
    return new Set(names.flatMap((n) => contentTerms(n, this.lexicons.stopwords)));
  }

  private idf(term: string): number {
    return Math.log((1 + this.terms.size + PRIOR_DOCUMENTS) / (this.frequencies.get(term) ?? 1));
  }

  /**
   * The events filed under the new event's keys in the date buckets it touches, and the latest
   * undated ones (an event of unknown period meets the latest events under its keys), then files it.
   */
  private candidates(e: Event, terms: ReadonlySet<string>): Event[] {
    const buckets = dateBuckets(eventPeriod(e.date, this.published.get(e.article)));
    const found = new Map<string, Event>();
    const take = (events: readonly Event[]) => {
      for (const c of events) found.set(c.id, c);
    };
    for (const key of this.blockingKeys(e, terms)) {
      if (buckets) {
        for (const b of buckets) take(this.postings.holders(`${key}@${b}`));
        take(this.postings.latest(`${key}@undated`));
      } else take(this.postings.latest(`${key}@any`));
      const files = buckets ? buckets.map((b) => `${key}@${b}`) : [`${key}@undated`];
      for (const posting of [...files, `${key}@any`]) this.postings.file(posting, e);
    }
    this.journal.assign(this, "examined", this.examined + found.size);
    return [...found.values()];
  }

  /** An event's actor, target, the entities its evidence names, and its rarest words. */
  private blockingKeys(e: Event, terms: ReadonlySet<string>): string[] {
    const parties = [e.actor, e.target].filter((x): x is string => x !== null).map((x) => `party:${x}`);
    const named = [...terms].filter((t) => t.startsWith("entity:"));
    const weights = [...terms].map((t) => [t, this.idf(t)] as const);
    return [...new Set([...parties, ...named, ...topTerms(weights, EVIDENCE_KEYS).map((t) => `word:${t}`)])];
  }

  /**
   * Whether every report of one cluster is compatible with every report of the other: no sentence
   * in both, and every kind of report in one agrees with every kind in the other. Reports of one
   * kind agree with the same others, so the check costs kinds x kinds, not reports x reports, and
   * a cluster of thousands of like reports (a long story, a degenerate page) stays cheap to join.
   */
  private clustersAgree(a: Cluster, b: Cluster): boolean {
    const [x, y] = [this.shapes.get(a)!, this.shapes.get(b)!];
    const [fewer, more] = x.sentences.size <= y.sentences.size ? [x, y] : [y, x];
    for (const sentence of fewer.sentences) if (more.sentences.has(sentence)) return false;
    for (const p of x.kinds.values()) for (const q of y.kinds.values()) if (!this.agree(p, q)) return false;
    return true;
  }

  /** Everything agreement looks at: type, actor, target and the period the report can be of. */
  private kindOf(e: Event): string {
    const p = eventPeriod(e.date, this.published.get(e.article));
    return [e.type, e.actor, e.target, p?.[0], p?.[1]].join("|");
  }

  /** One cluster of both; the larger one absorbs the smaller. */
  private merge(a: Cluster, b: Cluster): Cluster {
    const [into, from] = a.events.length >= b.events.length ? [a, b] : [b, a];
    const journal = this.journal;
    journal.push(into.events, ...from.events);
    for (const e of from.events) journal.set(this.clusters, e.id, into);
    const [intoShape, fromShape] = [this.shapes.get(into)!, this.shapes.get(from)!];
    for (const [kind, e] of fromShape.kinds)
      if (!intoShape.kinds.has(kind)) journal.set(intoShape.kinds, kind, e);
    for (const sentence of fromShape.sentences) journal.add(intoShape.sentences, sentence);
    if (byString(from.id, into.id) < 0) journal.assign(into, "id", from.id);
    return into;
  }
}

/**
 * The evidence's content words, stemmed, and the entities it mentions ("entity:<id>"), so that
 * "Hegseth" and "the US Secretary of War" count as one shared word when resolution linked them.
 */
function evidenceTerms(
  e: Event,
  mentions: readonly ResolvedMention[],
  stopwords: ReadonlySet<string>,
  partyWords: ReadonlySet<string>,
): Set<string> {
  const words = e.evidence.flatMap((s) =>
    contentTerms(s.text, stopwords)
      .filter((w) => !partyWords.has(w))
      .map(stem),
  );
  const named = e.evidence.flatMap((s) => mentionsWithin(mentions, s).map((m) => `entity:${m.entity.id}`));
  return new Set([...words, ...named]);
}

/**
 * An article's mentions by start, found by binary search: an article may hold thousands of events.
 * Keyed by the list itself, which never changes, so a rollback need not forget an entry.
 */
const byStart = new WeakMap<readonly ResolvedMention[], ResolvedMention[]>();

function mentionsWithin(mentions: readonly ResolvedMention[], range: { start: number; end: number }) {
  let sorted = byStart.get(mentions);
  if (!sorted) {
    sorted = [...mentions].sort((a, b) => a.span.start - b.span.start);
    byStart.set(mentions, sorted);
  }
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid].span.start < range.start) low = mid + 1;
    else high = mid;
  }
  const found: ResolvedMention[] = [];
  for (let i = low; i < sorted.length && sorted[i].span.start < range.end; i++)
    if (sorted[i].span.end <= range.end) found.push(sorted[i]);
  return found;
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
  idf: (term: string) => number,
): number {
  const weight = (set: ReadonlySet<string>) => [...set].reduce((sum, t) => sum + idf(t), 0);
  const shared = new Set([...a].filter((t) => b.has(t)));
  const smaller = Math.min(weight(a), weight(b));
  return smaller > 0 ? weight(shared) / smaller : 0;
}

function requiredOverlap(a: Event, b: Event): number {
  const known = a.actor !== null && a.actor === b.actor && a.target !== null && a.target === b.target;
  return known ? OVERLAP_KNOWN_PARTIES : OVERLAP_OPEN_PARTIES;
}

/** Whether two reports' types, parties and dates can be of one event, wherever they were written. */
function agreement(
  entities: ReadonlyMap<string, Entity>,
  lexicons: LinkLexicons,
  published: ReadonlyMap<string, ISODate>,
  journal: Journal,
) {
  const particles = new Set(lexicons.nameParticles);
  const sameParty = (x: string | null, y: string | null) => partiesMatch(x, y, entities, particles);
  const periods = new Map<string, Period | null>();
  const periodOf = (e: Event) => {
    // journalled: a rolled-back event's id may come back with other dates
    if (!periods.has(e.id)) journal.set(periods, e.id, eventPeriod(e.date, published.get(e.article)));
    return periods.get(e.id)!;
  };
  return (a: Event, b: Event): boolean => {
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
