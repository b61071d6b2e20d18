// Demands stated with a modal of obligation inside a reported clause: "Russia said Sudan must
// return the helicopter" is Russia's demand on Sudan, though no demand verb is used.
import type { EventLexicon } from "../../knowledge/events.js";
import type { CueHit } from "./modality.js";
import type { Phrase } from "./phrases.js";
import { type ClauseView, headOfSubject, type Roles, sourceOfCue } from "./roles.js";
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
    const obliged = headOfSubject(view, before); // "said Chile and Peru must ...": Chile first
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

/** Whether a modal of obligation follows the first word: without one there is no such demand. */
export function hasDemandModal(words: readonly Word[], lexicon: EventLexicon): boolean {
  for (let i = 1; i < words.length; i++) if (modalAt(words, i, lexicon)) return true;
  return false;
}

function modalAt(words: readonly Word[], i: number, lexicon: EventLexicon): string[] | undefined {
  if (!words[i].form.opensModal) return undefined;
  return lexicon.demand.modals.find((m) => wordsAre(words, i, m));
}
