// Corpus-wide entity resolution: one entity per real-world actor across articles. Listed actors
// are joined by their knowledge-base id; others by a transliteration key of their name within a
// family of compatible types ("Thabit"/"Thabet", "al-Nujaba"/"Nujaba"), and a lone surname joins
// the one person seen so far who bears it. Nothing else is merged: Iraq and Iran, a state and
// its army, an outlet and its country stay apart because their names differ.
import { surnameKeys } from "../analyze/entities/assemble.js";
import { isPluralNoun } from "../analyze/entities/lexicon.js";
import { isNumber } from "../analyze/events/grammar.js";
import type { ArticleAnalysis, LocalEntity, Mention, MentionKind } from "../analyze/types.js";
import type { Entity, EntityType, Span } from "../contract/types.js";
import { nameKey } from "../knowledge/actors.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { addTo } from "./collect.js";
import { Journal } from "./journal.js";

/** Corpus-wide entities, and the id that an article-local entity key resolved to. */
export interface EntityResolution {
  entities: Entity[];
  idOf(article: string, key: string): string | null;
}

/**
 * Mention kinds that are links for other stages, not names to print: coreference, and a
 * demonym ("Russian officials"), which qualifies the officials rather than naming the state;
 * but see `namesPeople`.
 */
const UNPRINTED: ReadonlySet<MentionKind> = new Set(["role", "pronoun", "demonym"]);

/** How much of a mention another entity's mention must hold for the two to be one entity. */
const COVER_SHARE = 0.6;

/** A possessive with its noun, or a generational suffix, after a name. */
const ANOTHER_PERSON = /^(?:['’]s\s+\p{L}|\s+(?:jr|sr|ii|iii|iv)\b)/iu;

/** Types whose names may be compared with one another: a group's type is often a judgment call. */
const TYPE_FAMILY: Record<EntityType, string> = {
  PERSON: "person",
  ORGANIZATION: "group",
  ARMED_GROUP: "group",
  MEDIA: "group",
  IGO: "group",
  COUNTRY: "place",
  LOCATION: "place",
};

interface Group {
  entity: Entity;
  /** A listed actor: its knowledge-base name stays canonical. */
  listed: boolean;
  /** How often each surface form named it, for the canonical name of an unlisted entity. */
  forms: Map<string, number>;
}

/** A printed mention with the corpus-wide entity it resolved to. */
export interface ResolvedMention {
  entity: Entity;
  span: Span;
}

/** The printed mentions of each article, from resolved entities. */
export function mentionsByArticle(entities: readonly Entity[]): Map<string, ResolvedMention[]> {
  const byArticle = new Map<string, ResolvedMention[]>();
  for (const entity of entities)
    for (const span of entity.mentions) addTo(byArticle, span.article, { entity, span });
  return byArticle;
}

/** The corpus-wide entity id an article-local entity key resolved to. */
export interface EntityResolver {
  idOf(article: string, key: string): string | null;
}

/** Entity resolution of a whole corpus: its articles added to a fresh index, in the order given. */
export function resolveEntities(analyses: readonly ArticleAnalysis[], kb: KnowledgeBase): EntityResolution {
  const index = new EntityIndex(kb);
  for (const a of analyses) index.add(a);
  return { entities: index.entities(), idOf: (article, key) => index.idOf(article, key) };
}

/**
 * Entity resolution grown one article at a time: each local entity is looked up by its corpus
 * key (knowledge-base id, or type family and transliteration key) and a lone surname by the
 * surnames of the people seen so far, so adding an article costs the same whatever the corpus
 * size. An entity keeps the id it was given when first seen, so earlier links stay valid.
 */
/**
 * Each group's entity as `entities` last gave it, kept until the group changes, so that a picture
 * of a large corpus copies only the entities that changed. Outside the index, so that a snapshot
 * (which serializes the index) leaves it out.
 */
const pictured = new WeakMap<Group, Entity>();

export class EntityIndex implements EntityResolver {
  private readonly groups: Group[] = [];
  private readonly byKey = new Map<string, Group>();
  /** "article\0local key" -> the group it resolved to. */
  private readonly resolved = new Map<string, Group>();
  /** Surname key -> the one person bearing it, or null once two people do. */
  private readonly surnames = new Map<string, Group | null>();
  /** Entity id -> entity, kept current as entities grow. */
  readonly byId = new Map<string, Entity>();
  /** Every listed actor's id is reserved, so an unlisted entity never takes one. */
  private readonly used: Set<string>;

  /** Each state's adjectival demonym ("IRQ" -> "iraqi"), in lower case. */
  private readonly adjectives = new Map<string, string>();

  constructor(
    kb: KnowledgeBase,
    private readonly journal = new Journal(),
  ) {
    this.used = new Set(kb.actors.actors.map((a) => a.id));
    for (const a of kb.actors.actors) {
      const adjective = a.type === "COUNTRY" && a.country ? kb.actors.demonymOf(a.country) : null;
      if (adjective && a.country) this.adjectives.set(a.country, adjective.toLowerCase());
    }
  }

  /** Resolves the article's entities; returns its printed mentions with their entities. */
  add(a: ArticleAnalysis): ResolvedMention[] {
    const article = a.article.id;
    const cover = coveringEntities(a.entities);
    const own = a.entities.filter((l) => !cover.has(l.key));
    const mentions: ResolvedMention[] = [];
    // Full names first, so that a lone surname finds the person this very article names.
    const page: Page = { text: a.article.text, adjectives: this.adjectives };
    for (const local of own.filter((l) => !isLoneSurname(l)))
      mentions.push(...this.join(article, page, local));
    for (const local of own.filter(isLoneSurname)) mentions.push(...this.joinSurname(article, page, local));
    for (const [key, by] of cover) {
      const g = this.resolved.get(localKey(article, by));
      if (g) this.journal.set(this.resolved, localKey(article, key), g);
    }
    return mentions;
  }

  idOf(article: string, key: string): string | null {
    return this.resolved.get(localKey(article, key))?.entity.id ?? null;
  }

  /** The entities so far, in the order first seen, with their aliases. */
  entities(): Entity[] {
    return this.groups.map((g) => {
      const kept = pictured.get(g);
      if (kept) return kept;
      const entity = {
        ...g.entity,
        aliases: [...g.forms.keys()].filter((f) => f !== g.entity.name),
        mentions: [...g.entity.mentions],
      };
      pictured.set(g, entity);
      return entity;
    });
  }

  private join(
    article: string,
    page: Page,
    local: LocalEntity,
    group = this.groupFor(local),
  ): ResolvedMention[] {
    this.journal.set(this.resolved, localKey(article, local.key), group);
    // the group changes: its copy is made again, and again after a rollback takes the change back
    pictured.delete(group);
    this.journal.record(() => pictured.delete(group));
    const mentions = absorb(group, article, local, this.journal, page);
    if (group.entity.type === "PERSON") this.fileSurnames(group);
    return mentions;
  }

  private joinSurname(article: string, page: Page, local: LocalEntity): ResolvedMention[] {
    const person = this.surnames.get(withoutArticle(nameKey(local.name)));
    return this.join(article, page, local, person ?? this.groupFor(local));
  }

  private groupFor(local: LocalEntity): Group {
    const key = corpusKey(local);
    let group = this.byKey.get(key);
    if (!group) {
      group = newGroup(local, this.used);
      this.journal.add(this.used, group.entity.id);
      this.journal.set(this.byKey, key, group);
      this.journal.set(this.byId, group.entity.id, group.entity);
      this.journal.push(this.groups, group);
    }
    return group;
  }

  private fileSurnames(person: Group): void {
    for (const s of surnameKeys(person.entity.name)) {
      const key = withoutArticle(s);
      const other = this.surnames.get(key);
      this.journal.set(this.surnames, key, other === undefined || other === person ? person : null);
    }
  }
}

function localKey(article: string, key: string): string {
  return `${article}\u0000${key}`;
}

function withoutArticle(key: string): string {
  return key.replace(/^al /, "");
}

/**
 * Entities of an article that another entity's mentions wholly cover ("U.S." named again by a
 * later stage, "the Jewish state" inside a listed periphrasis) are that entity: key -> its key.
 * A listed actor or the entity with more mentions covers; an unlisted one never covers a listed.
 */
function coveringEntities(entities: readonly LocalEntity[]): Map<string, string> {
  // Role mentions cover too: "Iraqi counterpart" named by a later stage is whom "his Iraqi
  // counterpart" was resolved to. A demonym never does: it qualifies the group it opens
  // ("Palestinian guards"), however much of the phrase it spans.
  const spans = entities.flatMap((e) =>
    e.mentions.filter((m) => m.kind !== "demonym").map((m) => ({ e, start: m.start, end: m.end })),
  );
  const out = new Map<string, string>();
  for (const e of entities) {
    if (e.key.startsWith("kb:") || !printed(e).length) continue;
    const cover = commonCover(spans, printed(e), e);
    if (cover && outranks(cover, e)) out.set(e.key, cover.key);
  }
  return out;
}

function printed(e: LocalEntity): Mention[] {
  return e.mentions.filter((m) => !UNPRINTED.has(m.kind));
}

/**
 * The one other entity whose mentions hold most of each of `mentions` ("U.S." over "U.S",
 * "the Jewish state" over "Jewish state"), or null.
 */
function commonCover(
  spans: readonly { e: LocalEntity; start: number; end: number }[],
  mentions: readonly Mention[],
  self: LocalEntity,
): LocalEntity | null {
  let cover: LocalEntity | null = null;
  for (const m of mentions) {
    const holds = (s: { start: number; end: number }) =>
      overlap(s, m) >= COVER_SHARE * (m.end - m.start) && !namesAnother(m, s.end) && holdsHead(s, m);
    const c = spans.find((s) => s.e !== self && holds(s))?.e;
    if (!c || (cover && c !== cover)) return null;
    cover = c;
  }
  return cover;
}

/**
 * "New Zealand police" are not New Zealand: a description of a group in the plural is its head
 * noun, which ends it, so only a mention that reaches the head covers it.
 */
function holdsHead(cover: { end: number }, m: Mention): boolean {
  return m.kind !== "description" || cover.end >= m.end || !isPluralNoun(m.text.split(/\s+/).pop() ?? "");
}

/** "Donald Trump’s son", "Donald Trump Jr.": what follows the covering name makes another person. */
function namesAnother(m: Mention, coverEnd: number): boolean {
  return ANOTHER_PERSON.test(m.text.slice(coverEnd - m.start));
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function outranks(cover: LocalEntity, e: LocalEntity): boolean {
  return cover.key.startsWith("kb:") || cover.mentions.length > e.mentions.length;
}

/**
 * Listed actors by id; others by type family and transliteration key, a leading "al" dropped,
 * and for people their initials too ("Joseph L. Votel" = "Joseph Votel").
 */
function corpusKey(e: LocalEntity): string {
  if (e.key.startsWith("kb:")) return e.key;
  const key = withoutArticle(nameKey(e.name));
  return `${TYPE_FAMILY[e.type]}:${e.type === "PERSON" ? withoutInitials(key) : key}`;
}

function withoutInitials(key: string): string {
  const words = key.split(" ");
  const kept = words.filter((w, i) => w.length > 1 || i === 0);
  return kept.length >= 2 ? kept.join(" ") : key;
}

function isLoneSurname(e: LocalEntity): boolean {
  return e.key.startsWith("new:PERSON:") && surnameKeys(e.name).length === 0;
}

/** A group for a new entity: a listed actor keeps its id; others get a slug no entity has taken. */
function newGroup(e: LocalEntity, used: ReadonlySet<string>): Group {
  const listed = e.key.startsWith("kb:");
  const entity: Entity = {
    id: "",
    name: e.name,
    type: e.type,
    country: e.country,
    role: e.role,
    aliases: [],
    mentions: [],
  };
  entity.id = listed ? e.key.slice(3) : uniqueSlug(entity, used);
  return { entity, listed, forms: new Map() };
}

function absorb(
  g: Group,
  article: string,
  local: LocalEntity,
  journal: Journal,
  page: Page,
): ResolvedMention[] {
  const entity = g.entity;
  if (entity.country == null) journal.assign(entity, "country", local.country);
  if (entity.role == null) journal.assign(entity, "role", local.role);
  // A fuller name ("Elizabeth Tsurkov" after "Tsurkov") becomes the canonical one; a variant
  // spelling of the same length does not displace the first seen.
  if (entity.type === "PERSON" && !g.listed && wordCount(local.name) > wordCount(entity.name))
    journal.assign(entity, "name", local.name);
  const mentions: ResolvedMention[] = [];
  for (const m of local.mentions) {
    if (UNPRINTED.has(m.kind) && !namesPeople(m, local, page)) continue;
    const span = { article, start: m.start, end: m.end, text: m.text };
    journal.push(entity.mentions, span);
    journal.set(g.forms, m.text, (g.forms.get(m.text) ?? 0) + 1);
    mentions.push({ entity, span });
  }
  return mentions;
}

/** An article's text, and each state's adjectival demonym in lower case ("IRQ" -> "iraqi"). */
interface Page {
  text: string;
  adjectives: ReadonlyMap<string, string>;
}

/**
 * "Palestinians blamed Israel": a lone demonym other than the state's adjective stands for its
 * people as a noun, and names them, where "Palestinian officials" only qualifies the officials
 * and "two Palestinians" are some persons, not the people.
 */
function namesPeople(m: Mention, local: LocalEntity, page: Page): boolean {
  const adjective = m.kind === "demonym" && local.country ? page.adjectives.get(local.country) : undefined;
  if (adjective === undefined || /\s/.test(m.text) || m.text.toLowerCase() === adjective) return false;
  const before = /(\S+)\s+$/.exec(page.text.slice(Math.max(0, m.start - 30), m.start));
  return !before || !isNumber(before[1].toLowerCase());
}

function wordCount(name: string): number {
  return name.split(/\s+/).length;
}

function uniqueSlug(e: Entity, used: ReadonlySet<string>): string {
  const base = slug(e.name) || e.type.toLowerCase();
  if (!used.has(base)) return base;
  const typed = `${base}-${e.type.toLowerCase()}`;
  if (!used.has(typed)) return typed;
  let n = 2;
  while (used.has(`${typed}-${n}`)) n++;
  return `${typed}-${n}`;
}

export function slug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’ʼ]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}
