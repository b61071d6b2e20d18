// The event lexicon (knowledge/events.json): verb and noun frames that code PLOVER events,
// idioms that must not, the nouns that name actors, and the cue lists of modality. Frames are
// indexed by the lemma of their first word so the events stage looks up each token once.
import {
  type EntityType,
  EVENT_TYPES,
  type EventType,
  MODALITIES,
  type Modality,
} from "../contract/types.js";
import { KnowledgeError, readKnowledgeFile } from "./load.js";

const FILE = "events.json";

export type PartOfSpeech = "verb" | "noun";

/** What a trigger codes: PLOVER type, CAMEO code, Goldstein intensity and mode. */
export interface EventFrame {
  type: EventType;
  cameo: string;
  intensity: number;
  mode: string | null;
}

/** One verb, noun or multiword trigger. `frame` is null for an idiom that codes nothing. */
export interface Trigger {
  lemmas: string[];
  pos: PartOfSpeech;
  frame: EventFrame | null;
}

/** Modalities that a cue phrase can signal; "asserted" is what remains when none does. */
export type CueModality = Exclude<Modality, "asserted">;

export interface Cue {
  kind: CueModality;
  words: string[];
}

export interface EventLexicon {
  /** Triggers by the lemma of their first word, longest first. */
  triggers: Map<string, Trigger[]>;
  /** Verbs whose object noun carries the event: "carried out strikes", "held talks". */
  lightVerbs: Set<string>;
  /** Light verbs whose subject undergoes the event: "Baghdad received a warning from Washington". */
  reversedLightVerbs: Set<string>;
  /** Common nouns that name an actor ("officials", "rebels"), with the type of entity they name. */
  actorNouns: Map<string, EntityType>;
  /** Lower-case words that may stand before an actor noun inside its phrase ("senior", "armed"). */
  actorModifiers: Set<string>;
  /** Nouns that stand for whoever owns them: "US warplanes" and "US bases" are the US's. */
  ownerNouns: Set<string>;
  /** People, craft and kinds that stand for a body named before them: "Red Cross officials", "the X faction". */
  memberNouns: Set<string>;
  /** A state's armed men: an actor of their own ("Israeli soldiers arrested"), their state as a target. */
  unitNouns: Set<string>;
  /** Weapons and craft: the means of an attack, no party to it ("drones struck"), unless a state's ("Russian drones"). */
  instrumentNouns: Set<string>;
  /** Nouns that head a participant phrase only after a name: "the Jewish state". */
  headsAfterNames: Set<string>;
  /** Modifiers that make a demonym a community, not its state: "ethnic Albanians". */
  communityModifiers: Set<string>;
  /**
   * First lemmas of triggers whose coordinated subject acts on itself: "Chile and Peru agreed
   * on a treaty between the two neighbours" is Chile's agreement with Peru.
   */
  reciprocalLemmas: Set<string>;
  /** Verb triggers that code only with an object after them, or in the passive: "returned the paintings". */
  transitiveVerbs: Set<string>;
  /** Event nouns whose owner undergoes the event, unless an "of" phrase names who does: "demanded their release". */
  undergoerNouns: Set<string>;
  /** CAMEO codes of acts only a state's authorities do: with no agent, the country they happen in does them. */
  stateActs: Set<string>;
  /** Participles that, before "to", are adjectives of the subject, not passives: "Egypt is opposed to a Turkish role". */
  adjectivalParticiples: Set<string>;
  /** Inflected forms with the form itself and its lexicon lemmas: "struck" -> [struck, strike]. */
  forms: Map<string, string[]>;
  /** Lower-case words that may open a trigger or a demand: a sentence with none codes nothing. */
  openers: Set<string>;
  /** Cue phrases of each modality, as lower-case word sequences, indexed by their first word. */
  cues: Map<string, Cue[]>;
  /**
   * What an announced or intended event codes as (CAMEO's "express intent"): "will visit" or
   * "is willing to withdraw" is AGREE; "will strike" is THREATEN. Keyed by the event's own type.
   */
  intent: Map<EventType, EventFrame>;
  /**
   * "Russia said Sudan must return the helicopter": a modal of obligation on a participant in
   * a reported clause is the speaker's demand on that participant.
   */
  demand: { modals: string[][]; frame: EventFrame };
  /** Words that deny the trigger after them ("did not attack", "failed to reach"), as word sequences. */
  negationCues: string[][];
  /**
   * What a negated event codes as: refusing to agree, meet or help is REJECT (CAMEO 12). A
   * negated type that is not listed codes nothing: "did not attack" is no attack.
   */
  negated: Map<EventType, EventFrame>;
  /** Words before an event noun that make it a possibility, not an event: "possible US operations". */
  hypotheticalModifiers: Set<string>;
  /**
   * A sentence that doubts the event named before it: a negated confirmation of a pronoun ("had
   * not confirmed it") makes it unconfirmed, a denial of one ("denied it") denied.
   */
  doubtsOfEarlier: { pronouns: Set<string>; confirmations: Set<string> };
  /** Words that make a sentence a sports report, where "beat" and "attack" are not violence. */
  sportsCues: Set<string>;
}

interface FrameEntry {
  type: string;
  cameo: string;
  intensity: number;
  mode?: string;
  verbs?: string[];
  nouns?: string[];
}

type Recodings = Partial<
  Record<EventType, { cameo: string; intensity: number; mode?: string; from: EventType[] }>
>;

interface EventsFile {
  frames: FrameEntry[];
  idioms: { verbs?: string[]; nouns?: string[] };
  lightVerbs: string[];
  reversedLightVerbs: string[];
  actorNouns: Partial<Record<EntityType, string[]>>;
  actorModifiers: string[];
  ownerNouns: string[];
  memberNouns?: string[];
  unitNouns: string[];
  instrumentNouns?: string[];
  headsAfterNames: string[];
  communityModifiers: string[];
  reciprocalLemmas: string[];
  transitiveVerbs?: string[];
  undergoerNouns?: string[];
  stateActs?: string[];
  adjectivalParticiples: string[];
  cues: Record<CueModality, string[]>;
  sportsCues: string[];
  intent: Recodings;
  negationCues: string[];
  negated: Recodings;
  hypotheticalModifiers: string[];
  doubtsOfEarlier: { pronouns: string[]; confirmations: string[] };
  demand: { modals: string[]; type: string; cameo: string; intensity: number; mode?: string };
}

const CUE_MODALITIES = MODALITIES.filter((m): m is CueModality => m !== "asserted");

export function loadEventLexicon(dir: string): EventLexicon {
  const raw = readKnowledgeFile<EventsFile>(dir, FILE);
  const problem = (what: string) => new KnowledgeError(`${dir}/${FILE}`, what);
  if (!Array.isArray(raw.frames)) throw problem("`frames` must be a list");
  const triggers: Trigger[] = [];
  for (const entry of raw.frames) {
    const frame = toFrame(entry, problem);
    addTriggers(triggers, entry.verbs, "verb", frame);
    addTriggers(triggers, entry.nouns, "noun", frame);
  }
  addTriggers(triggers, raw.idioms?.verbs, "verb", null);
  addTriggers(triggers, raw.idioms?.nouns, "noun", null);
  const lightVerbs = new Set([...(raw.lightVerbs ?? []), ...(raw.reversedLightVerbs ?? [])]);
  const forms = formIndex(new Set([...triggers.flatMap((t) => t.lemmas), ...lightVerbs]));
  const modals = (raw.demand?.modals ?? []).map((m) => m.toLowerCase().split(/\s+/));
  return {
    triggers: indexByFirstLemma(triggers),
    forms,
    openers: openerIndex(triggers, forms, modals),
    lightVerbs: new Set(raw.lightVerbs ?? []),
    reversedLightVerbs: new Set(raw.reversedLightVerbs ?? []),
    actorNouns: actorNounIndex(raw.actorNouns ?? {}),
    actorModifiers: new Set(raw.actorModifiers ?? []),
    ownerNouns: new Set(raw.ownerNouns ?? []),
    memberNouns: new Set(raw.memberNouns ?? []),
    unitNouns: new Set(raw.unitNouns ?? []),
    instrumentNouns: new Set(raw.instrumentNouns ?? []),
    headsAfterNames: new Set(raw.headsAfterNames ?? []),
    communityModifiers: new Set(raw.communityModifiers ?? []),
    reciprocalLemmas: new Set(raw.reciprocalLemmas ?? []),
    transitiveVerbs: new Set(raw.transitiveVerbs ?? []),
    undergoerNouns: new Set(raw.undergoerNouns ?? []),
    stateActs: new Set(raw.stateActs ?? []),
    adjectivalParticiples: new Set(raw.adjectivalParticiples ?? []),
    cues: cueIndex(raw.cues ?? {}, problem),
    sportsCues: new Set(raw.sportsCues ?? []),
    intent: recodings(raw.intent ?? {}, problem),
    negationCues: (raw.negationCues ?? []).map((c) => c.toLowerCase().split(/\s+/)),
    negated: recodings(raw.negated ?? {}, problem),
    hypotheticalModifiers: new Set(raw.hypotheticalModifiers ?? []),
    doubtsOfEarlier: {
      pronouns: new Set(raw.doubtsOfEarlier?.pronouns ?? []),
      confirmations: new Set(raw.doubtsOfEarlier?.confirmations ?? []),
    },
    demand: {
      modals,
      frame: toFrame(raw.demand ?? { type: "REQUEST", cameo: "100", intensity: -5 }, problem),
    },
  };
}

function toFrame(entry: FrameEntry, problem: (what: string) => Error): EventFrame {
  if (!(EVENT_TYPES as readonly string[]).includes(entry.type))
    throw problem(`unknown event type ${entry.type}`);
  if (typeof entry.intensity !== "number" || entry.intensity < -10 || entry.intensity > 10) {
    throw problem(`frame ${entry.cameo}: intensity must be a number in -10..10`);
  }
  return {
    type: entry.type as EventType,
    cameo: entry.cameo,
    intensity: entry.intensity,
    mode: entry.mode ?? null,
  };
}

/** The frame each listed type is recoded to. */
function recodings(raw: Recodings, problem: (what: string) => Error): Map<EventType, EventFrame> {
  const index = new Map<EventType, EventFrame>();
  for (const [type, entry] of Object.entries(raw)) {
    const frame = toFrame({ type, ...entry }, problem);
    for (const from of entry.from) index.set(from, frame);
  }
  return index;
}

function addTriggers(
  out: Trigger[],
  phrases: string[] | undefined,
  pos: PartOfSpeech,
  frame: EventFrame | null,
) {
  for (const phrase of phrases ?? []) out.push({ lemmas: phrase.toLowerCase().split(/\s+/), pos, frame });
}

function indexByFirstLemma(triggers: Trigger[]): Map<string, Trigger[]> {
  const index = new Map<string, Trigger[]>();
  for (const t of triggers) {
    const list = index.get(t.lemmas[0]) ?? [];
    list.push(t);
    index.set(t.lemmas[0], list);
  }
  for (const list of index.values()) list.sort((a, b) => b.lemmas.length - a.lemmas.length);
  return index;
}

/** Every form that inflects the first lemma of a trigger, and the first words of the modals. */
function openerIndex(triggers: Trigger[], forms: Map<string, string[]>, modals: string[][]): Set<string> {
  const first = new Set(triggers.map((t) => t.lemmas[0]));
  const openers = new Set([...first, ...modals.map((m) => m[0])]);
  for (const [form, lemmas] of forms) if (lemmas.some((l) => first.has(l))) openers.add(form);
  return openers;
}

function actorNounIndex(byType: Partial<Record<EntityType, string[]>>): Map<string, EntityType> {
  const index = new Map<string, EntityType>();
  for (const [type, nouns] of Object.entries(byType) as [EntityType, string[]][]) {
    for (const noun of nouns) index.set(noun.toLowerCase(), type);
  }
  return index;
}

function cueIndex(raw: Partial<Record<CueModality, string[]>>, problem: (what: string) => Error) {
  const cues = new Map<string, Cue[]>();
  for (const kind of CUE_MODALITIES) {
    const list = raw[kind];
    if (!Array.isArray(list)) throw problem(`cues.${kind} must be a list`);
    for (const phrase of list) {
      const words = phrase.toLowerCase().split(/\s+/);
      cues.set(words[0], [...(cues.get(words[0]) ?? []), { kind, words }]);
    }
  }
  return cues;
}

// Irregular past forms and participles of the verbs the lexicon uses.
const IRREGULAR: Record<string, string> = {
  struck: "strike",
  stricken: "strike",
  shot: "shoot",
  fought: "fight",
  held: "hold",
  met: "meet",
  sent: "send",
  gave: "give",
  given: "give",
  took: "take",
  taken: "take",
  threw: "throw",
  thrown: "throw",
  beat: "beat",
  beaten: "beat",
  sought: "seek",
  brought: "bring",
  broke: "break",
  broken: "break",
  began: "begin",
  begun: "begin",
  spoke: "speak",
  spoken: "speak",
  told: "tell",
  said: "say",
  made: "make",
  led: "lead",
  withdrew: "withdraw",
  withdrawn: "withdraw",
  drove: "drive",
  driven: "drive",
  froze: "freeze",
  frozen: "freeze",
  overran: "overrun",
  forbade: "forbid",
  forbidden: "forbid",
  laid: "lay",
  paid: "pay",
  won: "win",
  swore: "swear",
  sworn: "swear",
  blew: "blow",
  blown: "blow",
  hit: "hit",
  put: "put",
  set: "set",
  cut: "cut",
  shut: "shut",
  quit: "quit",
  fled: "flee",
  bound: "bind",
  stood: "stand",
  went: "go",
  gone: "go",
  came: "come",
  rose: "rise",
  risen: "rise",
  wrote: "write",
  written: "write",
  kept: "keep",
  felt: "feel",
  left: "leave",
  lost: "lose",
  found: "find",
  saw: "see",
  seen: "see",
  ran: "run",
  shook: "shake",
  shaken: "shake",
  stole: "steal",
  stolen: "steal",
  undertook: "undertake",
  undertaken: "undertake",
  overthrew: "overthrow",
  overthrown: "overthrow",
};

const IRREGULAR_FORMS = new Map<string, string[]>();
for (const [form, lemma] of Object.entries(IRREGULAR))
  IRREGULAR_FORMS.set(lemma, [...(IRREGULAR_FORMS.get(lemma) ?? []), form]);

/**
 * The word forms English inflection gives a lemma: warn -> warns, warned, warning; seize ->
 * seized; kidnap -> kidnapped; carry -> carries, carried; strike -> struck. Over-generation
 * is harmless: a form only ever maps back to lemmas of the lexicon.
 */
export function inflections(lemma: string): string[] {
  const forms = [
    lemma,
    `${lemma}s`,
    `${lemma}es`,
    `${lemma}ed`,
    `${lemma}ing`,
    ...(IRREGULAR_FORMS.get(lemma) ?? []),
    ...prefixedIrregulars(lemma),
  ];
  if (lemma.endsWith("e")) forms.push(`${lemma}d`, `${lemma.slice(0, -1)}ing`);
  if (/[^aeiou]y$/.test(lemma)) forms.push(`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`);
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(lemma))
    forms.push(`${lemma}${lemma.at(-1)}ed`, `${lemma}${lemma.at(-1)}ing`);
  return forms;
}

/** "retake" -> retook, retaken; "withhold" -> withheld: a prefix before a verb of irregular forms. */
function prefixedIrregulars(lemma: string): string[] {
  const out: string[] = [];
  for (const [base, forms] of IRREGULAR_FORMS) {
    if (lemma.length < base.length + 2 || !lemma.endsWith(base)) continue;
    const prefix = lemma.slice(0, -base.length);
    for (const form of forms) out.push(prefix + form);
  }
  return out;
}

/** Maps every inflected form of the given lemmas to the form itself followed by those lemmas. */
function formIndex(lemmas: Iterable<string>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const lemma of lemmas) {
    for (const form of inflections(lemma)) {
      const known = index.get(form) ?? [form];
      if (!known.includes(lemma)) known.push(lemma);
      index.set(form, known);
    }
  }
  return index;
}

/** The form itself (lower case, without a possessive 's) and the lexicon lemmas it inflects. */
export function lemmasOf(lexicon: EventLexicon, form: string): string[] {
  const bare = withoutPossessive(form.toLowerCase());
  return lexicon.forms.get(bare) ?? [bare];
}

/** Whether the lower-case word may open a trigger or a demand (see EventLexicon.openers). */
export function mayOpen(lexicon: EventLexicon, lower: string): boolean {
  return lexicon.openers.has(withoutPossessive(lower));
}

function withoutPossessive(lower: string): string {
  const last = lower.charCodeAt(lower.length - 1);
  if (last !== 115 || lower.length < 3) return lower; // "s"
  const mark = lower[lower.length - 2];
  return mark === "'" || mark === "’" ? lower.slice(0, -2) : lower;
}

/**
 * "strikes" is a form of the noun "strike"; "struck" and "striking" are not. Compared without
 * building strings, as it runs for every candidate noun trigger.
 */
export function isNounForm(form: string, lemma: string): boolean {
  const bare = withoutPossessive(form.toLowerCase());
  switch (bare.length - lemma.length) {
    case 0:
      return bare === lemma;
    case 1:
      return bare.endsWith("s") && bare.startsWith(lemma);
    case 2:
      return bare.startsWith(lemma)
        ? bare.endsWith("es")
        : lemma.endsWith("y") && bare.endsWith("ies") && bare.startsWith(lemma.slice(0, -1));
    default:
      return false;
  }
}
