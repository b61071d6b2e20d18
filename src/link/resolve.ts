// Corpus-wide entity resolution: one entity per real-world actor across articles. Listed actors
// are joined by their knowledge-base id; others by a transliteration key of their name within a
// family of compatible types ("Thabit"/"Thabet", "al-Nujaba"/"Nujaba"), and a lone surname joins
// the one person of the corpus who bears it. Nothing else is merged: Iraq and Iran, a state and
// its army, an outlet and its country stay apart because their names differ.
import { surnameKeys } from "../analyze/entities/assemble.js";
import type { ArticleAnalysis, LocalEntity, Mention, MentionKind } from "../analyze/types.js";
import type { Entity, EntityType } from "../contract/types.js";
import { nameKey } from "../knowledge/actors.js";
import type { KnowledgeBase } from "../knowledge/index.js";

/** Corpus-wide entities, and the id that an article-local entity key resolved to. */
export interface EntityResolution {
  entities: Entity[];
  idOf(article: string, key: string): string | null;
}

/**
 * Mention kinds that are links for other stages, not names to print: coreference, and a
 * demonym ("Russian officials"), which qualifies the officials rather than naming the state.
 */
const UNPRINTED: ReadonlySet<MentionKind> = new Set(["role", "pronoun", "demonym"]);

/** How much of a mention another entity's mention must hold for the two to be one entity. */
const COVER_SHARE = 0.6;

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
  /** How often each surface form named it, for the canonical name of an unlisted entity. */
  forms: Map<string, number>;
}

interface Local {
  article: string;
  local: LocalEntity;
}

export function resolveEntities(analyses: readonly ArticleAnalysis[], _kb: KnowledgeBase): EntityResolution {
  const covered = new Map<string, string>();
  const locals: Local[] = [];
  for (const a of analyses) {
    const cover = coveringEntities(a.entities);
    for (const local of a.entities) {
      const by = cover.get(local.key);
      if (by) covered.set(`${a.article.id}\u0000${local.key}`, `${a.article.id}\u0000${by}`);
      else locals.push({ article: a.article.id, local });
    }
  }
  const groupOf = new Map<string, Group>();
  const groups: Group[] = [];
  const ids = new Map<string, Group>();
  const join = (l: Local, key: string) => {
    let g = groupOf.get(key);
    if (!g) {
      g = newGroup(l.local);
      groupOf.set(key, g);
      groups.push(g);
    }
    ids.set(`${l.article}\u0000${l.local.key}`, g);
    absorb(g, l);
  };
  const loneSurnames: Local[] = [];
  for (const l of locals) {
    if (isLoneSurname(l.local)) loneSurnames.push(l);
    else join(l, corpusKey(l.local));
  }
  const bySurname = personsBySurname(groups);
  for (const l of loneSurnames) {
    const person = bySurname.get(nameKey(l.local.name).replace(/^al /, ""));
    if (person) {
      ids.set(`${l.article}\u0000${l.local.key}`, person);
      absorb(person, l);
    } else join(l, corpusKey(l.local));
  }
  for (const [local, by] of covered) {
    const g = ids.get(by);
    if (g) ids.set(local, g);
  }
  const entities = finish(groups);
  return {
    entities,
    idOf: (article, key) => ids.get(`${article}\u0000${key}`)?.entity.id ?? null,
  };
}

/**
 * Entities of an article that another entity's mentions wholly cover ("U.S." named again by a
 * later stage, "the Jewish state" inside a listed periphrasis) are that entity: key -> its key.
 * A listed actor or the entity with more mentions covers; an unlisted one never covers a listed.
 */
function coveringEntities(entities: readonly LocalEntity[]): Map<string, string> {
  // Role mentions cover too: "Iraqi counterpart" named by a later stage is whom "his Iraqi
  // counterpart" was resolved to.
  const spans = entities.flatMap((e) => e.mentions.map((m) => ({ e, start: m.start, end: m.end })));
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
    const c = spans.find((s) => s.e !== self && overlap(s, m) >= COVER_SHARE * (m.end - m.start))?.e;
    if (!c || (cover && c !== cover)) return null;
    cover = c;
  }
  return cover;
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
  const key = nameKey(e.name).replace(/^al /, "");
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

/** Surname key -> the one person group bearing it (none where two people share it). */
function personsBySurname(groups: readonly Group[]): Map<string, Group> {
  const seen = new Map<string, Group | null>();
  for (const g of groups) {
    if (g.entity.type !== "PERSON") continue;
    for (const s of surnameKeys(g.entity.name)) {
      const key = s.replace(/^al /, "");
      const other = seen.get(key);
      seen.set(key, other === undefined || other === g ? g : null);
    }
  }
  const out = new Map<string, Group>();
  for (const [k, g] of seen) if (g) out.set(k, g);
  return out;
}

function newGroup(e: LocalEntity): Group {
  const id = e.key.startsWith("kb:") ? e.key.slice(3) : "";
  return {
    entity: { id, name: e.name, type: e.type, country: e.country, role: e.role, aliases: [], mentions: [] },
    forms: new Map(),
  };
}

function absorb(g: Group, l: Local): void {
  g.entity.country ??= l.local.country;
  g.entity.role ??= l.local.role;
  // A fuller name ("Elizabeth Tsurkov" after "Tsurkov") becomes the canonical one; a variant
  // spelling of the same length does not displace the first seen.
  if (g.entity.type === "PERSON" && !g.entity.id && wordCount(l.local.name) > wordCount(g.entity.name)) {
    g.entity.name = l.local.name;
  }
  for (const m of l.local.mentions) {
    if (UNPRINTED.has(m.kind)) continue;
    g.entity.mentions.push({ article: l.article, start: m.start, end: m.end, text: m.text });
    g.forms.set(m.text, (g.forms.get(m.text) ?? 0) + 1);
  }
}

function wordCount(name: string): number {
  return name.split(/\s+/).length;
}

/** Canonical names, aliases and ids: a listed actor keeps its id; others get a unique slug. */
function finish(groups: readonly Group[]): Entity[] {
  const used = new Set(groups.filter((g) => g.entity.id).map((g) => g.entity.id));
  for (const g of groups) {
    g.entity.aliases = [...g.forms.keys()].filter((f) => f !== g.entity.name);
    if (g.entity.id) continue;
    g.entity.id = uniqueSlug(g.entity, used);
    used.add(g.entity.id);
  }
  return groups.map((g) => g.entity);
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
