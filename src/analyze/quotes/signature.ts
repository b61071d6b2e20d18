// A pull quotation signed inside its marks: “... than it looks. Jane Roe, Harbor Institute” ends
// with the speaker's name and affiliation instead of a cue, on its line or on a line of its own
// that carries the closing mark the quotation's paragraph left out.
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

/** The line after an unclosed pull quotation, up to the closing mark: "Jane Roe, Harbor Institute.”" */
const SIGNATURE_LINE = /^\s*\n[^\n“”"]{5,200}[”"]/u;

/**
 * "“... than it looks.⏎Jane Roe, Harbor Institute.”": the quotation's paragraph ends without a
 * closing mark and the next line, closed by it, signs the quotation.
 */
export function signatureBelow(text: string, range: Range): SpeakerPhrase | null {
  const line = SIGNATURE_LINE.exec(text.slice(range.end, range.end + SIGNATURE_LINE_REACH));
  if (!line) return null;
  return signatureOf(text, { start: range.start, end: range.end + line[0].length - 1 });
}

/** The line's longest reach: its leading spaces, 200 characters and the mark. */
const SIGNATURE_LINE_REACH = 220;
