// Proposes collective descriptors of a country's non-state armed actors ("resistance factions",
// "Iranian-backed militias", "armed Iraqi militias"): every such phrase in an article whose
// country context is the same names one collective ARMED_GROUP. The context is, in order: a
// demonym in the phrase, "in <country>" after it, the previous collective of the article, the
// nearest other country named before it in the sentence, the article's most named country.
// A sponsor ("Iran-backed") is never the context: it is who backs the group, not whose it is.
import { type Candidate, newSeed, RANK, type Scan, type Seed } from "./candidates.js";
import { countryEndingAt, listedFormAt } from "./gazetteer.js";

const MAX_MODIFIERS = 4;
const MIN_SETTING_MENTIONS = 3;

export interface CountryMention {
  word: number;
  iso3: string;
  /** "Washington", "the White House": the government acting, not a place where groups are. */
  metonym: boolean;
}

interface Phrase {
  from: number;
  to: number;
  demonym: string | null;
  sponsor: string | null;
}

export function collectiveCandidates(scan: Scan, countries: readonly CountryMention[]): Candidate[] {
  const out: Candidate[] = [];
  const dominant = mostNamed(countries);
  let previous: string | null = null;
  const seeds = new Map<string, Seed | null>();
  for (let i = 0; i < scan.words.length; i++) {
    const phrase = phraseEndingWithHeadAt(scan, i);
    if (!phrase) continue;
    const iso3: string | null =
      phrase.demonym ??
      countryAfter(scan, phrase.to) ??
      previous ??
      nearestBefore(scan, countries, phrase) ??
      (dominant && dominant !== phrase.sponsor ? dominant : null);
    i = phrase.to - 1;
    if (!iso3) continue;
    previous = iso3;
    let seed = seeds.get(iso3);
    if (seed === undefined) {
      seed = collectiveSeed(scan, iso3);
      seeds.set(iso3, seed);
    }
    if (seed)
      out.push({
        from: phrase.from,
        to: phrase.to,
        kind: "description",
        seed,
        rank: RANK.collective,
        reason: "collective",
      });
  }
  return out;
}

function collectiveSeed(scan: Scan, iso3: string): Seed | null {
  const demonym = scan.lex.demonymOf(iso3);
  if (!demonym) return null;
  return newSeed("ARMED_GROUP", scan.lex.collectiveTemplate.replace("{demonym}", demonym), iso3, null);
}

/** A collective head at words[i] with its modifiers, demonym and sponsor to the left. */
function phraseEndingWithHeadAt(scan: Scan, i: number): Phrase | null {
  const { words, lex } = scan;
  const bare = lex.collectiveHeads.from(words, i);
  const modified = bare ? null : lex.modifiedCollectiveHeads.from(words, i);
  const head = bare ?? modified;
  if (!head || (words[i].capitalized && !words[i].initial && !words[i].headline)) return null;
  const phrase: Phrase = { from: i, to: i + head.length, demonym: null, sponsor: null };
  for (let k = i - 1; k >= 0 && i - k <= MAX_MODIFIERS && words[k].sentence === words[i].sentence; k--) {
    const taken = takeModifier(scan, k, phrase);
    if (taken === null) break;
    k = taken;
  }
  if (modified && phrase.from === i) return null;
  return phrase;
}

/** Extends the phrase leftwards by the modifier ending at words[k]: the new start, or null. */
function takeModifier(scan: Scan, k: number, phrase: Phrase): number | null {
  const { words, lex } = scan;
  const w = words[k];
  if (lex.sponsorSuffixes.has(w.key) && w.hyphenated && k > 0) {
    const country = countryEndingAt(scan, k - 1);
    if (!country) return null;
    phrase.sponsor = country.iso3;
    phrase.from = country.from;
    return country.from;
  }
  if (lex.collectiveModifiers.has(w.key)) {
    phrase.from = k;
    return k;
  }
  const country = countryEndingAt(scan, k);
  if (country && !phrase.demonym) {
    phrase.demonym = country.iso3;
    phrase.from = country.from;
    return country.from;
  }
  return null;
}

/** "militias in Iraq", "factions within Iraq". */
function countryAfter(scan: Scan, to: number): string | null {
  const { words } = scan;
  const prep = words[to];
  if (
    !prep ||
    prep.sentence !== words[to - 1].sentence ||
    !["in", "within", "inside", "of", "across"].includes(prep.key)
  ) {
    return null;
  }
  const m = to + 1 < words.length ? listedFormAt(scan, to + 1) : null;
  return m && m.form.actor.type === "COUNTRY" ? m.form.actor.country : null;
}

function nearestBefore(scan: Scan, countries: readonly CountryMention[], phrase: Phrase): string | null {
  const sentence = scan.words[phrase.from].sentence;
  let best: string | null = null;
  for (const c of countries) {
    if (c.word >= phrase.from) break;
    if (scan.words[c.word].sentence === sentence && c.iso3 !== phrase.sponsor && !c.metonym) best = c.iso3;
  }
  return best;
}

/** The country the article names most, if it names it often enough to be its setting. */
function mostNamed(countries: readonly CountryMention[]): string | null {
  const counts = new Map<string, number>();
  for (const c of countries) counts.set(c.iso3, (counts.get(c.iso3) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [iso3, n] of counts) {
    if (n > bestCount) {
      best = iso3;
      bestCount = n;
    }
  }
  return bestCount >= MIN_SETTING_MENTIONS ? best : null;
}
