// The events stage: PLOVER-coded events from verb and noun frames of the event lexicon, with
// actor and target from syntax-light patterns (events/roles.ts), modality from cues and quotes,
// date from the sentence's time expression or else the publication date, and location from a
// place named after in/near/at.
import type { Article, EventDate, Modality } from "../contract/types.js";
import type { CueModality, EventLexicon } from "../knowledge/events.js";
import { findConditionalDemands, findDemands, mayStateDemand } from "./events/demands.js";
import { BE_FORMS, CLAUSE_BREAKS, PLACE_PREPOSITIONS, TIME_WORDS } from "./events/grammar.js";
import {
  type CueHit,
  doubtsOfEarlier,
  findCues,
  isHypothetical,
  isNegated,
  isSubjectOfModal,
  modalityOf,
  strongerModality,
} from "./events/modality.js";
import { resolvePairs } from "./events/pairs.js";
import { findPhrases, type Phrase } from "./events/phrases.js";
import { Referents } from "./events/referents.js";
import {
  type ClauseView,
  type EarlierVerb,
  findRoles,
  isInfinitive,
  type Roles,
  sharesSubject,
  sourceOfCue,
} from "./events/roles.js";
import { findTriggers, type TriggerMatch, triggerCandidates } from "./events/triggers.js";
import { type SentenceWords, type Word, wordsBySentence } from "./events/words.js";
import type { Stage } from "./pipeline.js";
import type { LocalEntity, LocalEvent, LocalQuote, LocalTimex, Segmentation } from "./types.js";

export const eventsStage: Stage<"events", "segmentation" | "entities" | "timexes" | "quotes"> = {
  name: "events",
  needs: ["segmentation", "entities", "timexes", "quotes"],
  run: ({ article, kb, segmentation, entities, timexes, quotes }) =>
    extractEvents({ article, lexicon: kb.events, segmentation, entities, timexes, quotes }),
};

export interface EventsInput {
  article: Article;
  lexicon: EventLexicon;
  segmentation: Segmentation;
  entities: readonly LocalEntity[];
  timexes: readonly LocalTimex[];
  quotes: readonly LocalQuote[];
}

interface MentionRef {
  entity: LocalEntity;
  start: number;
  end: number;
}

// Violence words in a sports report ("beat", "attack", "strike") are play, not events.
const NOT_IN_SPORTS = new Set(["ASSAULT", "COERCE", "THREATEN"]);
const PLACE_TYPES = new Set(["LOCATION", "COUNTRY"]);
// Words from an act to the condition it follows from: "may halt mediation among the republics if".
const MAX_CONSEQUENCE_REACH = 10;
// Words after a verb that open no object: "returned to", "returned home".
const NO_OBJECT = new Set([
  ...PLACE_PREPOSITIONS,
  "to",
  "from",
  "on",
  "at",
  "for",
  "with",
  "by",
  "into",
  "home",
  "back",
  "after",
  "before",
  "as",
  "and",
  "or",
  "but",
]);

export function extractEvents(unsorted: EventsInput): LocalEvent[] {
  // Sorted by start, so the quote enclosing a trigger is found by binary search (modality.ts).
  const input = { ...unsorted, quotes: [...unsorted.quotes].sort((a, b) => a.start - b.start) };
  const mentions = mentionsBySentence(input.entities, input.segmentation.sentences.length);
  const sentences = wordsBySentence(input.article.text, input.segmentation, input.lexicon).map((s) =>
    sentenceEvents(input, s, mentions[s.sentence.index], mentions[s.sentence.index - 1] ?? []),
  );
  withDoubtsOfEarlier(sentences, doubtsOfEarlier(input.segmentation, input.lexicon));
  return withoutRementions(sentences.flatMap((s) => s.events));
}

/**
 * "Abbasi spoke of the call. Washington has not confirmed it.": the doubt falls on the event
 * named last before it, and on every event of the article coded as that event (same CAMEO code).
 */
function withDoubtsOfEarlier(sentences: readonly SentenceEvents[], doubts: Map<number, CueModality>): void {
  for (const [at, doubt] of doubts) {
    const named = sentences.findLast((s) => s.sentence < at && s.cameos.length > 0);
    if (!named) continue;
    const cameos = new Set(named.cameos);
    for (const s of sentences) {
      if (s.sentence >= at) break;
      for (const { event, cameo } of s.events)
        if (cameos.has(cameo)) event.modality = strongerModality(event.modality, doubt);
    }
  }
}

interface SentenceEvents {
  sentence: number;
  /** CAMEO codes of every trigger of the sentence, coded as an event or not. */
  cameos: string[];
  events: CodedEvent[];
}

/**
 * "The warning to Baghdad came before the elections": a noun with no actor that repeats the
 * CAMEO code and target of an event coded earlier in the article names that event again.
 */
function withoutRementions(coded: readonly CodedEvent[]): LocalEvent[] {
  const seen = new Set<string>();
  const out: LocalEvent[] = [];
  for (const { event, nominal, cameo } of coded) {
    const key = `${cameo}\u0000${event.target}`;
    if (nominal && event.actor === null && event.target !== null && seen.has(key)) continue;
    seen.add(key);
    out.push(event);
  }
  return out;
}

interface CodedEvent {
  event: LocalEvent;
  nominal: boolean;
  cameo: string;
}

function mentionsBySentence(entities: readonly LocalEntity[], count: number): MentionRef[][] {
  const out: MentionRef[][] = [];
  for (let i = 0; i < count; i++) out.push([]);
  for (const entity of entities) {
    for (const m of entity.mentions) out[m.sentence]?.push({ entity, start: m.start, end: m.end });
  }
  return out;
}

function sentenceEvents(
  input: EventsInput,
  sw: SentenceWords,
  mentionsHere: readonly MentionRef[],
  mentionsBefore: readonly MentionRef[],
): SentenceEvents {
  const { words, sentence } = sw;
  // Names never trigger, nor parts of compounds ("Iran-backed"), unless the lexicon spells the
  // compound itself ("cease-fire"): a sentence where no other word can, nor a modal of demand, codes nothing.
  const inName = (i: number) =>
    (words[i].compound && !spelledTrigger(words[i])) || (i > 0 && words[i].capitalized);
  const candidates = triggerCandidates(words, input.lexicon, inName);
  if (!candidates.some((c) => c !== null) && !mayStateDemand(words, input.lexicon))
    return { sentence: sentence.index, cameos: [], events: [] };
  const phrases = findPhrases(words, input.lexicon, mentionsHere);
  resolvePairs(input.article.text, words, phrases, mentionsBefore);
  const view: ClauseView = {
    words,
    phrases,
    phraseAt: phraseIndex(words.length, phrases),
    lexicon: input.lexicon,
  };
  const sports = words.some((w) => w.form.sports);
  const blocked = (i: number) => view.phraseAt[i] !== null || inName(i);
  const triggers = findTriggers(candidates, blocked).filter(
    (t) =>
      !(sports && NOT_IN_SPORTS.has(t.frame.type)) &&
      !(t.pos === "noun" && isPossibility(words, t, input.lexicon)) &&
      !lacksObject(words, t, input.lexicon),
  );
  const cues = findCues(words);
  const referents = new Referents(input.article.text, sentence.index);
  const coded: { trigger: TriggerMatch; roles: Roles }[] = [];
  let earlier: EarlierVerb | null = null;
  for (const trigger of triggers) {
    const roles = findRoles(view, trigger, earlier);
    earlier = laterVerb(view, trigger, roles, earlier);
    if (isCoded(trigger, roles)) coded.push({ trigger, roles });
  }
  coded.push(...findDemands(view, cues), ...findConditionalDemands(view));
  const events: CodedEvent[] = [];
  for (const { trigger, roles } of coded) {
    const event = toEvent(input, view, { trigger, roles, cues, referents, sentence: sw });
    if (!event) continue;
    const cameo = trigger.frame.cameo;
    if (!events.some((e) => e.cameo === cameo && sameEvent(e.event, event))) {
      events.push({ event, nominal: trigger.pos === "noun", cameo });
    }
  }
  return { sentence: sentence.index, cameos: triggers.map((t) => t.frame.cameo), events };
}

/** What a coordinated verb after the trigger may share: the subject of a finite verb or an infinitive. */
function laterVerb(
  view: ClauseView,
  trigger: TriggerMatch,
  roles: Roles,
  earlier: EarlierVerb | null,
): EarlierVerb | null {
  if (sharesSubject(view, trigger)) return { actor: roles.actor, finite: true, infinitive: null };
  if (!isInfinitive(view, trigger)) return earlier;
  return { actor: earlier?.actor ?? null, finite: earlier?.finite ?? false, infinitive: roles.actor };
}

/** A hyphenated word that a lexicon trigger starts with as it is spelled: "cease-fire", "cyber-attacks". */
function spelledTrigger(w: Word): boolean {
  return w.form.triggers.some((t) => t.lemmas[0].includes("-"));
}

/** "returned to Geneva", "returned home": a verb that codes only with an object, without one. */
function lacksObject(words: readonly Word[], t: TriggerMatch, lexicon: EventLexicon): boolean {
  if (
    t.pos !== "verb" ||
    t.first !== t.last ||
    !words[t.first].lemmas.some((l) => lexicon.transitiveVerbs.has(l))
  )
    return false;
  if (BE_FORMS.has(words[t.first - 1]?.lower ?? "")) return false; // "were returned to Egypt"
  const next = words[t.last + 1];
  return (
    !next || !/^[\p{L}\p{N}]/u.test(next.text) || NO_OBJECT.has(next.lower) || TIME_WORDS.has(next.lower)
  );
}

/** "possible US strikes", "an assault would be a disaster": a possibility, not an event. */
function isPossibility(words: readonly Word[], trigger: TriggerMatch, lexicon: EventLexicon): boolean {
  return isHypothetical(words, trigger.first, lexicon) || isSubjectOfModal(words, trigger.last);
}

/** An event needs a participant; a consultation needs the one consulted ("called the sanctions a farce" is none). */
function isCoded(trigger: TriggerMatch, roles: Roles): boolean {
  if (trigger.frame.type === "CONSULT" && trigger.pos === "verb") return roles.target !== null;
  return roles.actor !== null || roles.target !== null;
}

function phraseIndex(length: number, phrases: readonly Phrase[]): (Phrase | null)[] {
  const at: (Phrase | null)[] = new Array(length).fill(null);
  for (const p of phrases) for (let i = p.first; i <= p.last; i++) at[i] ??= p;
  return at;
}

function sameEvent(a: LocalEvent, b: LocalEvent): boolean {
  return a.type === b.type && a.actor === b.actor && a.target === b.target && a.sentence === b.sentence;
}

interface Coding {
  trigger: TriggerMatch;
  roles: Roles;
  cues: ReturnType<typeof findCues>;
  referents: Referents;
  sentence: SentenceWords;
}

/** The frame an event codes as, given how it is stated; null when it is stated not to happen. */
function frameAsStated(
  lexicon: EventLexicon,
  words: readonly Word[],
  c: Pick<Coding, "trigger" | "cues">,
  modality: Modality,
) {
  const type = c.trigger.frame.type;
  if (isNegated(words, c.trigger.first, lexicon)) return lexicon.negated.get(type) ?? null;
  const condition = conditionOf(words, c.trigger, c.cues);
  // "will withdraw its force unless the junta steps down": what is done unless the other acts is leverage.
  if (condition && words[condition.first].lower === "unless") return threatOf(lexicon) ?? c.trigger.frame;
  const intended = modality === "planned" || condition !== null;
  return (intended && lexicon.intent.get(type)) || c.trigger.frame;
}

/**
 * "may halt its mediation if the talks fail", "could lift the embargo if the raids end": an act
 * stated as what follows from a condition named after it, in its clause, is announced, not done:
 * a threat, or a promise. The cue of that condition, or null.
 */
function conditionOf(words: readonly Word[], trigger: TriggerMatch, cues: readonly CueHit[]): CueHit | null {
  const condition = cues.find(
    (h) =>
      h.kind === "conditional" && h.first > trigger.last && h.first - trigger.last <= MAX_CONSEQUENCE_REACH,
  );
  if (!condition) return null;
  for (let k = trigger.last + 1; k < condition.first; k++) {
    if (CLAUSE_BREAKS.has(words[k].lower) || /^[,;:.]$/.test(words[k].text)) return null;
  }
  return condition;
}

/** The frame an announced hostile act codes as (CAMEO 13, THREATEN). */
function threatOf(lexicon: EventLexicon) {
  for (const frame of lexicon.intent.values()) if (frame.type === "THREATEN") return frame;
  return null;
}

function toEvent(input: EventsInput, view: ClauseView, c: Coding): LocalEvent | null {
  const { words, sentence } = c.sentence;
  const start = words[c.trigger.first].start;
  const end = words[c.trigger.last].end;
  const span = { start, end, first: c.trigger.first, last: c.trigger.last };
  const { modality, quote } = modalityOf(span, c.cues, input.quotes);
  const frame = frameAsStated(input.lexicon, words, c, modality);
  if (!frame) return null;
  const actor = c.referents.keyOf(c.roles.actor);
  // "Kestria imposed a curfew in southern Kestria": a party is not the target of its own act.
  const found = c.referents.targetKeyOf(c.roles.target, frame.type);
  const target = found === actor ? null : found;
  const attribution = attributionOf(view, c, quote);
  const location = locationOf(view, c.trigger, [c.roles.actor, c.roles.target]);
  return {
    type: frame.type,
    mode: frame.mode ?? c.trigger.frame.mode,
    actor,
    target,
    location,
    date: dateOf(input, sentence.index, start),
    modality,
    attribution: attribution.keys,
    intensity: frame.intensity,
    trigger: { start, end, text: input.article.text.slice(start, end) },
    evidence: [{ start: sentence.start, end: sentence.end }],
    sentence: sentence.index,
    introduced: c.referents.introducedFor([actor, target, ...attribution.keys]),
  };
}

/** The sources the event rests on: the quote's speaker and relays, else the sentence's "X said". */
function attributionOf(view: ClauseView, c: Coding, quote: LocalQuote | null): { keys: string[] } {
  if (quote) return { keys: [quote.speaker, ...quote.via].filter((k): k is string => k !== null) };
  const cue = c.cues.find(
    (h) => h.kind === "reported" && (h.last < c.trigger.first || h.first > c.trigger.last),
  );
  const source = cue ? sourceOfCue(view, cue) : null;
  const key = source && source !== c.roles.actor ? c.referents.keyOf(source) : null;
  return { keys: key ? [key] : [] };
}

/** A place the entities stage knows, named after in/near/at in the sentence. */
function locationOf(view: ClauseView, trigger: TriggerMatch, participants: (Phrase | null)[]): string | null {
  const places = view.phrases.filter((p) => {
    if (!p.entity || !PLACE_TYPES.has(p.entity.type) || participants.includes(p)) return false;
    const before = view.words[p.first - 1]?.lower ?? "";
    return PLACE_PREPOSITIONS.has(before) || before === "at";
  });
  const after = places.find((p) => p.first > trigger.last);
  return (after ?? places.at(-1))?.entity?.key ?? null;
}

/** The sentence's time expression nearest the trigger, else the publication date (inferred). */
function dateOf(
  input: EventsInput,
  sentence: number,
  at: number,
): (EventDate & { inferred: boolean }) | null {
  let best: LocalTimex | null = null;
  for (const t of input.timexes) {
    if (t.sentence !== sentence || !/^\d{4}/.test(t.value)) continue;
    if (!best || Math.abs(t.start - at) < Math.abs(best.start - at)) best = t;
  }
  if (best) return { value: best.value, precision: best.precision, inferred: false };
  const published = input.article.published;
  return published ? { value: published.date, precision: published.precision, inferred: true } : null;
}
