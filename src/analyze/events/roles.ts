// Who did it to whom, without a parser: the subject is the nearest participant phrase to the
// left of the verb within its clause, the object the first one after it that is not a place or
// a time; passives swap them ("X was attacked by Y"); nouns take their participants from a
// possessive or a modifier ("Israel's strikes", "US operations"), the subject of a light verb
// ("carried out strikes on"), and prepositions ("attack on", "talks with", "call between A and B").
import type { EventLexicon } from "../../knowledge/events.js";
import {
  AUXILIARIES,
  BE_FORMS,
  CLAUSE_BREAKS,
  DETERMINERS,
  isFiller,
  isNumber,
  PLACE_NOUNS,
  PLACE_PREPOSITIONS,
  POSSESSIVES,
  PRONOUNS,
  QUANTITIES,
  TIME_WORDS,
} from "./grammar.js";
import type { Phrase } from "./phrases.js";
import { type TriggerMatch, VERDICTS } from "./triggers.js";
import { isPastForm, type Word } from "./words.js";

export interface Roles {
  actor: Phrase | null;
  target: Phrase | null;
}

export interface ClauseView {
  words: readonly Word[];
  /** Phrase covering each word, or null. */
  phraseAt: readonly (Phrase | null)[];
  phrases: readonly Phrase[];
  lexicon: EventLexicon;
}

const PREPOSITIONS = new Set([
  ...PLACE_PREPOSITIONS,
  "on",
  "at",
  "from",
  "to",
  "with",
  "by",
  "against",
  "for",
  "into",
  "toward",
  "towards",
  "about",
  "between",
  "via",
  "than",
  "including", // "Russian aircraft including helicopter gunships killed ...": the aircraft did
  "like",
]);
// Prepositions that introduce the one a nominal event is aimed at.
const TARGET_PREPOSITIONS = new Set([
  "on",
  "against",
  "at",
  "to",
  "with",
  "toward",
  "towards",
  "upon",
  "for",
  "into",
]);
// Event types whose noun takes its victim with "of": "the killing of three soldiers", "the release of",
// "the criticism of the government".
const PATIENT_OF = new Set(["ASSAULT", "COERCE", "CONCEDE", "SANCTION", "ACCUSE"]);
// "warned of upcoming operations": what a verb is about is not whom it is aimed at.
const TOPIC_PREPOSITIONS = new Set(["of", "about", "over", "regarding", "concerning"]);
// Events that move something to someone: the recipient is the target, not the thing.
const RECIPIENT_TYPES = new Set(["AID", "AGREE", "CONCEDE", "SUPPORT", "COOPERATE"]);
const RELATIVE_PRONOUNS = new Set(["which", "who", "whom", "whose"]);
// Verbs whose object does what the infinitive after it says: "urged Iran to withdraw".
const OBJECT_CONTROL = new Set(
  "urge ask call order force allow help invite press encourage persuade tell want expect permit enable authorize instruct direct compel pressure pressed appeal warn advise require get lead cause convince challenge prompt request demand oblige".split(
    " ",
  ),
);
// Nouns of a group whose members an "of" names: "a team of experts".
const GROUP_NOUNS = new Set([...QUANTITIES, "team", "teams", "delegation", "contingent"]);
// Words between a verb and its object: "sent a large team of experts".
const MAX_OBJECT_MODIFIERS = 5;
// Quantity nouns that name one person of a group.
const ONE_OF = new Set(["member", "leader"]);
// "reimposed blockades following the deaths of two soldiers": what follows is the occasion, no object.
const ADJUNCT_OPENERS = new Set(["following", "amid", "despite", "during"]);
// Verbs of a relative clause's past or present, not the base form of a demand's clause.
const FINITE_AUXILIARIES = new Set(["has", "have", "had", "is", "are", "was", "were", "does", "did"]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "it", "they", "we"]);
// Pronouns of persons as objects; "it" may stand for a thing or a whole clause.
const OBJECT_PRONOUNS = new Set(["him", "her", "them"]);
const AIMED_AT = new Set(["against", "toward", "towards"]);
// Light verbs that hand their noun to someone named right after them: "gave X a warning".
const GIVING_VERBS = new Set(["give", "offer", "send", "pay", "extend", "deliver", "issue"]);
const COORDINATORS = new Set(["and", "or", "but"]);
// Events that move a party's own forces: their aim is where the forces go or leave.
const MOVING_TYPES: ReadonlySet<string> = new Set(["MOBILIZE", "RETREAT"]);
// Events told in words: "demands from X", "threats from X", "accusations from X" come from X.
const SPOKEN_TYPES: ReadonlySet<string> = new Set(["REQUEST", "THREATEN", "ACCUSE"]);
const ARTICLES = new Set(["the", "a", "an"]);
const SAME_SIDE = new Set(["other", "another", "fellow"]);
const QUANTITY_BOUNDS = new Set(["up to", "more than", "less than", "fewer than"]);
// Conjunctions that also open a time phrase: "after four years", "since Monday".
const TIME_CONJUNCTIONS = new Set(["after", "before", "since", "until"]);
const TIME_UNITS = new Set(
  "hour hours day days week weeks month months year years decade decades".split(" "),
);
// Prepositions that, before a number, only round it: "about 50", "around 300", "over 100".
const APPROXIMATORS = new Set(["about", "around", "over"]);
const NUMBER_BOUNDS = new Set([...QUANTITY_BOUNDS, "at least", "at most"]);
const DESTINATION_PREPOSITIONS = new Set([
  ...PLACE_PREPOSITIONS,
  "to",
  "into",
  "from",
  "against",
  "toward",
  "towards",
  "on",
  "at",
]);
const MAX_DESTINATION_DISTANCE = 8;
// Events told to someone about someone else.
const ADDRESSED_TYPES: ReadonlySet<string> = new Set(["ACCUSE"]);
const COMPLAINED_ABOUT = new Set(["over", "about", "against"]);
const MAX_TOPIC_DISTANCE = 6;
// "marched in Eastville calling for independence from Northland": a protest is aimed at whom it makes
// demands of, named after a verb of demand, protest or accusation.
const PURPOSE_TYPES: ReadonlySet<string> = new Set(["REQUEST", "PROTEST", "ACCUSE"]);
const MAX_PURPOSE_DISTANCE = 15;
const MAX_OBJECT_DISTANCE = 12;
// A recipient may follow a long object: "agreed to provide 70 million dollars of aid for Romania".
const MAX_RECIPIENT_DISTANCE = 16;
// Words from a passive act to the country it happens in: "was arrested on Monday in".
const MAX_PLACE_DISTANCE = 4;
// Participles that name who did a wrong: "crimes committed by", "abuses perpetrated by".
const PERPETRATION = new Set(["committed", "perpetrated"]);
// Words from an accusation to the wrong it names: "an investigation into alleged war crimes committed by".
const MAX_WRONG_DISTANCE = 8;

/** The subject found for the sentence's last finite verb, which a coordinated verb or a participle shares. */
export interface EarlierVerb {
  /** Null as well when no finite verb came before (`finite` false). */
  actor: Phrase | null;
  finite: boolean;
  /**
   * The subject of an infinitive since that verb ("urged Y to halt fighting"), which a bare verb
   * coordinated with it shares ("and allow access"), or null.
   */
  infinitive: Phrase | null;
}

/** Whether a verb trigger is an infinitive: "to withdraw". */
export function isInfinitive(view: ClauseView, trigger: TriggerMatch): boolean {
  return trigger.pos === "verb" && view.words[trigger.first - 1]?.lower === "to";
}

/** "allow", not "allowed", "allows" or "allowing": the form a verb takes after "to". */
function isBareForm(w: Word): boolean {
  return !isPastForm(w) && !/(?:s|ing)$/.test(w.lower);
}

/**
 * Whether a verb trigger heads a clause whose subject a later "and urged" or ", killing" shares:
 * not an infinitive ("the right of Russian troops to fire"), whose subject is no clause's, nor a
 * passive, whose subject is its target.
 */
export function sharesSubject(view: ClauseView, trigger: TriggerMatch): boolean {
  if (trigger.pos !== "verb" || view.words[trigger.first - 1]?.lower === "to") return false;
  return !isPassive(view, trigger.first);
}

export function findRoles(view: ClauseView, trigger: TriggerMatch, earlier: EarlierVerb | null): Roles {
  const roles = rolesOf(view, trigger, earlier);
  return isPlace(view, roles.actor) ? { actor: null, target: roles.target } : roles;
}

/**
 * A place the entities stage knows is where an event happens, never who does it; a capital
 * that stands for its government ("Moscow said") is typed a COUNTRY there, so it still acts,
 * and so does the authority of a place ("the government of Sindh province").
 */
function isPlace(view: ClauseView, phrase: Phrase | null): boolean {
  if (phrase?.entity?.type !== "LOCATION" || !phrase.mention) return false;
  for (let k = phrase.first; k < view.words.length && view.words[k].start < phrase.mention.start; k++) {
    const lower = view.words[k].lower;
    if (!DETERMINERS.has(lower) && !PLACE_NOUNS.has(lower) && lower !== "of") return false;
  }
  return true;
}

function rolesOf(view: ClauseView, trigger: TriggerMatch, earlier: EarlierVerb | null): Roles {
  if (trigger.pos === "noun") return nominalRoles(view, trigger);
  if (isPassive(view, trigger.first)) {
    return {
      actor: agentAfter(view, trigger.last) ?? stateWhereDone(view, trigger),
      target: subjectOf(view, trigger.first, null),
    };
  }
  const modified = reducedRelativeHead(view, trigger.first);
  if (modified) return { actor: agentAfter(view, trigger.last), target: modified };
  const actor = subjectOf(view, trigger.first, earlier);
  const object = objectOf(view, trigger) ?? pronounObject(view, trigger, actor);
  // "A and B agreed on a pact between the two countries": the pair acts on itself.
  const together = (isReciprocal(view, trigger) && !object?.proper) || isMutual(view, trigger);
  const reciprocal = together ? partnerOf(view, actor, trigger) : null;
  return { actor, target: reciprocal ?? object ?? fallbackTarget(view, actor, trigger) };
}

/**
 * "captured two soldiers and killed them": a personal pronoun right after the verb stands for the
 * participant named last before it, other than the verb's subject (nor a place).
 */
function pronounObject(view: ClauseView, trigger: TriggerMatch, actor: Phrase | null): Phrase | null {
  const after = view.words[trigger.last + 1];
  if (!after || !OBJECT_PRONOUNS.has(after.lower) || view.phraseAt[trigger.last + 1]) return null;
  return antecedentBefore(view, trigger.first, actor);
}

/** The participant named last before word i, other than `subject`, nor a place. */
function antecedentBefore(view: ClauseView, i: number, subject: Phrase | null): Phrase | null {
  for (let k = i - 1; k >= 0; k--) {
    const phrase = view.phraseAt[k];
    if (phrase && phrase !== subject && !isPlace(view, phrase)) return phrase;
  }
  return null;
}

/** "met the rebels and urged them to disarm": the infinitive is done by whom the pronoun stands for. */
function controlledPronoun(view: ClauseView, i: number): Phrase | null {
  const { words } = view;
  const [pronoun, verb] = [words[i - 2], words[i - 3]];
  if (words[i - 1]?.lower !== "to" || !pronoun || !OBJECT_PRONOUNS.has(pronoun.lower) || !verb) return null;
  if (!verb.lemmas.some((l) => OBJECT_CONTROL.has(l))) return null;
  return antecedentBefore(view, i - 3, subjectOf(view, i - 3, null));
}

/** "accused each other", "blamed one another": the parties of the subject act on each other. */
function isMutual(view: ClauseView, trigger: TriggerMatch): boolean {
  const [a, b] = [view.words[trigger.last + 1]?.lower, view.words[trigger.last + 2]?.lower];
  return (a === "each" || a === "one") && (b === "other" || b === "another");
}

/** "agreed", "held talks": a word of the trigger names an act done together. */
function isReciprocal(view: ClauseView, trigger: TriggerMatch): boolean {
  for (let k = trigger.first; k <= trigger.last; k++) if (view.words[k].form.reciprocal) return true;
  return false;
}

function isPassive(view: ClauseView, i: number): boolean {
  const { words } = view;
  const w = words[i];
  if (!isPastForm(w)) return false;
  // "Egypt is opposed to a Turkish role": an adjective of the subject, which does the opposing.
  if (view.lexicon.adjectivalParticiples.has(w.lower) && words[i + 1]?.lower === "to") return false;
  // "were tortured and killed by": a participle coordinated with a passive one.
  if (i >= 2 && COORDINATORS.has(words[i - 1].lower) && isPassive(view, i - 2)) return true;
  // "nine were killed and dozens wounded": the same, with the number of its own victims between.
  const counted = isNumber(words[i - 1]?.lower ?? "") || QUANTITIES.has(words[i - 1]?.lower ?? "");
  if (i >= 3 && counted && COORDINATORS.has(words[i - 2].lower) && isPassive(view, i - 3)) return true;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const lower = words[j].lower;
    if (BE_FORMS.has(lower) || lower === "got") return true;
    if (!AUXILIARIES.has(lower) && !lower.endsWith("ly")) return false;
  }
  return false;
}

/**
 * "opened its ports to refugees expelled from Bolivia": a past form with no object, right after
 * the object of a preposition, is a participle describing that object, a passive ("X along with
 * its allies demanded that ..." keeps its subject).
 */
function reducedRelativeHead(view: ClauseView, i: number): Phrase | null {
  const { words } = view;
  const phrase = i > 0 ? view.phraseAt[i - 1] : null;
  if (!phrase || !isPastForm(words[i]) || !PREPOSITIONS.has(words[i + 1]?.lower ?? "")) return null;
  return isPrepositionalObject(words, phrase) ? phrase : null;
}

/** The phrase that does the verb at word i. */
export function subjectOf(view: ClauseView, i: number, earlier: EarlierVerb | null): Phrase | null {
  const { words, phraseAt } = view;
  let j = skipAuxiliariesLeft(words, i - 1);
  // "X told Iraq ... and has urged Baghdad", "a bomb killed two and wounded five", "militants
  // stormed the post, killing nine": a coordinated verb or a participle shares the subject of
  // the verb before it, even none; the object of that verb is no subject.
  const participle = j >= 0 && words[j].text === "," && words[i].lower.endsWith("ing");
  // "the minister said, accusing X": the participle is the speaker's, not the quote's subject's.
  if (participle && j > 0 && isReportingVerb(words[j - 1])) return subjectOf(view, j - 1, earlier);
  const shared = j >= 0 && (COORDINATORS.has(words[j].lower) || participle);
  if (shared && earlier?.infinitive && !participle && isBareForm(words[i])) return earlier.infinitive;
  if (shared) return earlier?.finite ? earlier.actor : firstSubject(view, i);
  const controlled = controlledPronoun(view, i);
  if (controlled) return controlled;
  if (j >= 0 && /^(?:who|which|that)$/.test(words[j].lower)) j--;
  for (; j >= 0; j--) {
    const lower = words[j].lower;
    const phrase = phraseAt[j];
    // "the launch of the Northland campaign to retake": an infinitive's subject may complete a noun.
    if (
      phrase &&
      !isPrepositionalObject(words, phrase) &&
      (afterTo(words, i) || !isComplementOfNoun(view, phrase))
    ) {
      const sender = afterTo(words, i) ? purposeSubject(view, phrase) : null;
      return sender ?? headOfSubject(view, phrase);
    }
    if (phrase) j = phrase.first;
    else if (SUBJECT_PRONOUNS.has(lower))
      return firstSubject(view, j) ?? earlier?.actor ?? null; // "Hamas said it would ...", "when they blew up"
    else if (lower === ",") j = skipParenthetical(words, j);
    else if (CLAUSE_BREAKS.has(lower) && lower !== "that" && !opensTimePhrase(words, j)) return null;
  }
  return null;
}

/** "after four years", "since Monday": a conjunction that opens a time, not a clause. */
function opensTimePhrase(words: readonly Word[], j: number): boolean {
  if (!TIME_CONJUNCTIONS.has(words[j].lower)) return false;
  const next = words[j + 1]?.lower ?? "";
  if (TIME_WORDS.has(next)) return true;
  const counted = isNumber(next) || DETERMINERS.has(next);
  return counted && TIME_UNITS.has(words[j + 2]?.lower ?? "");
}

/**
 * "protesters angered by the sale of maps of the island have blocked": a phrase after
 * "of" that completes a noun itself inside a prepositional phrase is no subject. ("Thousands of
 * Kurds", "the right of Southland troops to fire" and "leaders of the rebels" keep theirs.)
 */
function isComplementOfNoun(view: ClauseView, phrase: Phrase): boolean {
  const { words } = view;
  let k = phrase.first - 1;
  while (k >= 0 && isFiller(words[k].lower)) k--;
  if (words[k]?.lower !== "of" || k < 1 || view.phraseAt[k - 1] || !ALL_LOWER.test(words[k - 1].text))
    return false;
  let j = k - 2;
  while (j >= 0 && !view.phraseAt[j] && ALL_LOWER.test(words[j].text) && DETERMINERS.has(words[j].lower)) j--;
  return j >= 0 && (words[j].lower === "of" || PREPOSITIONS.has(words[j].lower));
}

/** An infinitive: "to withdraw", or "to help rebuild", whose subject is the one who helps. */
function afterTo(words: readonly Word[], i: number): boolean {
  const before = words[i - 1];
  if (before?.lower === "to") return true;
  return before?.lemmas.includes("help") === true && words[i - 2]?.lower === "to";
}

/** "said", "told", "added": a one-word cue of report. */
function isReportingVerb(w: Word): boolean {
  return w.form.cues.some((c) => c.kind === "reported" && c.words.length === 1);
}

/**
 * "X sent a team to Y to investigate", "X will receive Y to discuss": an infinitive after the
 * object of a verb that does not tell its object what to do is done by that verb's subject;
 * "X urged Y to withdraw" (OBJECT_CONTROL) is Y's to do. Null when the phrase is no verb's object.
 */
function purposeSubject(view: ClauseView, object: Phrase): Phrase | null {
  const { words } = view;
  for (let k = object.first - 1; k >= 0 && k >= object.first - MAX_OBJECT_MODIFIERS; k--) {
    const w = words[k];
    if (view.phraseAt[k] || !(ALL_LOWER.test(w.text) || isNumber(w.lower))) return null; // "sent 300 troops"
    if (PREPOSITIONS.has(w.lower) || CLAUSE_BREAKS.has(w.lower)) return null;
    // "a team of experts", not "the right of Russian troops".
    if (w.lower === "of" && !GROUP_NOUNS.has(words[k - 1]?.lower ?? "")) return null;
    if (!looksLikeVerb(words, k)) continue;
    if (w.lemmas.some((l) => OBJECT_CONTROL.has(l))) return null;
    return subjectOf(view, k, null);
  }
  return null;
}

/**
 * A past form, or a word after an auxiliary or "to" ("will receive", "has set up", "to send");
 * not a participle that describes the noun ("the embattled leader", "US-supported militia").
 */
function looksLikeVerb(words: readonly Word[], k: number): boolean {
  const w = words[k];
  const previous = words[k - 1];
  if (previous && (previous.end === w.start || DETERMINERS.has(previous.lower))) return false;
  if (isPastForm(w)) return true;
  const before = previous?.lower ?? "";
  return (AUXILIARIES.has(before) || before === "to") && !DETERMINERS.has(w.lower);
}

/**
 * The subject phrase that stands for a whole noun phrase: the first of "A and B", the owner
 * X of "X of the Y" (not of "thousands of Y"), and the name of "the emir, Sheikh Hamad,".
 */
export function headOfSubject(view: ClauseView, phrase: Phrase): Phrase {
  const { words, phraseAt } = view;
  const named = bracketedName(view, phrase);
  if (named) return headOfSubject(view, named);
  const before = words[phrase.first - 1]?.lower;
  const first = firstConjunct(view, phrase);
  if (first) return first;
  const ofAt =
    words[phrase.first - 1]?.lower === "of"
      ? phrase.first - 1
      : words[phrase.first - 2]?.lower === "of" && DETERMINERS.has(before ?? "")
        ? phrase.first - 2
        : -1;
  const owner = ofAt > 0 ? phraseAtOrNull(phraseAt, ofAt - 1) : null;
  if (owner && !QUANTITIES.has(words[owner.last].lower)) return owner;
  // "The Red Dune is a border militia that ...": the subject of the copula.
  const copula = words[phrase.first - 2];
  if (copula && BE_FORMS.has(copula.lower) && DETERMINERS.has(before ?? "")) {
    const subject = phraseAtOrNull(phraseAt, phrase.first - 3);
    if (subject) return subject;
  }
  if (before === ",") {
    const apposed = phraseAtOrNull(phraseAt, phrase.first - 2);
    if (apposed && apposed === firstSubject(view, phrase.first) && apposed.first <= 1) return apposed;
  }
  return phrase;
}

/**
 * "the Eastland Union (EEU)": an acronym in brackets stands for the name before it, unless that
 * is only the tail of the name ("the Organization for Security and Co-operation in Europe (OSCE)").
 */
function bracketedName(view: ClauseView, phrase: Phrase): Phrase | null {
  const { words } = view;
  if (words[phrase.first - 1]?.text !== "(" || words[phrase.last + 1]?.text !== ")") return null;
  const named = phraseAtOrNull(view.phraseAt, phrase.first - 2);
  return named && !isPrepositionalObject(words, named) ? named : null;
}

function phraseAtOrNull(phraseAt: readonly (Phrase | null)[], k: number): Phrase | null {
  return k >= 0 ? phraseAt[k] : null;
}

/** A of "A and B", "A and the B", "A, B and C", given the last conjunct. */
function firstConjunct(view: ClauseView, phrase: Phrase): Phrase | null {
  const { words, phraseAt } = view;
  let first: Phrase | null = null;
  for (let p = phrase; ; ) {
    let k = p.first - 1;
    while (k > 0 && DETERMINERS.has(words[k].lower)) k--;
    const joins: boolean = words[k]?.lower === "and" || (first !== null && words[k]?.text === ",");
    const earlier: Phrase | null = joins && k > 0 ? phraseAt[k - 1] : null;
    if (!earlier || isPrepositionalObject(words, earlier)) return first;
    first = p = earlier;
  }
}

/** "quickly": an adverb between auxiliaries. */
const LOWER_ADVERB = /^\p{Ll}+ly$/u;
const ALL_LOWER = /^\p{Ll}+$/u;

function skipAuxiliariesLeft(words: readonly Word[], j: number): number {
  let k = j;
  while (k >= 0 && (AUXILIARIES.has(words[k].lower) || LOWER_ADVERB.test(words[k].text))) k--;
  return k;
}

// "Hegseth, via the US envoy in Baghdad, warned": the words between two commas are an aside.
function skipParenthetical(words: readonly Word[], comma: number): number {
  for (let k = comma - 1; k > 0 && k > comma - 12; k--) {
    if (words[k].text === ",") return k;
    // ", which Kestria banned in 2022," is an aside too; ", when ..." starts a clause.
    if (CLAUSE_BREAKS.has(words[k].lower) && !RELATIVE_PRONOUNS.has(words[k].lower)) return comma;
  }
  return comma;
}

/**
 * The subject of the sentence's first clause, for participles: "police fired, killing one"; a
 * dateline ("LAGOS — Police fired") names no subject; "a group of Eastmark elders" names the elders.
 */
function firstSubject(view: ClauseView, before: number): Phrase | null {
  const mayBeSubject = (p: Phrase) =>
    !isPlace(view, p) && !isPrepositionalObject(view.words, p) && !acrossQuote(view.words, p, before);
  const subject = view.phrases.find((p) => p.last < before && mayBeSubject(p));
  return subject ? groupOf(view, subject) : null;
}

/**
 * '"Our officers acted," he said': a quote mark between a phrase and the word at `before` puts
 * them in different voices, the quoted speaker's and the narrator's.
 */
function acrossQuote(words: readonly Word[], phrase: Phrase, before: number): boolean {
  let marks = 0;
  for (let k = phrase.last + 1; k < before; k++) if (/^["“”]$/.test(words[k].text)) marks++;
  return marks % 2 === 1;
}

function isPrepositionalObject(words: readonly Word[], phrase: Phrase): boolean {
  let k = phrase.first - 1;
  while (k >= 0 && isFiller(words[k].lower)) k--;
  return k >= 0 && PREPOSITIONS.has(words[k].lower) && !opensQuantity(words, k);
}

/** "up to 100 Kurds", "more than 50 villagers": a number's bound, not a preposition. */
function opensQuantity(words: readonly Word[], k: number): boolean {
  const pair = `${words[k - 1]?.lower} ${words[k].lower}`;
  return QUANTITY_BOUNDS.has(pair) && isNumber(words[k + 1]?.lower ?? "");
}

/** Whom the verb is aimed at: the recipient of a transfer ("offered troops to Lebanon"), else the object. */
function objectOf(view: ClauseView, trigger: TriggerMatch): Phrase | null {
  const direct = directObject(view, trigger);
  const object = direct && groupOf(view, direct);
  if (object && isOwnForce(view, object, trigger)) return destinationAfter(view, object.last);
  if (object && isAddressee(view, object, trigger)) return topicAfter(view, object.last) ?? object;
  if (!RECIPIENT_TYPES.has(trigger.frame.type) || (object?.proper ?? false)) return object;
  return recipientAfter(view, trigger) ?? object;
}

/**
 * "leaders of the new government", "thousands of Kurds": the group a quantity or its members
 * name; "a member of the council" is one person, no group.
 */
function groupOf(view: ClauseView, phrase: Phrase): Phrase {
  const { words } = view;
  const head = words[phrase.last].lower;
  if (!QUANTITIES.has(head) || ONE_OF.has(head) || words[phrase.last + 1]?.lower !== "of") return phrase;
  return phraseAfter(view, phrase.last + 1) ?? phrase;
}

/**
 * Armed men that the actor moves ("withdrew its troops", "declined to send peacekeepers") are
 * its own, not whom the event is aimed at.
 */
function isOwnForce(view: ClauseView, phrase: Phrase, trigger: TriggerMatch): boolean {
  if (!phrase.unit || phrase.entity) return false;
  if (MOVING_TYPES.has(trigger.frame.type)) return true;
  let k = phrase.first - 1;
  while (k > trigger.last && isNumber(view.words[k].lower)) k--;
  const before = view.words[k];
  if (POSSESSIVES.has(before.lower)) return true;
  return before.lemmas.some((l) =>
    view.lexicon.triggers.get(l)?.some((t) => t.pos === "verb" && MOVING_TYPES.has(t.frame?.type ?? "")),
  );
}

/** "complained to the League over Southland raids": whom a complaint is made to, not about. */
function isAddressee(view: ClauseView, phrase: Phrase, trigger: TriggerMatch): boolean {
  if (!ADDRESSED_TYPES.has(trigger.frame.type)) return false;
  let k = phrase.first - 1;
  while (k > trigger.last && DETERMINERS.has(view.words[k].lower)) k--;
  return view.words[k]?.lower === "to";
}

/** The participant a complaint is about: "over X", "about X", "against X" after its addressee. */
function topicAfter(view: ClauseView, from: number): Phrase | null {
  return phraseAfterPreposition(view, from, COMPLAINED_ABOUT, MAX_TOPIC_DISTANCE);
}

/** Where moved forces go or leave: "to X", "from X", "in X", "against X". */
function destinationAfter(view: ClauseView, from: number): Phrase | null {
  return phraseAfterPreposition(view, from, DESTINATION_PREPOSITIONS, MAX_DESTINATION_DISTANCE);
}

/** The phrase after the first of `prepositions` within `maxDistance` words, in the same clause. */
function phraseAfterPreposition(
  view: ClauseView,
  from: number,
  prepositions: ReadonlySet<string>,
  maxDistance: number,
): Phrase | null {
  const { words } = view;
  for (let j = from + 1; j < words.length && j <= from + maxDistance; j++) {
    const lower = words[j].lower;
    if (/^[,;:.]$/.test(words[j].text) || CLAUSE_BREAKS.has(lower)) return null;
    const found = prepositions.has(lower) ? phraseAfter(view, j) : null;
    if (found) return found;
  }
  return null;
}

function recipientAfter(view: ClauseView, trigger: TriggerMatch): Phrase | null {
  const { words } = view;
  for (let j = trigger.last + 1; j < words.length && j <= trigger.last + MAX_RECIPIENT_DISTANCE; j++) {
    const lower = words[j].lower;
    // "to" of "up to 500 troops" bounds a number.
    if ((lower === "to" || lower === "for") && !opensQuantity(words, j)) {
      const phrase = phraseAfter(view, j);
      if (phrase) return phrase;
    }
    if (/^[,;:.]$/.test(words[j].text)) return null;
  }
  return null;
}

/** The first participant after the verb that is neither a place nor the agent of a passive. */
function directObject(view: ClauseView, trigger: TriggerMatch): Phrase | null {
  const { words, phraseAt } = view;
  const limit = Math.min(words.length, trigger.last + 1 + MAX_OBJECT_DISTANCE);
  // "expelled two Russian diplomats": the trigger may end inside its object.
  const closing = phraseAt[trigger.last];
  if (closing && closing.first > trigger.first && closing.first < trigger.last) return closing;
  const inner = objectWithin(view, trigger);
  if (inner) return inner;
  for (let j = trigger.last + 1; j < limit; j++) {
    const phrase = phraseAt[j];
    if (phrase) {
      if (!isPlaceOrAgent(words, phrase, trigger)) return phrase;
      j = phrase.last;
      continue;
    }
    const lower = words[j].lower;
    if (lower === "that" && j - trigger.last <= 3) continue; // "demanded that the US cancel": the US is asked
    if (COORDINATORS.has(lower) && startsVerb(view, j + 1)) return null; // "condemned the raids and urged ..."
    // "denounced as a crime Serbia's crackdown": "as" opens no clause before the object, unless a
    // subject and its verb follow ("resigned as the opposition threatened to ...").
    if (lower === "as" && !opensClause(view, j)) continue;
    if (lower === "," || lower === "." || CLAUSE_BREAKS.has(lower) || ADJUNCT_OPENERS.has(lower)) return null;
  }
  return null;
}

/** "found the Southland envoy guilty": a verdict's object stands between the verb and the verdict. */
function objectWithin(view: ClauseView, trigger: TriggerMatch): Phrase | null {
  if (!VERDICTS.has(view.words[trigger.last].lower)) return null;
  for (let j = trigger.first + 1; j < trigger.last; j++) {
    const phrase = view.phraseAt[j];
    if (phrase && phrase.last < trigger.last) return phrase;
  }
  return null;
}

function isPlaceOrAgent(words: readonly Word[], phrase: Phrase, trigger: TriggerMatch): boolean {
  let k = phrase.first - 1;
  while (k > trigger.last && isFiller(words[k].lower)) k--;
  if (k <= trigger.last) return false;
  const prep = words[k].lower;
  if (APPROXIMATORS.has(prep) && isNumber(words[k + 1]?.lower ?? "")) return false; // "arrested about 50 protesters"
  // "rejected calls by Belarus": the caller is whom the rejection is aimed at; "hit by" is a passive's.
  if (prep === "by") return k === trigger.last + 1;
  if (PLACE_PREPOSITIONS.has(prep)) return true;
  // "held talks at the palace": one meets at a place ("fired at" aims at a target).
  if (prep === "at" && trigger.frame.type === "CONSULT") return true;
  if (TOPIC_PREPOSITIONS.has(prep) && k === trigger.last + 1 && trigger.first === trigger.last) return true;
  return prep === "from" && (trigger.frame.type === "ASSAULT" || trigger.frame.type === "MOBILIZE");
}

/** Whether a phrase and a verb follow the word at j: "as the opposition threatened". */
function opensClause(view: ClauseView, j: number): boolean {
  const subject = phraseAfter(view, j);
  const next = subject ? subject.last + 1 : -1;
  return (
    next > 0 &&
    next < view.words.length &&
    (AUXILIARIES.has(view.words[next].lower) || startsVerb(view, next))
  );
}

/** Whether the word at j looks like a verb: a past form, or a trigger that is no participant. */
function startsVerb(view: ClauseView, j: number): boolean {
  const w = view.words[j];
  if (!w || view.phraseAt[j]) return false;
  return w.lower.endsWith("ed") || w.form.triggerLemma || w.form.lightVerb;
}

/**
 * Who must act in the clause that opens at word j: its subject ("unless Southland pays"), or the
 * agent of a passive ("until its demands are met by Southland"; not of "until the inquiry by
 * the police ends").
 */
export function obligedBy(view: ClauseView, j: number): Phrase | null {
  return phraseAfter(view, j) ?? passiveAgentIn(view, j);
}

/** "by Y" right after a past participle in the clause that opens at word j. */
function passiveAgentIn(view: ClauseView, j: number): Phrase | null {
  const { words } = view;
  for (let k = j + 1; k < words.length; k++) {
    if (CLAUSE_BREAKS.has(words[k].lower) || /^[,;:.]$/.test(words[k].text)) return null;
    if (words[k].lower === "by") return isPastForm(words[k - 1]) ? phraseAfter(view, k) : null;
  }
  return null;
}

/** "by Y" after a passive verb. */
function agentAfter(view: ClauseView, last: number): Phrase | null {
  const { words, phraseAt } = view;
  for (let j = last + 1; j < words.length && j <= last + 20; j++) {
    if (words[j].lower !== "by") {
      if (CLAUSE_BREAKS.has(words[j].lower)) return null;
      continue;
    }
    return phraseAfter(view, j) ?? phraseAt[j + 1] ?? modifiedPhraseAfter(view, j);
  }
  return null;
}

/** "by border guards", "by the riot police": a phrase after a word or two of lower-case modifiers. */
function modifiedPhraseAfter(view: ClauseView, j: number): Phrase | null {
  let k = j + 1;
  while (k < view.words.length && isFiller(view.words[k].lower)) k++;
  for (let n = 0; n < 2 && k < view.words.length; n++, k++) {
    if (view.phraseAt[k]) return view.phraseAt[k];
    if (!ALL_LOWER.test(view.words[k].text) || PREPOSITIONS.has(view.words[k].lower)) return null;
  }
  return view.phraseAt[k] ?? null;
}

/**
 * With no object, the other party of a reciprocal event ("Jordan and Britain agreed") or the
 * place the event is in ("lifted a curfew in Eastmark") stands as the target.
 */
function fallbackTarget(view: ClauseView, actor: Phrase | null, trigger: TriggerMatch): Phrase | null {
  const { words } = view;
  const last = trigger.last;
  const partner = isReciprocal(view, trigger) ? partnerOf(view, actor, trigger) : null;
  if (partner) return partner;
  let place: Phrase | null = null;
  for (let j = last + 1; j < words.length && j <= last + MAX_OBJECT_DISTANCE; j++) {
    const lower = words[j].lower;
    // "threatened to strike unless Baghdad complies": the threat is aimed at who must comply.
    if (trigger.frame.type === "THREATEN" && (lower === "if" || lower === "unless"))
      return phraseAfter(view, j);
    // "refused to resign despite calls from the opposition": a refusal is aimed at who presses for it.
    if (trigger.frame.type === "REJECT" && lower === "despite") return pressingParty(view, j);
    if (/^[,;:.]$/.test(words[j].text) || CLAUSE_BREAKS.has(lower)) break;
    if (AIMED_AT.has(lower) && phraseAfter(view, j)) return phraseAfter(view, j); // "to protest against X"
    if (PLACE_PREPOSITIONS.has(lower)) place ??= phraseAfter(view, j);
  }
  return (trigger.frame.type === "PROTEST" ? purposeTarget(view, trigger) : null) ?? place;
}

/** X of "despite (growing) pressure by X", "despite calls from X". */
function pressingParty(view: ClauseView, despite: number): Phrase | null {
  for (let j = despite + 1; j < view.words.length && j <= despite + 5; j++) {
    const lower = view.words[j].lower;
    if (lower === "by" || lower === "from") return phraseAfter(view, j);
    if (view.phraseAt[j] || /^[,;:.]$/.test(view.words[j].text)) return null;
  }
  return null;
}

/** The first participant named after a later verb of demand or protest: "rallied to demand X's resignation". */
function purposeTarget(view: ClauseView, trigger: TriggerMatch): Phrase | null {
  const { words } = view;
  for (let j = trigger.last + 1; j < words.length && j <= trigger.last + MAX_PURPOSE_DISTANCE; j++) {
    if (/^[;:.]$/.test(words[j].text)) return null;
    if (isPurposeVerb(view, j)) return participantAfter(view, j);
  }
  return null;
}

function isPurposeVerb(view: ClauseView, j: number): boolean {
  return view.words[j].lemmas.some((l) =>
    view.lexicon.triggers.get(l)?.some((t) => t.frame !== null && PURPOSE_TYPES.has(t.frame.type)),
  );
}

/** The first phrase after word j in its clause that is not a place ("in Lagos") or its own subject. */
function participantAfter(view: ClauseView, j: number): Phrase | null {
  const { words, phraseAt } = view;
  for (let k = j + 1; k < words.length && k <= j + MAX_OBJECT_DISTANCE; k++) {
    const phrase = phraseAt[k];
    if (phrase && !isPlaceObject(words, phrase)) return phrase;
    if (phrase) k = phrase.last;
    else if (/^[,;:.]$/.test(words[k].text) || CLAUSE_BREAKS.has(words[k].lower)) return null;
  }
  return null;
}

function isPlaceObject(words: readonly Word[], phrase: Phrase): boolean {
  let k = phrase.first - 1;
  while (k >= 0 && isFiller(words[k].lower)) k--;
  return k >= 0 && (PLACE_PREPOSITIONS.has(words[k].lower) || words[k].lower === "at");
}

/** B of a subject "A and B" before the trigger; "A and other Bs" are one side, not two. */
function partnerOf(view: ClauseView, actor: Phrase | null, trigger: TriggerMatch): Phrase | null {
  const { words } = view;
  if (actor?.partner && actor.partner.last < trigger.first) return actor.partner; // "the two sides agreed"
  if (!actor || words[actor.last + 1]?.lower !== "and" || SAME_SIDE.has(words[actor.last + 2]?.lower))
    return null;
  const partner = phraseAfter(view, actor.last + 1);
  return partner && partner.last < trigger.first ? partner : null;
}

/** The phrase that starts within a few words after word j (past determiners, numbers, directions). */
function phraseAfter(view: ClauseView, j: number): Phrase | null {
  const { words, phraseAt } = view;
  let k = j + 1;
  while (k < words.length && isFiller(words[k].lower)) k++;
  return phraseAt[k] ?? null;
}

function nominalRoles(view: ClauseView, trigger: TriggerMatch): Roles {
  if (view.words[trigger.first - 1]?.lower === "under") return undergoneRoles(view, trigger);
  const light = lightVerbBefore(view, trigger.first);
  const recipient = light !== null ? givenTo(view, light, trigger.first) : null;
  const between = betweenPair(view, trigger.last);
  const lightSubject = light !== null ? subjectOf(view, light, null) : null;
  if (between && lightSubject) return { actor: lightSubject, target: between.actor };
  if (between) return between;
  // "A and B renewed negotiations on X": the talks are between A and B.
  const partner = lightSubject && isReciprocal(view, trigger) ? partnerOf(view, lightSubject, trigger) : null;
  if (partner) return { actor: lightSubject, target: partner };
  const author = light === null ? authorAfter(view, trigger) : null;
  if (author) return { actor: author, target: subjectOf(view, trigger.first, null) };
  const target = recipient ?? perpetratorOf(view, trigger) ?? nominalTarget(view, trigger);
  if (light !== null && view.words[light].form.reversedLightVerb) {
    return {
      actor: phraseAfterWord(view, trigger.last, "from"),
      target: subjectOf(view, light, null),
    };
  }
  const undergoer = target ? null : ownerWhoUndergoes(view, trigger);
  if (undergoer) return { actor: phraseAfterWord(view, trigger.last, "by"), target: undergoer };
  // "the president ordered a new FBI investigation": who carries out, holds or attends the event
  // comes before a name that modifies its noun.
  const actor =
    lightSubject ??
    modifierBefore(view, trigger.first) ??
    possessorOf(view, trigger.first) ??
    phraseAfterWord(view, trigger.last, "by");
  const found = target ?? fallbackTarget(view, actor, trigger);
  return { actor, target: found === actor ? null : found };
}

/**
 * "Westland turned down a request from the opposition": words named right after their noun with "from"
 * are that party's; they are aimed at the clause's subject, who answers them.
 */
function authorAfter(view: ClauseView, trigger: TriggerMatch): Phrase | null {
  if (!SPOKEN_TYPES.has(trigger.frame.type) || view.words[trigger.last + 1]?.lower !== "from") return null;
  return phraseAfter(view, trigger.last + 1);
}

/**
 * "came under attack from X", "resigned under pressure from X", "was placed under arrest by X":
 * the subject of the clause undergoes the noun after "under", done by whom "from" or "by" names.
 */
function undergoneRoles(view: ClauseView, trigger: TriggerMatch): Roles {
  const agent = phraseAfterWord(view, trigger.last, "from") ?? phraseAfterWord(view, trigger.last, "by");
  return {
    actor: agent ?? stateWhereDone(view, trigger),
    target: subjectOf(view, trigger.first - 1, null),
  };
}

/**
 * "was arrested in Kestria", "was put under investigation in Kestria": an act only a state's
 * authorities do, told with no agent, is the act of the country it happens in.
 */
function stateWhereDone(view: ClauseView, trigger: TriggerMatch): Phrase | null {
  if (!view.lexicon.stateActs.has(trigger.frame.cameo)) return null;
  const { words } = view;
  for (let j = trigger.last + 1; j < words.length && j <= trigger.last + MAX_PLACE_DISTANCE; j++) {
    if (/^[,;:.]$/.test(words[j].text) || CLAUSE_BREAKS.has(words[j].lower)) return null;
    const place = words[j].lower === "in" ? phraseAfter(view, j) : null;
    if (place) return place.entity?.type === "COUNTRY" ? place : null;
  }
  return null;
}

/** The recipient right after a light verb of giving: Westland of "gave Westland a loan". */
function givenTo(view: ClauseView, light: number, noun: number): Phrase | null {
  let k = light + 1;
  while (k < noun && ARTICLES.has(view.words[k].lower)) k++;
  const phrase = view.phraseAt[k];
  return phrase && phrase.first === k ? recipientOfLightVerb(view, phrase, noun) : null;
}

/**
 * "demanded their release": the owner of a noun like release or arrest undergoes it, when no
 * "of" phrase after it names who undergoes it (then the owner does it: "their release of the
 * hostages").
 */
function ownerWhoUndergoes(view: ClauseView, trigger: TriggerMatch): Phrase | null {
  if (trigger.first !== trigger.last) return null;
  if (!view.words[trigger.last].lemmas.some((l) => view.lexicon.undergoerNouns.has(l))) return null;
  return possessorOf(view, trigger.first);
}

/** "The committee completed its inquiry into claims by X": "its" is the clause's subject. */
function possessorOf(view: ClauseView, i: number): Phrase | null {
  const { words } = view;
  let k = i - 1;
  while (k >= 0 && k >= i - 3 && ALL_LOWER.test(words[k].text) && !POSSESSIVES.has(words[k].lower)) k--;
  return k >= 0 && POSSESSIVES.has(words[k].lower) ? subjectOf(view, k, null) : null;
}

/** "a call between A and B". */
function betweenPair(view: ClauseView, last: number): Roles | null {
  const { words } = view;
  let at = last + 1;
  // "a call that reportedly took place between A and B"
  while (
    at < words.length &&
    at <= last + 6 &&
    words[at].lower !== "between" &&
    !/^[,;:.]$/.test(words[at].text)
  )
    at++;
  if (words[at]?.lower !== "between") return null;
  const a = phraseAfter(view, at);
  if (!a) return null;
  const and = view.words[a.last + 1];
  const b = and && (and.lower === "and" || and.lower === "&") ? phraseAfter(view, a.last + 1) : null;
  return { actor: a, target: b };
}

/** The light verb whose object the noun at i is ("launched an attack", "held talks"), or null. */
function lightVerbBefore(view: ClauseView, i: number): number | null {
  const { words } = view;
  let reach = 7;
  // "attended the League summit": the name right before the noun is no break.
  const modifier = view.phraseAt[i - 1]?.last === i - 1 ? modifierBefore(view, i) : null;
  for (let j = i - 1; j >= 0 && reach > 0; j--) {
    if (modifier && j === modifier.last) j = modifier.first - 1;
    if (j < 0) return null;
    const w = words[j];
    if (/^["“”‘’']$/.test(w.text)) continue; // "issued its “final” warning"
    reach--;
    if (w.form.lightVerb || w.form.reversedLightVerb) return j;
    if (w.lower === "for" && words[j - 1]?.lower === "responsibility") continue; // "claimed responsibility for"
    if (w.lower === "for" && words[j - 1]?.lower === "responsible") return j - 1; // "X was responsible for"
    if (w.lower === "in" && words[j - 1]?.form.lightVerb) continue; // "engaged in ethnic cleansing"
    if (PREPOSITIONS.has(w.lower) && boundsNumber(words, j)) continue; // "launched at least three strikes"
    const recipient = view.phraseAt[j];
    if (recipient && recipientOfLightVerb(view, recipient, i) !== null)
      return verbBeforeRecipient(words, recipient);
    // "carried out mortar, sniper and drone attacks": the list is passed whole.
    if (w.text === "," && inModifierList(view, j, i)) {
      j = listStart(view, j);
      continue;
    }
    if (view.phraseAt[j] || /^[,;:]$/.test(w.text) || PREPOSITIONS.has(w.lower)) return null;
  }
  return null;
}

/** A lower-case word of a list of modifiers: "mortar", "sniper", "drone". */
function isListWord(view: ClauseView, k: number): boolean {
  const word = view.words[k];
  const phrase = view.phraseAt[k];
  if (phrase && phrase.first !== phrase.last) return false;
  return /^\p{Ll}+$/u.test(word.text) && !PREPOSITIONS.has(word.lower) && !COORDINATORS.has(word.lower);
}

/**
 * Whether the comma at `comma` separates modifiers of the noun at `noun`: "mortar, sniper, and
 * drone attacks", "air, sea and rocket fire" ("rocket fire" is one noun). The words from the comma to the noun are single
 * lower-case words with a coordinator among them, and so is the word before the comma.
 */
function inModifierList(view: ClauseView, comma: number, noun: number): boolean {
  if (comma < 1 || !isListWord(view, comma - 1)) return false;
  let coordinated = false;
  for (let k = comma + 1; k < noun; k++) {
    if (COORDINATORS.has(view.words[k].lower)) coordinated = true;
    else if (view.words[k].text !== "," && !isListWord(view, k)) return false;
  }
  return coordinated;
}

/** The first word of the list of modifiers whose comma is at `comma`. */
function listStart(view: ClauseView, comma: number): number {
  let k = comma - 1;
  while (k >= 2 && view.words[k - 1].text === "," && isListWord(view, k - 2)) k -= 2;
  return k;
}

/**
 * "gave Westland a loan", "offered the rebels support": the phrase right after a light verb that moves
 * its noun to someone, before that noun, is whom it goes to; not a possessive ("launched Israel's
 * offensive"). Null when the phrase is not so placed.
 */
function recipientOfLightVerb(view: ClauseView, phrase: Phrase, noun: number): Phrase | null {
  const { words } = view;
  const verb = words[verbBeforeRecipient(words, phrase)];
  if (!verb?.lemmas.some((l) => GIVING_VERBS.has(l))) return null;
  if (/['’]s$/.test(words[phrase.last].text) || phrase.last + 1 >= noun) return null;
  for (let k = phrase.last + 1; k < noun; k++)
    if (!ALL_LOWER.test(words[k].text) && !isNumber(words[k].lower)) return null;
  return phrase;
}

/** The word before a recipient and its article: "gave" of "gave the Southland". */
function verbBeforeRecipient(words: readonly Word[], phrase: Phrase): number {
  let k = phrase.first - 1;
  while (k >= 0 && ARTICLES.has(words[k].lower)) k--;
  return k;
}

/** Whether the preposition at j is part of a number's bound: "at least", "up to", "more than". */
function boundsNumber(words: readonly Word[], j: number): boolean {
  const lower = words[j].lower;
  return (
    NUMBER_BOUNDS.has(`${lower} ${words[j + 1]?.lower}`) ||
    NUMBER_BOUNDS.has(`${words[j - 1]?.lower} ${lower}`)
  );
}

/** A possessive or modifying participant right before the noun: "Israel's strikes", "US operations". */
function modifierBefore(view: ClauseView, i: number): Phrase | null {
  const { words, phraseAt } = view;
  let j = i - 1;
  while (j >= 0 && !phraseAt[j] && ALL_LOWER.test(words[j].text) && !PREPOSITIONS.has(words[j].lower)) {
    if (DETERMINERS.has(words[j].lower) || PRONOUNS.has(words[j].lower) || AUXILIARIES.has(words[j].lower))
      return null;
    if (words[j].form.lightVerb) return null;
    if (i - j > 2) return null;
    j--;
  }
  const phrase = j >= 0 ? phraseAt[j] : null;
  return phrase && phrase.last === j ? phrase : null;
}

/**
 * The phrase after `preposition` within a few words of a noun, before any other event noun: in
 * "a hunger strike against violations by the police", "by" belongs to the violations.
 */
function phraseAfterWord(view: ClauseView, last: number, preposition: string): Phrase | null {
  for (let j = last + 1; j < view.words.length && j <= last + 6; j++) {
    const w = view.words[j];
    if (w.lower === preposition) return phraseAfter(view, j);
    if (/^[,;:.]$/.test(w.text) || w.form.eventNoun) return null;
  }
  return null;
}

/**
 * "an inquiry into crimes committed by X", "charges of abuses carried out by X": who is accused
 * is who did the wrong the accusation names, not its victims ("against civilians").
 */
function perpetratorOf(view: ClauseView, trigger: TriggerMatch): Phrase | null {
  if (trigger.frame.type !== "ACCUSE") return null;
  const { words } = view;
  for (let j = trigger.last + 1; j < words.length && j <= trigger.last + MAX_WRONG_DISTANCE; j++) {
    if (/^[,;:.]$/.test(words[j].text) || (view.phraseAt[j] && j > trigger.last + 1)) return null;
    const done = PERPETRATION.has(words[j].lower)
      ? j
      : words[j].lower === "carried" && words[j + 1]?.lower === "out"
        ? j + 1
        : -1;
    if (done > 0 && words[done + 1]?.lower === "by") return phraseAfter(view, done + 1);
  }
  return null;
}

/** "attack on Y", "talks with Y", "the killing of Y". */
function nominalTarget(view: ClauseView, trigger: TriggerMatch): Phrase | null {
  const { words } = view;
  for (let j = trigger.last + 1; j < words.length && j <= trigger.last + 5; j++) {
    const lower = words[j].lower;
    const aims =
      TARGET_PREPOSITIONS.has(lower) ||
      (lower === "of" && PATIENT_OF.has(trigger.frame.type)) ||
      (lower === "from" && MOVING_TYPES.has(trigger.frame.type)); // "withdrawal from Gorazde"
    if (aims) {
      const found = phraseAfter(view, j) ?? phraseAfter(view, j + 1);
      if (found) return groupOf(view, found); // else a time or a thing: "a strike on Monday against X"
    }
    if (lower === "that" && trigger.frame.type === "REQUEST") return askedIn(view, j);
    const phrase = view.phraseAt[j];
    // "the withdrawal of its troops from X": the forces moved are the mover's own, the aim is X.
    if (phrase && MOVING_TYPES.has(trigger.frame.type) && phrase.unit && !phrase.entity) j = phrase.last;
    else if (phrase || /^[,;:.]$/.test(words[j].text)) return null;
  }
  return null;
}

/**
 * "the demand that Iran halt enrichment": the subject of the clause a demand states is the one
 * asked; "the demand that Iran made" is a relative clause, whose verb is past or finite.
 */
function askedIn(view: ClauseView, that: number): Phrase | null {
  const subject = phraseAfter(view, that);
  const verb = subject ? view.words[subject.last + 1] : undefined;
  if (!subject || !verb || isPastForm(verb) || FINITE_AUXILIARIES.has(verb.lower)) return null;
  return subject;
}

/** Who a reporting cue names as the source: "X said", "said X", "according to X". */
export function sourceOfCue(view: ClauseView, cue: { first: number; last: number }): Phrase | null {
  const after = phraseAfter(view, cue.last);
  if (view.words[cue.last].lower === "to" || view.words[cue.first].lower === "citing") return after;
  const j = skipAuxiliariesLeft(view.words, cue.first - 1);
  const before = j >= 0 ? view.phraseAt[j] : null;
  return before ?? (after && view.words[after.last + 1]?.text === "." ? after : null);
}
