// Proposes the listed actors and outlets: at each word, the longest listed form that starts
// there, in the case the form demands ("WHO" the agency, not "who").
import type { ActorForm, TrieNode } from "../../knowledge/actors.js";
import { type Candidate, RANK, type Scan, seedOfActor, seedOfWords } from "./candidates.js";
import type { Word } from "./words.js";

export interface FormMatch {
  form: ActorForm;
  length: number;
}

export function gazetteerCandidates(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  const { words } = scan;
  for (let i = 0; i < words.length; i++) {
    const match = listedFormAt(scan, i);
    if (
      !match ||
      isCircumstance(scan, i, match) ||
      isPortfolio(scan, i, match) ||
      isCommonWord(scan, i, match)
    )
      continue;
    const regime = regimeOf(scan, i, match);
    if (regime) {
      out.push(regime);
      continue;
    }
    const statePhrase = statePhraseLength(scan, i, match);
    out.push({
      from: i,
      to: i + match.length + statePhrase,
      // "the Iraqi government" names the state; a bare "Iraqi" only qualifies another noun.
      kind: statePhrase ? "alias" : match.form.kind,
      seed: seedOfActor(match.form.actor),
      rank: RANK.listed,
      reason: `listed ${match.form.kind} "${match.form.text}"`,
    });
  }
  return out;
}

/** The longest listed form starting at words[i], actors before outlets. */
export function listedFormAt(scan: Scan, i: number): FormMatch | null {
  let best = scan.listed[i];
  if (best === undefined) {
    best = longestListed(scan, i);
    scan.listed[i] = best;
  }
  return best;
}

/** The listed country whose form ends at words[k] ("Saudi Arabia", "Iraqi"): where it starts. */
export function countryEndingAt(scan: Scan, k: number): { from: number; iso3: string } | null {
  for (let from = k; from >= Math.max(0, k - 2); from--) {
    const m = listedFormAt(scan, from);
    if (m && from + m.length === k + 1 && m.form.actor.type === "COUNTRY" && m.form.actor.country) {
      return { from, iso3: m.form.actor.country };
    }
  }
  return null;
}

function longestListed(scan: Scan, i: number): FormMatch | null {
  const { words } = scan;
  if (i >= words.length || (words[i].starts & scan.lex.listed) === 0) return null;
  let node: TrieNode | undefined = scan.lex.trie;
  let best: FormMatch | null = null;
  for (let j = i; j < words.length && words[j].sentence === words[i].sentence; j++) {
    node = node.next.get(words[j].key);
    if (!node) break;
    const form = node.forms.find((f) => fits(f, words, i, j + 1) && !modifiesNextWord(f, words, j + 1));
    if (form) best = { form, length: j + 1 - i };
  }
  return best;
}

function fits(form: ActorForm, words: readonly Word[], from: number, to: number): boolean {
  if (form.exactCase !== null)
    return to - from === 1 && words[from].text.replace(/\./g, "") === form.exactCase;
  for (let k = from; k < to; k++) if (form.capitalized[k - from] && !words[k].capitalized) return false;
  return true;
}

const LOWER = /^\p{Ll}/u;

/**
 * "Time is short", "Greenwich Mean Time": a one-word outlet name at a sentence start may be the
 * common word, and after another capitalized word it ends a longer name.
 */
function isCommonWord(scan: Scan, i: number, match: FormMatch): boolean {
  if (match.form.actor.type !== "MEDIA" || match.length !== 1 || match.form.exactCase !== null) return false;
  const w = scan.words[i];
  const prev = scan.words[i - 1];
  return w.initial || (prev !== undefined && prev.sentence === w.sentence && prev.upper);
}

/** Words that may follow a name: a descriptive alias before any other lower-case word modifies it. */
export const FOLLOWERS: ReadonlySet<string> = new Set(
  [
    "and or but nor yet so if because while when where whereas unless until since though although as than then not",
    "has had have is was were are be been being does did do said says say told tells will would could can may might must should shall",
    "also still already now again too even only just once later soon",
    "to in on at for of from with by into onto over under about above below across against along amid among around",
    "behind beyond despite during except inside near off outside through throughout toward towards upon via within without",
    "that which who whom whose this these those it its their there here",
  ]
    .join(" ")
    .split(" "),
);

/**
 * "Iraqi military officials", "US military operations": a descriptive alias ("Iraqi military")
 * right before a noun is an adjective phrase, not the body it names; with a possessive ("the
 * Israeli army's northern command") it is the owner.
 */
function modifiesNextWord(form: ActorForm, words: readonly Word[], next: number): boolean {
  if (!form.descriptive || next >= words.length || words[next - 1].possessive) return false;
  const w = words[next];
  if (w.sentence !== words[next - 1].sentence || !LOWER.test(w.text)) return false;
  return !FOLLOWERS.has(w.text.toLowerCase()) && !/ed$/.test(w.text);
}

/**
 * A country named only for where or whose ("London-based", "Saudi-owned", "the Saudi
 * newspaper") is circumstance of another entity, not an actor of its own.
 */
function isCircumstance(scan: Scan, i: number, match: FormMatch): boolean {
  if (match.form.actor.type !== "COUNTRY") return false;
  const { words, lex } = scan;
  const next = words[i + match.length];
  if (!next || next.sentence !== words[i].sentence) return false;
  if (next.hyphenated && lex.placeSuffixes.has(next.key)) return true;
  return match.form.kind === "demonym" && lex.mediaCues.from(words, i + match.length) !== null;
}

/**
 * "Minister for the Middle East", "Special Envoy for Syria": the place is the office's portfolio,
 * part of a title, not a place or state the text tells about.
 */
function isPortfolio(scan: Scan, i: number, match: FormMatch): boolean {
  const type = match.form.actor.type;
  if (type !== "COUNTRY" && type !== "LOCATION") return false;
  const { words, lex } = scan;
  const k = words[i - 1]?.key === "the" ? i - 2 : i - 1;
  const title = k - 1;
  if (title < 0 || words[k].key !== "for" || words[title].sentence !== words[i].sentence) return false;
  return words[title].upper && lex.titleHeads.endingAt(words, title) !== null;
}

/** "the Assad regime", "the Trump administration": a leader's name for the government they lead. */
function regimeOf(scan: Scan, i: number, match: FormMatch): Candidate | null {
  const actor = match.form.actor;
  const noun = scan.words[i + match.length];
  if (actor.type !== "PERSON" || !noun || noun.sentence !== scan.words[i].sentence || noun.capitalized)
    return null;
  if (!scan.lex.regimeNouns.has(noun.key)) return null;
  const to = i + match.length + 1;
  const seed = seedOfWords(scan, "ORGANIZATION", i, to, actor.country, null);
  return { from: i, to, kind: "name", seed, rank: RANK.listed, reason: "leader's government" };
}

/** "the Iraqi government": a demonym with a word for the state names the state. */
function statePhraseLength(scan: Scan, i: number, match: FormMatch): number {
  if (match.form.kind !== "demonym") return 0;
  const after = i + match.length;
  if (after >= scan.words.length || scan.words[after].sentence !== scan.words[i].sentence) return 0;
  return scan.lex.statePhrases.from(scan.words, after)?.length ?? 0;
}
