// A pull quotation signed inside its marks: “... than it looks. Jane Roe, Harbor Institute” ends
// with the speaker's name and affiliation instead of a cue.
import type { Range } from "../types.js";
import type { SpeakerPhrase } from "./phrase.js";

/**
 * After a sentence end (not an abbreviation's period: "Mr. Roe"), a name of two to four capitalized words, a comma, and a
 * short affiliation with no sentence end ("Harbor Institute scholar, on the tolls"), closing the quotation.
 */
const SIGNATURE =
  /(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Capt|Jr|Sr|No))[.!?…]\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),\s+[^.!?…“”"]{3,120}\.?\s*$/u;
/** A verb in the affiliation makes it a clause ("Jane Roe, the mayor, is wrong"). */
const FINITE_VERB =
  /\b(?:is|are|was|were|has|have|had|will|would|can|cannot|could|should|must|may|might|do|does|did|said|says)\b/iu;

/** The name signing the quotation whose inner text spans `range`, as a speaker phrase; or null. */
export function signatureOf(text: string, range: Range): SpeakerPhrase | null {
  const inner = text.slice(range.start, range.end);
  const match = SIGNATURE.exec(inner);
  if (!match || FINITE_VERB.test(match[0])) return null;
  const name = match[1];
  const start = range.start + match.index + match[0].indexOf(name);
  const end = start + name.length;
  const last = name.split(/\s+/).pop() ?? name;
  const head = { start: end - last.length, end };
  return {
    start,
    end,
    text: name,
    kind: "name",
    name: { start, end, text: name },
    role: null,
    head: last.toLowerCase(),
    headRange: head,
    definite: false,
  };
}
