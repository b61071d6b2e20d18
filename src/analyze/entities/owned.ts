// Proposes the people of a named body as a group of their own: "EU leaders", "Coalition
// advisers", "Interior Ministry officers". The body's own kind of member ("Coalition forces",
// an armed group's "fighters") stands for the body and is left to it; a state's people are left
// to the quote and event stages (entities/introduced.ts), which keep them only as actors.
import type { EntityType } from "../../contract/types.js";
import { type Candidate, RANK, type Scan, seedOfWords } from "./candidates.js";
import { FOLLOWERS } from "./gazetteer.js";
import { isPeoplePlural } from "./lexicon.js";

const OWNER_TYPES: ReadonlySet<EntityType> = new Set(["ORGANIZATION", "ARMED_GROUP", "IGO"]);
const MAX_MODIFIERS = 1;
const LOWER_WORD = /^\p{Ll}+$/u;

/** Groups owned by the selected names, as descriptions spanning owner and head. */
export function ownedGroupCandidates(scan: Scan, selected: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const owner of selected) {
    if (!OWNER_TYPES.has(owner.seed.type) || owner.kind === "description" || isModified(scan, owner))
      continue;
    const head = groupHeadAfter(scan, owner);
    if (head === null) continue;
    const seed = seedOfWords(scan, "ORGANIZATION", owner.from, head + 1, owner.seed.country, null);
    out.push({
      from: owner.from,
      to: head + 1,
      kind: "description",
      seed,
      rank: RANK.shape,
      reason: "owned group",
    });
  }
  return out;
}

const ARTICLES = new Set(["the", "a", "an"]);

/**
 * "new EU members", "met EU leaders": after a lower-case word that is no article or function word,
 * the group may be described further, or not be one; the quote and event stages read it whole.
 */
function isModified(scan: Scan, owner: Candidate): boolean {
  const prev = scan.words[owner.from - 1];
  if (!prev || prev.sentence !== scan.words[owner.from].sentence || !LOWER_WORD.test(prev.text)) return false;
  return !ARTICLES.has(prev.text) && !FOLLOWERS.has(prev.text);
}

/** The index of the plural noun of people that the owner's name modifies, or null. */
function groupHeadAfter(scan: Scan, owner: Candidate): number | null {
  const { words, lex } = scan;
  if (words[owner.to - 1].possessive) return null;
  for (let k = owner.to; k <= owner.to + MAX_MODIFIERS && k < words.length; k++) {
    const w = words[k];
    if (w.sentence !== words[owner.from].sentence || w.hyphenated || !LOWER_WORD.test(w.text)) return null;
    if (FOLLOWERS.has(w.text)) return null; // "the EU and representatives": no modifier
    if (!isPeoplePlural(w.text, lex)) continue;
    if (standsForOwner(scan, owner, w.text) || continuesNounPhrase(scan, k + 1)) return null;
    return k;
  }
  return null;
}

/** "Coalition forces", "ISIL fighters": the body's kind or an armed group's agents are the body. */
function standsForOwner(scan: Scan, owner: Candidate, head: string): boolean {
  return scan.lex.bodyNouns.has(head) || (owner.seed.type === "ARMED_GROUP" && scan.lex.agentNouns.has(head));
}

/** "the EU leaders summit": before a noun of an occasion or record, the plural only modifies it. */
function continuesNounPhrase(scan: Scan, next: number): boolean {
  const w = scan.words[next];
  if (!w || w.sentence !== scan.words[next - 1].sentence) return false;
  return scan.lex.recordNouns.has(w.text);
}
