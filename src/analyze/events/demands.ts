// Demands stated without a demand verb: with a modal of obligation inside a reported clause
// ("Russia said Sudan must return the helicopter" is Russia's demand on Sudan), and as a refusal
// on a condition ("Northland will not lift the blockade until Southland frees the crew").
import type { EventLexicon } from "../../knowledge/events.js";
import { CONDITIONS } from "./grammar.js";
import type { CueHit } from "./modality.js";
import type { Phrase } from "./phrases.js";
import { type ClauseView, headOfSubject, obligedBy, type Roles, sourceOfCue, subjectOf } from "./roles.js";
import type { TriggerMatch } from "./triggers.js";
import { type Word, wordsAre } from "./words.js";

export function findDemands(
  view: ClauseView,
  cues: readonly CueHit[],
): { trigger: TriggerMatch; roles: Roles }[] {
  const { words, phraseAt, lexicon } = view;
  const out: { trigger: TriggerMatch; roles: Roles }[] = [];
  for (let i = 1; i < words.length; i++) {
    const modal = modalAt(words, i, lexicon);
    const before: Phrase | null = modal ? phraseAt[i - 1] : null;
    if (!modal || !before) continue;
    // "said Chile and Peru must ...": Chile first; "the rebels in Darfur must": the rebels.
    const obliged = headOfSubject(view, subjectOf(view, i, null) ?? before);
    const cue = cues.find((c) => c.kind === "reported" && c.last < obliged.first);
    const speaker = cue ? sourceOfCue(view, cue) : null;
    if (!speaker || speaker === obliged) continue;
    const trigger = {
      first: i,
      last: i + modal.length - 1,
      pos: "verb" as const,
      frame: lexicon.demand.frame,
    };
    out.push({ trigger, roles: { actor: speaker, target: obliged } });
  }
  return out;
}

/**
 * Whether a modal of obligation or a condition follows the first word: without one there is no
 * demand stated without a demand verb.
 */
export function mayStateDemand(words: readonly Word[], lexicon: EventLexicon): boolean {
  for (let i = 1; i < words.length; i++)
    if (modalAt(words, i, lexicon) || CONDITIONS.has(words[i].lower)) return true;
  return false;
}

function modalAt(words: readonly Word[], i: number, lexicon: EventLexicon): string[] | undefined {
  if (!words[i].form.opensModal) return undefined;
  return lexicon.demand.modals.find((m) => wordsAre(words, i, m));
}

/** Modals whose negation refuses: "will not", "would never". */
const REFUSING_MODALS = new Set(["will", "would", "shall", "can"]);
const NEGATIONS = new Set(["not", "never"]);
const REFUSALS = new Set(["won't", "won’t", "wouldn't", "wouldn’t", "cannot", "can't", "can’t"]);
/** Words from a refusal to its condition: "will not lift the ban on trade with Eastmark until". */
const MAX_REFUSAL_SPAN = 15;

/**
 * "Northland will not lift the blockade until Southland frees the crew": a refusal until someone
 * acts is the refuser's demand on whoever must act, named first in the condition ("until the
 * crew is freed by Southland": by its agent).
 */
export function findConditionalDemands(view: ClauseView): { trigger: TriggerMatch; roles: Roles }[] {
  const { words, lexicon } = view;
  const out: { trigger: TriggerMatch; roles: Roles }[] = [];
  for (let i = 1; i < words.length; i++) {
    if (!CONDITIONS.has(words[i].lower)) continue;
    const refusal = refusalBefore(words, i);
    if (refusal === null) continue;
    const actor = subjectOf(view, refusal, null);
    const target = obligedBy(view, i);
    if (!actor || !target || target === actor) continue;
    const trigger = { first: refusal, last: i, pos: "verb" as const, frame: lexicon.demand.frame };
    out.push({ trigger, roles: { actor, target } });
  }
  return out;
}

/** The negation of a modal in the clause before word i ("will not", "won't"), or null. */
function refusalBefore(words: readonly Word[], i: number): number | null {
  for (let k = i - 1; k > 0 && k >= i - MAX_REFUSAL_SPAN; k--) {
    const lower = words[k].lower;
    if (REFUSALS.has(lower)) return k;
    if (NEGATIONS.has(lower) && REFUSING_MODALS.has(words[k - 1].lower)) return k;
    if (/^[,;:.]$/.test(words[k].text)) return null;
  }
  return null;
}
