// The reconciler: keeps the best of overlapping candidates, links what the article repeats
// (a name again, a surname, an acronym defined in parentheses) and groups mentions by entity.
import { nameWordsOf } from "../../knowledge/actors.js";
import { boundedMemo } from "../../knowledge/memo.js";
import type { LocalEntity, Mention } from "../types.js";
import { type Candidate, type Scan, type Seed, textOf, UNLISTED_ACRONYM, wordKeys } from "./candidates.js";

const MAX_REPEAT_WORDS = 5;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]+$/u;

/** Longest first, then the better-founded; a word belongs to at most one candidate. */
export function selectCandidates(candidates: readonly Candidate[], wordCount: number): Candidate[] {
  const order = [...candidates].sort(
    (a, b) => b.to - b.from - (a.to - a.from) || b.rank - a.rank || a.from - b.from,
  );
  const taken = new Uint8Array(wordCount);
  const out: Candidate[] = [];
  for (const c of order) {
    if (anyTaken(taken, c.from, c.to)) continue;
    taken.fill(1, c.from, c.to);
    out.push(c);
  }
  return out.sort((a, b) => a.from - b.from);
}

/** Whether a word in [from, to) is taken; a loop, where a subarray view would be an object per candidate. */
function anyTaken(taken: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (taken[k] === 1) return true;
  return false;
}

/**
 * Mentions that only the article's own entities explain: "(YAF)" after "Yemeni Armed Forces",
 * a name repeated, "Tsurkov" after "Elizabeth Tsurkov". Returns the selected candidates with
 * these added, in text order.
 */
export function linkRepeats(scan: Scan, proposed: readonly Candidate[]): Candidate[] {
  const acronyms = acronymDefinitions(scan, proposed);
  // An acronym the article defines names the defined entity, not an unlisted organisation.
  const selected = proposed.map((c) => {
    const defined = c.reason === UNLISTED_ACRONYM ? acronyms.get(scan.words[c.from].key) : undefined;
    return defined ? { ...c, seed: defined, kind: "acronym" as const } : c;
  });
  const taken = new Uint8Array(scan.words.length);
  for (const c of selected) taken.fill(1, c.from, c.to);
  const known = knownForms(scan, selected);
  for (const [key, seed] of acronyms) known.set(key, { seed, kind: "acronym" });
  // Most capitalized words start no known form: one set lookup rules them out.
  const firsts = new Set([...known.keys()].map(firstWordOf));
  const added: Candidate[] = [];
  for (let i = 0; i < scan.words.length; i++) {
    if (taken[i] || !scan.words[i].capitalized || !firsts.has(scan.words[i].key)) continue;
    const hit = longestKnown(scan, known, taken, i);
    if (!hit) continue;
    taken.fill(1, i, i + hit.length);
    added.push({ from: i, to: i + hit.length, kind: hit.kind, seed: hit.seed, rank: 0, reason: "repeat" });
    i += hit.length - 1;
  }
  return [...selected, ...added].sort((a, b) => a.from - b.from);
}

function firstWordOf(key: string): string {
  const space = key.indexOf(" ");
  return space < 0 ? key : key.slice(0, space);
}

/** "Yemeni Armed Forces (YAF)": acronym key -> the entity it abbreviates. */
function acronymDefinitions(scan: Scan, selected: readonly Candidate[]): Map<string, Seed> {
  const out = new Map<string, Seed>();
  for (const c of selected) {
    const at = acronymDefinedAfter(scan, c);
    if (at !== null && c.reason !== UNLISTED_ACRONYM) out.set(scan.words[at].key, c.seed);
  }
  return out;
}

type Known = Map<string, { seed: Seed; kind: Mention["kind"] }>;

/** Every form the article used for its entities, and its people's surnames when unambiguous. */
function knownForms(scan: Scan, selected: readonly Candidate[]): Known {
  const known: Known = new Map();
  const surnames = new Map<string, Seed | null>();
  const people = new Set<string>();
  for (const c of selected) {
    if (c.kind === "description") continue;
    known.set(wordKeys(scan, c.from, c.to), { seed: c.seed, kind: c.kind });
    // A listed actor's other names are in the gazetteer already; an unlisted one's name is its key.
    if (c.seed.key.startsWith("new:"))
      known.set(c.seed.key.slice(c.seed.key.indexOf(":", 4) + 1), { seed: c.seed, kind: "name" });
    if (c.seed.type === "PERSON" && !people.has(c.seed.key)) {
      people.add(c.seed.key);
      for (const s of surnameKeys(c.seed.name)) {
        const other = surnames.get(s);
        surnames.set(s, other === undefined || other?.key === c.seed.key ? c.seed : null);
      }
    }
  }
  for (const [s, seed] of surnames) if (seed && !known.has(s)) known.set(s, { seed, kind: "surname" });
  return known;
}

/**
 * "Thabit al-Abbasi" -> "abasi", "al abasi"; a one-word name has no surname. Remembered: news
 * names the same people again and again, and reading a name's words (a regular expression and a
 * key per word) cost a fifth of linking an article's repeats.
 */
export const surnameKeys: (name: string) => readonly string[] = boundedMemo(surnameKeysOf, 10_000);

function surnameKeysOf(name: string): readonly string[] {
  const keys = nameWordsOf(name).map((w) => w.key);
  if (keys.length < 2) return [];
  const last = keys[keys.length - 1];
  const particle = keys[keys.length - 2];
  return particle === "al" && keys.length > 2 ? [last, `al ${last}`] : [last];
}

function longestKnown(scan: Scan, known: Known, taken: Uint8Array, i: number) {
  const { words } = scan;
  let key = "";
  let best: { length: number; seed: Seed; kind: Mention["kind"] } | null = null;
  for (let n = 1; n <= MAX_REPEAT_WORDS && i + n <= words.length; n++) {
    const w = words[i + n - 1];
    if (taken[i + n - 1] || w.sentence !== words[i].sentence) break;
    key = key ? `${key} ${w.key}` : w.key;
    const hit = known.get(key);
    if (hit && words[i + n - 1].capitalized) best = { length: n, ...hit };
  }
  return best;
}

/** The index of an acronym written in parentheses right after a candidate, or null. */
function acronymDefinedAfter(scan: Scan, c: Candidate): number | null {
  const { words } = scan;
  const open = words[c.to];
  const acronym = words[c.to + 1];
  const close = words[c.to + 2];
  if (open?.text !== "(" || !acronym || close?.text !== ")") return null;
  return ACRONYM.test(acronym.text) ? c.to + 1 : null;
}

/** Fields written out, not spread: V8 builds an object literal with a spread on a slow path. */
function entityOf(seed: Seed, mention: Mention): LocalEntity {
  const { key, name, type, country, role } = seed;
  return { key, name, type, country, role, mentions: [mention] };
}

/** One LocalEntity per seed key, in the order of the candidates; mentions in text order. */
export function groupEntities(scan: Scan, candidates: readonly Candidate[]): LocalEntity[] {
  const byKey = new Map<string, LocalEntity>();
  for (const c of candidates) {
    const mention: Mention = {
      start: scan.words[c.from].start,
      end: scan.words[c.to - 1].end,
      text: textOf(scan, c.from, c.to),
      kind: c.kind,
      sentence: scan.words[c.from].sentence,
    };
    const entity = byKey.get(c.seed.key);
    if (!entity) {
      byKey.set(c.seed.key, entityOf(c.seed, mention));
      continue;
    }
    entity.mentions.push(mention);
    entity.country ??= c.seed.country;
    entity.role ??= c.seed.role;
    if (c.seed.key.startsWith("new:PERSON") && c.seed.name.length > entity.name.length)
      entity.name = c.seed.name;
  }
  const entities = [...byKey.values()];
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  return entities;
}
