// What the event lexicon makes of one spelling of a word. Most words of a text are spelled the
// same way many times over ("the", "said", "Iraq"), so each spelling is looked up in the lexicon
// once and every word so spelled reads the answers from its form: the stage's passes over the
// words then cost a field read per word, not a lexicon lookup.
import {
  type Cue,
  type EventLexicon,
  isNounForm,
  lemmasOf,
  mayOpen,
  type Trigger,
} from "../../knowledge/events.js";
import { CONDITIONS, isCapitalized, PRONOUNS } from "./grammar.js";
import { type ClassClues, classClues } from "./phrases.js";

/**
 * What the lexicon makes of one spelling. It also holds the clues to the class of a word so
 * spelled in a participant phrase (phrases.ts), so that each word reaches one object.
 */
export interface Form extends ClassClues {
  lower: string;
  /** The lower-case form, then the lexicon lemmas it may inflect. */
  lemmas: string[];
  capitalized: boolean;
  /** Whether it may open a trigger or a demand. */
  opens: boolean;
  /**
   * The triggers that may start at a word so spelled, in the order of its lemmas and, for each,
   * longest first: a noun trigger only where the spelling is a form of the noun.
   */
  triggers: readonly Trigger[];
  /** Whether a lemma of it opens a trigger or an idiom. */
  triggerLemma: boolean;
  /** Whether a lemma of it is a light verb ("carried out strikes"), or a reversed one ("received a warning"). */
  lightVerb: boolean;
  reversedLightVerb: boolean;
  /** Whether a lemma of it opens a trigger whose coordinated subject acts on itself. */
  reciprocal: boolean;
  /** "called him on Monday" is no "call on": a pronoun, a quote or a stop ends the phrasal verb. */
  endsPhrasalVerb: boolean;
  /** Whether a word so spelled may be a noun that codes an event: "offensive", "strikes". */
  eventNoun: boolean;
  /** The cue phrases that start with it. */
  cues: readonly Cue[];
  /** Whether a modal of demand starts with it. */
  opensModal: boolean;
  /** Whether it makes a sentence a sports report. */
  sports: boolean;
}

// The cache is emptied when it grows large, so memory stays bounded.
const MAX_CACHED_FORMS = 100_000;

export class FormCache {
  private readonly forms = new Map<string, Form>();

  constructor(private readonly lexicon: EventLexicon) {}

  get(surface: string): Form {
    let form = this.forms.get(surface);
    if (!form) {
      if (this.forms.size >= MAX_CACHED_FORMS) this.forms.clear();
      form = readForm(this.lexicon, surface);
      this.forms.set(surface, form);
    }
    return form;
  }
}

function readForm(lexicon: EventLexicon, surface: string): Form {
  const lower = surface.toLowerCase();
  const lemmas = lemmasOf(lexicon, lower);
  const capitalized = isCapitalized(surface);
  const triggers = triggersOf(lexicon, lower, lemmas);
  return {
    lower,
    lemmas,
    capitalized,
    opens: mayOpen(lexicon, lower) || CONDITIONS.has(lower),
    triggers,
    triggerLemma: lemmas.some((l) => lexicon.triggers.has(l)),
    lightVerb: lemmas.some((l) => lexicon.lightVerbs.has(l)),
    reversedLightVerb: lemmas.some((l) => lexicon.reversedLightVerbs.has(l)),
    reciprocal: lemmas.some((l) => lexicon.reciprocalLemmas.has(l)),
    endsPhrasalVerb: /^[,;:.()"“”]$/.test(surface) || PRONOUNS.has(lower),
    eventNoun: triggers.some((t) => t.pos === "noun" && t.frame !== null),
    cues: lexicon.cues.get(lower) ?? [],
    opensModal: lexicon.demand.modals.some((m) => m[0] === lower),
    sports: lexicon.sportsCues.has(lower),
    ...classClues(lexicon, lower, lemmas, capitalized),
  };
}

function triggersOf(lexicon: EventLexicon, lower: string, lemmas: readonly string[]): Trigger[] {
  return lemmas.flatMap((lemma) =>
    (lexicon.triggers.get(lemma) ?? []).filter((t) => t.pos !== "noun" || isNounForm(lower, t.lemmas[0])),
  );
}

const cachesByLexicon = new WeakMap<EventLexicon, FormCache>();

/** The forms of a lexicon, read through its cache. */
export function formsOf(lexicon: EventLexicon): FormCache {
  let cache = cachesByLexicon.get(lexicon);
  if (!cache) {
    cache = new FormCache(lexicon);
    cachesByLexicon.set(lexicon, cache);
  }
  return cache;
}

/** The lower-case form of a surface form, read through the cache. */
export function lowerOf(lexicon: EventLexicon, surface: string): string {
  return formsOf(lexicon).get(surface).lower;
}
