// Entities that the quote and event stages name for the first time ("a senior official",
// "Kestrian diplomats", "the Mossad intelligence agency"): each is printed as an entity of its own
// only when it names someone or something. A description whose head follows a known name may
// stand for it: a body named with its kind is the body ("the Mossad intelligence agency"), a
// state's agents are the state or its official of that role ("Kestrian diplomats" -> Kestria,
// "his Iraqi counterpart" -> the Iraqi minister named before); a state's other people and bodies
// keep their own entity with the state as affiliation ("the Kestrian intelligence agency").
// A description that names no one ("analysts", "the drone"), a text or an occasion ("the U.N.
// Charter"), a misread clause or a lone sentence-opening word stays a coreference link: quotes
// and events still point at it, but it is not printed as a name.
import type { KnowledgeBase } from "../../knowledge/index.js";
import { suffixOf } from "../quotes/phrase.js";
import type { ArticleAnalysis, LocalEntity, Mention, MentionKind, Sentence } from "../types.js";
import { isPeopleNoun, isPeoplePlural, isPluralNoun, type Lexicon, lexiconOf } from "./lexicon.js";

/** Mention kinds that name their entity; the others describe or point back. */
const NAMING: ReadonlySet<MentionKind> = new Set(["name", "alias", "acronym", "surname", "metonym"]);
/** Mention kinds that are links only; a known entity's such mention does not own a description. */
const LINKS: ReadonlySet<MentionKind> = new Set(["role", "pronoun"]);
/** Words that end a description's head noun phrase: "sources in the army", "people of Mosul". */
const PREPOSITIONS = new Set("in of from at by with for on to near inside within".split(" "));
/** Verbs that no noun phrase holds: a description with one is a misread clause. */
const VERBS = new Set(
  "is are was were be been will would can could must shall should may might has have had".split(" "),
);
/** Shared by the word loops below, which reset its lastIndex (none calls another mid-loop). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const LEADING_OPENERS = /^[\s"“‘'([—–-]*$/u;
/** Between an owner and the head: a possessive and lower-case modifiers ("Kestria's defence"). */
const MODIFIERS_ONLY = /^(?:['’]s)?(?:\s+\p{Ll}[\p{L}-]*)*\s+$/u;

interface Known {
  mention: Mention;
  entity: LocalEntity;
}

type Fate = { kind: "keep"; entity: LocalEntity } | { kind: "attach"; to: LocalEntity } | { kind: "link" };

/** The article's entities with the introduced ones resolved, and quotes and events pointing at them. */
export function resolveIntroduced(analysis: ArticleAnalysis, kb: KnowledgeBase): ArticleAnalysis {
  const introduced = mergedByKey([...analysis.quotes, ...analysis.events].flatMap((x) => x.introduced ?? []));
  if (!introduced.length) return analysis;
  const byKey = new Map(analysis.entities.map((e) => [e.key, { ...e, mentions: [...e.mentions] }]));
  const known = knownMentions([...byKey.values()]);
  const context: Context = { analysis, known, lex: lexiconOf(kb) };
  const rekeyed = new Map<string, string>();
  for (const e of introduced) {
    const same = byKey.get(e.key);
    if (same) {
      addMentions(
        same,
        e.mentions.map((m) => (namesAgentOf(same, m, context) ? asLink(m) : m)),
      );
      continue;
    }
    const fate = fateOf(e, context);
    if (fate.kind === "keep") byKey.set(e.key, fate.entity);
    else if (fate.kind === "link") byKey.set(e.key, asLinks(e));
    else {
      addMentions(fate.to, asLinks(e).mentions);
      rekeyed.set(e.key, fate.to.key);
    }
  }
  // Most entities gained no mention out of order; sorting copies the array even when it is sorted.
  for (const e of byKey.values())
    if (!isSortedByStart(e.mentions)) e.mentions.sort((a, b) => a.start - b.start);
  return { ...withKeys(analysis, rekeyed), entities: [...byKey.values()] };
}

interface Context {
  analysis: ArticleAnalysis;
  known: readonly Known[];
  lex: Lexicon;
}

function fateOf(e: LocalEntity, ctx: Context): Fate {
  const names = e.mentions.filter((m) => NAMING.has(m.kind));
  const descriptions = e.mentions.filter((m) => m.kind === "description" || isBareTitle(m, ctx));
  const misread = (m: Mention) => isRecord(m, ctx) || isClause(m);
  if (names.some(misread) || descriptions.some(misread)) return { kind: "link" };
  const cover = coveringEntity(names, ctx);
  if (cover) return { kind: "attach", to: cover };
  if (descriptions.length < names.length) return fateOfName(e, names, ctx);
  for (const d of descriptions) {
    const head = headOf(d);
    const owner = head && ownerBefore(d, head, ctx);
    if (head && owner) return fateOfOwned(asGroup(e, head.word, ctx.lex), head.word, owner, ctx);
  }
  const named = descriptions.find((d) => hasInnerCapital(d, ctx));
  return named ? { kind: "keep", entity: asGroup(e, headOf(named)?.word ?? "", ctx.lex) } : { kind: "link" };
}

/**
 * "Syrian civilians", "the Members of the Council": people in the plural are a group, not a
 * person; "Syrian rebels" an armed one.
 */
function asGroup(e: LocalEntity, head: string, lex: Lexicon): LocalEntity {
  if (e.type !== "PERSON" || !isPluralNoun(head)) return copy(e);
  return { ...e, type: lex.armedMenNouns.has(head.toLowerCase()) ? "ARMED_GROUP" : "ORGANIZATION" };
}

/** "Iraqi Prime Minister" written as a name: a title without one, a description of its holder. */
function isBareTitle(m: Mention, ctx: Context): boolean {
  if (m.kind !== "name") return false;
  const head = headOf(m);
  return head !== null && head.start + head.word.length === m.end && ctx.lex.agentNouns.has(head.word);
}

/** "will gather around the call": a clause taken for a noun phrase. */
function isClause(m: Mention): boolean {
  WORD.lastIndex = 0;
  for (let w = WORD.exec(m.text); w; w = WORD.exec(m.text)) if (VERBS.has(w[0].toLowerCase())) return true;
  return false;
}

/** "Force" of "the Air Force", "Iraqi Prime Minister" of a titled name: the known entity holding the names. */
function coveringEntity(names: readonly Mention[], ctx: Context): LocalEntity | null {
  if (!names.length) return null;
  for (const k of ctx.known) if (!LINKS.has(k.mention.kind) && coversAll(k.mention, names)) return k.entity;
  return null;
}

/** A plain loop: a callback per known mention would be a closure for each. */
function coversAll(k: Mention, names: readonly Mention[]): boolean {
  for (const m of names) if (!covers(k, m)) return false;
  return true;
}

/** A lone capitalized word that only ever opens a sentence ("Whilst", "Following") names nothing. */
function fateOfName(e: LocalEntity, names: readonly Mention[], ctx: Context): Fate {
  const { text } = ctx.analysis.article;
  const { sentences } = ctx.analysis.segmentation;
  const word = names[0].text;
  const lone = names.every((m) => m.text === word) && !/\s/.test(word);
  if (lone && (isNoName(word, ctx.lex) || !capitalizedInside(text, word, sentences))) return { kind: "link" };
  // "Soldiers", "Leaders" capitalized as a name: people in the plural, not one person named so.
  return {
    kind: "keep",
    entity: lone && isPeoplePlural(word, ctx.lex) ? asGroup(e, word, ctx.lex) : copy(e),
  };
}

/** "Z", "IED", "Ramadan": a lone word that the knowledge says names no actor. */
function isNoName(word: string, lex: Lexicon): boolean {
  return word.length === 1 || lex.notNames.has(word) || lex.notAcronyms.has(word);
}

/**
 * Does the word occur past the start of a sentence ("said Conway", not only "Conway said")? A hit
 * inside a longer word counts too: it only errs towards keeping a name.
 */
function capitalizedInside(text: string, word: string, sentences: readonly Sentence[]): boolean {
  let s = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    while (s + 1 < sentences.length && sentences[s + 1].start <= at) s++;
    if (!LEADING_OPENERS.test(text.slice(sentences[s]?.start ?? 0, at))) return true;
  }
  return false;
}

/**
 * A description whose head follows a known name ("Kestrian diplomats", "the Mossad intelligence
 * agency"): see the module comment. An armed group's fighters and means are the group; a body's
 * other people ("the CNN host", "FBI officials") keep an entity of their own: a quote of theirs
 * is not the body's word.
 */
function fateOfOwned(e: LocalEntity, head: string, owner: LocalEntity, ctx: Context): Fate {
  const { lex } = ctx;
  if (owner.type === "COUNTRY") {
    const official = officialOf(owner, head, ctx);
    if (official) return { kind: "attach", to: official };
    if (isStateAgent(e, head, ctx)) return { kind: "attach", to: owner };
    return { kind: "keep", entity: { ...copy(e), country: e.country ?? owner.country } };
  }
  const kinds = owner.type === "MEDIA" ? lex.outletNouns : lex.bodyNouns;
  const standsFor =
    kinds.has(head) ||
    (owner.type === "ARMED_GROUP" && (lex.agentNouns.has(head) || lex.armedMenNouns.has(head)));
  return standsFor && owner.type !== "PERSON"
    ? { kind: "attach", to: owner }
    : { kind: "keep", entity: copy(e) };
}

/**
 * "Kestrian diplomats" act for Kestria; "Kestrian militants", "Kestrian leaders" and "Kestrian
 * rebel leaders" are a group of their own, whatever their country.
 */
function isStateAgent(e: LocalEntity, head: string, ctx: Context): boolean {
  const { lex } = ctx;
  if (!lex.agentNouns.has(head) || lex.notStateAgentNouns.has(head)) return false;
  return !e.mentions.some(
    (m) => m.kind === "description" && wordsOf(m.text).some((w) => lex.nonStateModifiers.has(w)),
  );
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** The person of the owner state with the head's role ("counterpart": any), named last. */
function officialOf(owner: LocalEntity, head: string, ctx: Context): LocalEntity | null {
  let best: LocalEntity | null = null;
  let bestAt = -1;
  for (const { mention, entity } of ctx.known) {
    if (mention.start <= bestAt || entity.type !== "PERSON") continue;
    if (entity.country !== owner.country || !holdsRole(entity, head)) continue;
    best = entity;
    bestAt = mention.start;
  }
  return best;
}

function holdsRole(person: LocalEntity, head: string): boolean {
  return head === "counterpart" || (person.role?.toLowerCase().split(/\s+/).includes(head) ?? false);
}

interface Head {
  word: string;
  start: number;
}

/** The description's head noun: its last word before a preposition, in lower case. */
function headOf(d: Mention): Head | null {
  let word: string | null = null;
  let at = 0;
  WORD.lastIndex = 0;
  for (let w = WORD.exec(d.text); w; w = WORD.exec(d.text)) {
    const lower = w[0].toLowerCase();
    if (word !== null && PREPOSITIONS.has(lower)) break;
    word = lower;
    at = w.index;
  }
  return word === null ? null : { word, start: d.start + at };
}

/** "the U.N. Charter", "the reports by Al-Hadath": a text or record, not an actor. */
function isRecord(m: Mention, ctx: Context): boolean {
  const head = headOf(m);
  return head !== null && ctx.lex.recordNouns.has(head.word);
}

/**
 * The known entity named right before the head, with only lower-case modifiers between; not
 * the second half of a compound ("African-American members").
 */
function ownerBefore(d: Mention, head: Head, ctx: Context): LocalEntity | null {
  let owner: Known | null = null;
  for (const k of ctx.known) {
    if (k.mention.start >= head.start) break;
    if (k.mention.start >= d.start && k.mention.end <= head.start && !LINKS.has(k.mention.kind)) owner = k;
  }
  if (!owner || isHyphen(ctx.analysis.article.text[owner.mention.start - 1])) return null;
  const between = ctx.analysis.article.text.slice(owner.mention.end, head.start);
  return MODIFIERS_ONLY.test(between) ? owner.entity : null;
}

/**
 * A capital past the first word of its sentence: the description holds a name ("Coalition
 * partners", "the commander of Central Command"). Past the head, only a description of people
 * counts it: "the use of gas in Homs", "including one in Aleppo" name no one.
 */
function hasInnerCapital(d: Mention, ctx: Context): boolean {
  const { text } = ctx.analysis.article;
  const head = headOf(d);
  const last = head && !isPeopleNoun(head.word, ctx.lex) ? head.start : d.end;
  let first = opensSentence(text, d, ctx.analysis.segmentation.sentences);
  WORD.lastIndex = 0;
  for (let w = WORD.exec(d.text); w; w = WORD.exec(d.text)) {
    if (d.start + w.index > last) break;
    if (!first && w[0][0] !== w[0][0].toLowerCase()) return true;
    first = false;
  }
  return false;
}

function opensSentence(text: string, m: Mention, sentences: readonly Sentence[]): boolean {
  const sentence = sentences[m.sentence];
  return sentence !== undefined && LEADING_OPENERS.test(text.slice(sentence.start, m.start));
}

function isHyphen(c: string | undefined): boolean {
  return c === "-" || c === "‐";
}

/** Does known mention `k` hold most of mention `m`? A demonym holds only what it spans: "Bosnian Serbs" are no Bosnia. */
function covers(k: Mention, m: Mention): boolean {
  if (k.kind === "demonym" && (k.start > m.start || k.end < m.end)) return false;
  const overlap = Math.min(k.end, m.end) - Math.max(k.start, m.start);
  // "Trump Jr." is not the Trump whose mention covers most of it.
  return overlap * 2 > m.end - m.start && suffixOf(m.text) === suffixOf(k.text);
}

function isSortedByStart(mentions: readonly Mention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i - 1].start > mentions[i].start) return false;
  return true;
}

function knownMentions(entities: readonly LocalEntity[]): Known[] {
  return entities
    .flatMap((entity) => entity.mentions.map((mention) => ({ mention, entity })))
    .sort((a, b) => a.mention.start - b.mention.start);
}

/** One entity per key, its mentions from every quote and event that introduced it. */
function mergedByKey(entities: readonly LocalEntity[]): LocalEntity[] {
  const byKey = new Map<string, LocalEntity>();
  for (const e of entities) {
    const seen = byKey.get(e.key);
    if (seen) addMentions(seen, e.mentions);
    else byKey.set(e.key, copy(e));
  }
  return [...byKey.values()];
}

/** The mention starts of each entity being assembled, so adding mentions stays linear in their number. */
const startsOf = new WeakMap<LocalEntity, Set<number>>();

function addMentions(e: LocalEntity, mentions: readonly Mention[]): void {
  let starts = startsOf.get(e);
  if (!starts) {
    starts = new Set(e.mentions.map((k) => k.start));
    startsOf.set(e, starts);
  }
  for (const m of mentions) {
    if (starts.has(m.start)) continue;
    starts.add(m.start);
    e.mentions.push(m);
  }
}

function copy(e: LocalEntity): LocalEntity {
  return { ...e, mentions: [...e.mentions] };
}

/** The entity with its mentions as coreference links: quotes and events find it, the document does not print it. */
function asLinks(e: LocalEntity): LocalEntity {
  return { ...e, mentions: e.mentions.map(asLink) };
}

function asLink(m: Mention): Mention {
  return { ...m, kind: "role" };
}

/** "Minister of Foreign Affairs of Iraq" said of Iraq: a mention of its agent, not a name of the body. */
function namesAgentOf(e: LocalEntity, m: Mention, ctx: Context): boolean {
  const head = e.type === "PERSON" ? null : headOf(m);
  return head !== null && ctx.lex.agentNouns.has(head.word);
}

/** Quotes and events with every re-keyed entity key replaced. */
function withKeys(analysis: ArticleAnalysis, rekeyed: ReadonlyMap<string, string>): ArticleAnalysis {
  if (!rekeyed.size) return analysis;
  const key = (k: string | null) => (k === null ? null : (rekeyed.get(k) ?? k));
  const keys = (ks: readonly string[]) => [...new Set(ks.map((k) => rekeyed.get(k) ?? k))];
  return {
    ...analysis,
    quotes: analysis.quotes.map((q) => ({ ...q, speaker: key(q.speaker), via: keys(q.via) })),
    events: analysis.events.map((ev) => ({
      ...ev,
      actor: key(ev.actor),
      target: key(ev.target),
      location: key(ev.location),
      attribution: keys(ev.attribution),
    })),
  };
}
