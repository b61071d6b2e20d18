// Who a speaker phrase denotes. In order: an entity whose mention covers the phrase's head;
// for a pronoun or a definite role or report noun ("he", "the minister", "the newspaper") the
// latest compatible speaker; for a name, a person already named with that surname; otherwise a
// new entity for the phrase, which the quote carries in `introduced`.
import type { EntityType } from "../../contract/types.js";
import type { CueLexicon } from "../../knowledge/cues.js";
import { sentenceAt } from "../segment.js";
import type { LocalEntity, Mention, MentionKind, Range, Sentence } from "../types.js";
import { type SpeakerPhrase, suffixOf } from "./phrase.js";

export interface ResolvedSpeaker {
  key: string | null;
  /** A new entity, or a known one with the mention made here; the pipeline merges it by key. */
  introduced: LocalEntity | null;
}

interface Spoken {
  entity: LocalEntity;
  at: number;
}

interface IndexedMention {
  mention: Mention;
  entity: LocalEntity;
}

export interface ResolverOptions {
  text: string;
  entities: readonly LocalEntity[];
  sentences: readonly Sentence[];
  lex: CueLexicon;
  /** True when the name is a known outlet's (the outlet registry). */
  isOutletName: (name: string) => boolean;
}

const NO_ONE: ResolvedSpeaker = { key: null, introduced: null };
/** Longer than any mention, so a mention starting this far before a range cannot overlap it. */
const MAX_MENTION_LENGTH = 200;
const LEADING_ARTICLE = /^(?:the|a|an)\s+/i;
const SURNAME_PREFIX = /^(?:al|el|ad|as|ash|at|az|ar)[-\s]/u;
/** A dateline's place before its wire credit: "Washington (", "GAZA CITY, Gaza Strip (". */
const WIRE_CREDIT_PLACE = /^[^\n!?()]{1,40}\($/;
const WIRE_CREDIT_END = /^\)\s?[—–-]/;
const WIRE_CREDIT_END_LENGTH = 3;
/** Words a sentence may open with before its subject: "But former President ...", "“Mr. ...". */
const MAX_WORDS_BEFORE_SUBJECT = 3;
/**
 * "In his interview with Fox News, ", "Still, " before a subject: a prepositional phrase or a
 * connective closed by a comma.
 */
const OPENING_ADVERBIAL =
  /^(?:in|on|at|during|after|before|since|with|from|for|despite|amid|following|earlier|later|still|however|meanwhile|instead|yet|but|and|now)\b[^,;:“”"]{0,80},\s*/iu;

/** Lower case, curly marks folded, spaces collapsed, a leading article dropped. */
export function normalizePhrase(s: string): string {
  const lower = s.toLowerCase();
  // Most phrases are words and single spaces: one test spares them the three rewrites.
  const folded = UNFOLDED.test(lower) ? foldMarksAndSpaces(lower) : lower;
  return folded.replace(/^(?:the|a|an) /, "");
}

/** What foldMarksAndSpaces changes: a curly mark, or spacing other than single spaces between words. */
const UNFOLDED = /[‘’`´“”„«»]|[^\S ]| {2}|^ | $/;

function foldMarksAndSpaces(s: string): string {
  return s
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

const COURTESY = /^(?:mr|mrs|ms|miss|dr)\.? /u;
/** The lower-case word after a mention: its verb, when a clause opens with it. */
const LOWER_WORD_AFTER = /^\s+(\p{Ll}+)/u;
const bareName = (name: string) => normalizePhrase(name).replace(COURTESY, "");
const surnameOf = (name: string) => bareName(name).split(" ").pop()?.replace(SURNAME_PREFIX, "") ?? "";

export class SpeakerResolver {
  private readonly mentions: IndexedMention[];
  private readonly byKey = new Map<string, LocalEntity>();
  private readonly byName = new Map<string, LocalEntity>();
  private readonly bySurname = new Map<string, LocalEntity>();
  private readonly spoken: Spoken[] = [];
  private readonly created = new Set<string>();
  /** The gender "he" or "she" gave an entity here. */
  private readonly genders = new Map<string, Gender>();
  /** The words of an entity's role, name and titled mentions, abbreviations spelled out, computed once. */
  private readonly roleWords = new Map<string, Set<string>>();
  /** The gender an entity's titles, role or given name tell, computed once. */
  private readonly namedGenders = new Map<string, Gender | undefined>();

  constructor(private readonly options: ResolverOptions) {
    this.mentions = options.entities
      .flatMap((entity) => entity.mentions.map((mention) => ({ mention, entity })))
      .sort((a, b) => a.mention.start - b.mention.start);
    for (const e of options.entities) this.learn(e);
  }

  resolve(phrase: SpeakerPhrase, sentence: number): ResolvedSpeaker {
    const covering = this.mentionCovering(phrase.headRange);
    if (covering && this.denotes(covering, phrase)) return this.known(covering.entity);
    if (phrase.kind === "pronoun") return this.pronoun(phrase);
    if (phrase.kind === "name") return this.name(phrase, sentence);
    return (
      this.anaphor(phrase) ?? this.introduce(phrase, descriptionType(phrase, this.options.lex), sentence)
    );
  }

  /**
   * A covering mention denotes the speaker unless the phrase says otherwise: a courtesy title of
   * the other gender ("Mrs. Trump" is not Mr. Trump), a generational suffix the mention lacks
   * ("Trump Jr." is not Trump), or a longer name around a place ("Priorities USA").
   */
  private denotes({ mention, entity }: IndexedMention, phrase: SpeakerPhrase): boolean {
    const said = genderOfWords(phrase.text);
    if (said && this.genderOf(entity) === opposite(said)) return false;
    if (suffixOf(phrase.name?.text ?? "") !== suffixOf(mention.text)) return false;
    const place = entity.type === "COUNTRY" || entity.type === "LOCATION";
    return !(place && phrase.name && phrase.name.start < mention.start);
  }

  /** The outlet a hearer phrase names ("told Maariv", "told the Saudi newspaper"), which relayed the words. */
  resolveOutlet(phrase: SpeakerPhrase, sentence: number): ResolvedSpeaker {
    const covering = this.mentionCovering(phrase.headRange);
    if (covering) return covering.entity.type === "MEDIA" ? this.known(covering.entity) : NO_ONE;
    if (phrase.kind === "name")
      return nameType(phrase, this.options) === "MEDIA" ? this.name(phrase, sentence) : NO_ONE;
    if (phrase.kind === "description" && this.options.lex.reportNouns.has(phrase.head))
      return this.anaphor(phrase) ?? NO_ONE;
    return NO_ONE;
  }

  /** Records who spoke at `at`, for the pronouns and role nouns that follow. */
  remember(key: string, at: number): void {
    const entity = this.byKey.get(key);
    if (entity) this.spoken.push({ entity, at });
  }

  /** A known entity; one this resolver created travels with the quote, so the pipeline keeps it. */
  private known(entity: LocalEntity): ResolvedSpeaker {
    return { key: entity.key, introduced: this.created.has(entity.key) ? entity : null };
  }

  /** Binary search for the first mention ending after the range, then the one overlapping it. */
  private mentionCovering(range: Range): IndexedMention | null {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].mention.start < range.start - MAX_MENTION_LENGTH) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.mentions.length && this.mentions[i].mention.start < range.end; i++) {
      if (this.mentions[i].mention.end > range.start) return this.mentions[i];
    }
    return null;
  }

  private pronoun(phrase: SpeakerPhrase): ResolvedSpeaker {
    const types = pronounTypes(phrase.head);
    if (!types) return NO_ONE;
    const gender = PRONOUN_GENDER[phrase.head];
    const wanted = (e: LocalEntity) => types(e) && (!gender || this.genderOf(e) !== opposite(gender));
    const entity =
      laterOf(this.lastSpokenAt(wanted, phrase.start), this.lastSubjectAt(wanted, phrase.start)) ??
      this.lastMentionedAt(wanted, phrase.start)?.entity;
    if (!entity) return NO_ONE;
    if (gender) this.genders.set(entity.key, gender);
    return this.known(entity);
  }

  /**
   * What "he" or "she" said of the entity before, else what its titles and role say, else its
   * given name, else unknown.
   */
  private genderOf(e: LocalEntity): Gender | undefined {
    const said = this.genders.get(e.key);
    if (said) return said;
    if (!this.namedGenders.has(e.key)) {
      const words = [e.role ?? "", ...e.mentions.map((m) => m.text)].join(" ");
      this.namedGenders.set(e.key, genderOfWords(words) ?? this.genderOfGivenName(e.name));
    }
    return this.namedGenders.get(e.key);
  }

  private genderOfGivenName(name: string): Gender | undefined {
    const words = normalizePhrase(name).split(" ");
    if (words.length < 2) return undefined;
    const { feminineNames, masculineNames } = this.options.lex;
    if (feminineNames.has(words[0])) return "f";
    return masculineNames.has(words[0]) ? "m" : undefined;
  }

  private name(phrase: SpeakerPhrase, sentence: number): ResolvedSpeaker {
    const name = phrase.name ?? phrase;
    const known = this.byName.get(normalizePhrase(name.text)) ?? this.bySurnameOnly(name.text);
    if (known)
      return { key: known.key, introduced: { ...known, mentions: [mentionOf(name, "surname", sentence)] } };
    return this.introduce(phrase, nameType(phrase, this.options), sentence);
  }

  /** A one-word name ("Abbasi", "al-Abbasi") is the person named earlier with that surname. */
  private bySurnameOnly(name: string): LocalEntity | undefined {
    return bareName(name).split(" ").length === 1 ? this.bySurname.get(surnameOf(name)) : undefined;
  }

  /**
   * "the minister" -> the latest speaker with that role or head noun ("a spokesperson for X" ...
   * "the spokesperson"), else the latest named person of a fitting gender, one of no known role
   * first; "the report" -> the latest outlet; "the statement" -> the latest speaker whose words
   * came in a statement.
   */
  private anaphor(phrase: SpeakerPhrase): ResolvedSpeaker | null {
    if (!phrase.definite) return null;
    const { lex } = this.options;
    if (lex.reportNouns.has(phrase.head)) {
      const outlet = this.latestOutlet(phrase.start);
      return outlet ? this.known(outlet) : null;
    }
    if (lex.documentNouns.has(phrase.head)) {
      const author = this.lastSpokenAt((_, at) => this.sentenceHas(at, phrase.head), phrase.start);
      return author ? this.known(author.entity) : null;
    }
    if (!lex.roleNouns.has(phrase.head)) return null;
    const gender = genderOfWords(phrase.text);
    const fits = (e: LocalEntity) => !gender || this.genderOf(e) !== opposite(gender);
    // A speaker of unknown role may hold this one ("Romney said ... the senator said"), one of another role not.
    // A subject named with the role counts as a speaker does ("Sen. Ana Ruiz set out a plan. ... the senator said").
    const holder = (e: LocalEntity) => fits(e) && this.holdsRole(e, phrase.head);
    const person =
      laterOf(
        this.lastSpokenAt(holder, phrase.start),
        this.lastSubjectAt((e) => holder(e) && isNamedPerson(e), phrase.start),
      ) ??
      this.lastSpoken((e) => fits(e) && isNamedPerson(e) && !e.role, phrase.start) ??
      this.lastSpoken((e) => fits(e) && isNamedPerson(e), phrase.start);
    return person ? this.known(person) : null;
  }

  /**
   * The role noun is in the entity's role ("Gov." is a governor), in a title it is named with ("Sen.
   * Ana Ruiz") or heads its description ("spokesperson for X").
   */
  private holdsRole(e: LocalEntity, head: string): boolean {
    let roles = this.roleWords.get(e.key);
    if (!roles) {
      const { titleAbbreviations } = this.options.lex;
      const titled = e.type === "PERSON" ? [e.name, ...e.mentions.map((m) => m.text)] : [];
      const words = normalizePhrase([e.role ?? "", ...titled].join(" ")).split(/[\s.]+/);
      roles = new Set(words.flatMap((w) => [w, titleAbbreviations.get(w) ?? w]));
      this.roleWords.set(e.key, roles);
    }
    return roles.has(head);
  }

  /** The later of the latest outlet that spoke and the latest one named. */
  private latestOutlet(before: number): LocalEntity | null {
    const isOutlet = (e: LocalEntity) => e.type === "MEDIA";
    const spoken = this.lastSpokenAt(isOutlet, before);
    const mentioned = this.lastMentionedAt(isOutlet, before);
    if (!mentioned) return spoken?.entity ?? null;
    return spoken && spoken.at > mentioned.at ? spoken.entity : mentioned.entity;
  }

  /**
   * "Washington (AFP) –": the mention is the wire credit of a dateline, in parentheses before a
   * dash after the place opening its line. The agency that filed the story is not what "it" or
   * "the report" refers back to.
   */
  private isWireCredit(m: Mention): boolean {
    const { text } = this.options;
    const lineStart = text.lastIndexOf("\n", m.start) + 1;
    return (
      WIRE_CREDIT_PLACE.test(text.slice(lineStart, m.start)) &&
      WIRE_CREDIT_END.test(text.slice(m.end, m.end + WIRE_CREDIT_END_LENGTH))
    );
  }

  private lastSpoken(accept: (e: LocalEntity) => boolean, before: number): LocalEntity | null {
    return this.lastSpokenAt(accept, before)?.entity ?? null;
  }

  private lastSpokenAt(accept: (e: LocalEntity, at: number) => boolean, before: number): Spoken | null {
    for (let i = this.spoken.length - 1; i >= 0; i--) {
      const s = this.spoken[i];
      if (s.at < before && accept(s.entity, s.at)) return s;
    }
    return null;
  }

  /** "Trump said in a statement ..." ... "the statement continued": the speaker's sentence names the document. */
  private sentenceHas(at: number, word: string): boolean {
    const { sentences, text } = this.options;
    const sentence = sentences[sentenceAt(sentences, at)];
    return (
      sentence !== undefined &&
      new RegExp(`\\b${word}\\b`, "i").test(text.slice(sentence.start, sentence.end))
    );
  }

  private lastMentionedAt(accept: (e: LocalEntity) => boolean, before: number): Spoken | null {
    return this.lastMentionWhere((m, e) => m.kind !== "pronoun" && accept(e), before);
  }

  /**
   * The latest entity named as a sentence's subject: in "Ms. Rice demurred. “...,” she said." the
   * pronoun takes the subject just named over an earlier speaker.
   */
  private lastSubjectAt(accept: (e: LocalEntity) => boolean, before: number): Spoken | null {
    return this.lastMentionWhere(
      (m, e) => isNameKind(m.kind) && accept(e) && (this.opensSentence(m) || this.opensClause(m)),
      before,
    );
  }

  /** Mentions are sorted: a binary search finds the last one before `before`, then the scan goes back. */
  private lastMentionWhere(test: (m: Mention, e: LocalEntity) => boolean, before: number): Spoken | null {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].mention.start < before) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) {
      const { mention, entity } = this.mentions[i];
      if (test(mention, entity) && !this.isWireCredit(mention)) return { entity, at: mention.start };
    }
    return null;
  }

  /** "On Friday, the day that X stood ..., Trump bashed the inquiry": a name after a comma, before its verb. */
  private opensClause(mention: Mention): boolean {
    const { text, lex } = this.options;
    if (!/,\s*$/.test(text.slice(Math.max(0, mention.start - 3), mention.start))) return false;
    const verb = LOWER_WORD_AFTER.exec(text.slice(mention.end, mention.end + 30))?.[1];
    return verb !== undefined && (verb.endsWith("ed") || lex.verbs.has(verb));
  }

  /** The mention is its sentence's subject: first, or after a short opening adverbial ("In an interview, X ..."). */
  private opensSentence(mention: Mention): boolean {
    const sentence = this.options.sentences[mention.sentence];
    if (!sentence) return false;
    const before = this.options.text.slice(sentence.start, mention.start);
    const adverbial = OPENING_ADVERBIAL.exec(before);
    if (adverbial) return adverbial[0].length === before.length;
    return !/[,;:“”"]/.test(before) && before.split(/\s+/).filter(Boolean).length <= MAX_WORDS_BEFORE_SUBJECT;
  }

  private introduce(phrase: SpeakerPhrase, type: EntityType, sentence: number): ResolvedSpeaker {
    const named = phrase.name ?? phrase;
    const key = `new:${type}:${normalizePhrase(named.text)}`;
    const mention = mentionOf(named, phrase.name ? "name" : "description", sentence);
    const existing = this.byKey.get(key);
    if (existing) return { key, introduced: { ...existing, mentions: [mention] } };
    const entity: LocalEntity = {
      key,
      name: named.text.replace(LEADING_ARTICLE, ""),
      type,
      country: null,
      role: phrase.role,
      mentions: [mention],
    };
    this.learn(entity);
    this.created.add(key);
    return { key, introduced: entity };
  }

  private learn(entity: LocalEntity): void {
    this.byKey.set(entity.key, entity);
    // A name is mentioned many times; each form is normalized once.
    const names = new Set([entity.name]);
    for (const m of entity.mentions) if (isNameKind(m.kind)) names.add(m.text);
    for (const n of names) this.byName.set(normalizePhrase(n), entity);
    if (isNamedPerson(entity)) this.bySurname.set(surnameOf(entity.name), entity);
  }
}

function laterOf(a: Spoken | null, b: Spoken | null): LocalEntity | null {
  if (!a || !b) return (a ?? b)?.entity ?? null;
  return b.at > a.at ? b.entity : a.entity;
}

const isNameKind = (kind: MentionKind) =>
  kind === "name" || kind === "alias" || kind === "surname" || kind === "acronym";
/**
 * A person known by name: what "he", "the minister" and a surname refer to. A described speaker
 * ("the engineer", "analysts") is a worse antecedent on the evaluation sets than the last named one.
 */
const isNamedPerson = (e: LocalEntity) => e.type === "PERSON" && e.mentions.some((m) => isNameKind(m.kind));

type Gender = "f" | "m";
const PRONOUN_GENDER: Record<string, Gender | undefined> = { he: "m", she: "f" };
const opposite = (g: Gender): Gender => (g === "f" ? "m" : "f");
const FEMININE =
  /\b(?:mrs|ms|miss|madam|lady|queen|princess|spokeswoman|chairwoman|congresswoman|businesswoman)\b/i;
const MASCULINE = /\b(?:mr|sir|lord|king|prince|spokesman|chairman|congressman|businessman)\b/i;

function genderOfWords(words: string): Gender | undefined {
  if (FEMININE.test(words)) return "f";
  if (MASCULINE.test(words)) return "m";
  return undefined;
}

function pronounTypes(pronoun: string): ((e: LocalEntity) => boolean) | null {
  if (pronoun === "he" || pronoun === "she") return isNamedPerson;
  if (pronoun === "it") return (e) => e.type !== "PERSON";
  if (pronoun === "they") return () => true;
  return null;
}

function mentionOf(range: Range & { text: string }, kind: MentionKind, sentence: number): Mention {
  return { start: range.start, end: range.end, text: range.text, kind, sentence };
}

function nameType(phrase: SpeakerPhrase, options: ResolverOptions): EntityType {
  const { lex } = options;
  const name = phrase.name?.text ?? phrase.text;
  const words = normalizePhrase(name).split(/[\s-]+/);
  const described = normalizePhrase(
    phrase.text.slice(0, Math.max(0, (phrase.name?.start ?? phrase.start) - phrase.start)),
  );
  if (options.isOutletName(name) || described.split(/[\s-]+/).some((w) => lex.reportNouns.has(w)))
    return "MEDIA";
  if (words.some((w) => lex.mediaWords.has(w))) return "MEDIA";
  if (words.some((w) => lex.organizationWords.has(w)) || isAcronym(name)) return "ORGANIZATION";
  return "PERSON";
}

const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;
const isAcronym = (name: string) => ACRONYM.test(name);

function descriptionType(phrase: SpeakerPhrase, lex: CueLexicon): EntityType {
  if (lex.reportNouns.has(phrase.head)) return "MEDIA";
  if (lex.organizationWords.has(phrase.head)) return "ORGANIZATION";
  return "PERSON";
}
