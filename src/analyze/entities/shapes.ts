// Proposes names the knowledge base does not list, from their shape and their context: runs of
// capitalized words classified by a head word ("... Ministry", "... Brigades", "... TV"), a lead
// ("Center for ...", "Kataib ..."), a cue before ("the newspaper X", "researcher X", "in X"),
// an apposition after ("X, a new channel"), or a known given name ("Elizabeth X").
import type { EntityType } from "../../contract/types.js";
import { type Candidate, RANK, type Scan, seedOfWords, UNLISTED_ACRONYM } from "./candidates.js";
import { countryEndingAt, listedFormAt } from "./gazetteer.js";
import type { PhraseIndex } from "./lexicon.js";
import type { Word } from "./words.js";

const MAX_PERSON_WORDS = 4;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]{1,6}$/u;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const MAX_APPOSITION_GAP = 4;

export interface Run {
  from: number;
  to: number;
}

export function shapeCandidates(scan: Scan, runs: readonly Run[]): Candidate[] {
  const out: Candidate[] = [];
  let lastPlace = -1;
  for (const run of runs) {
    const c = classifyRun(scan, withOwnerState(scan, run)) ?? placeInList(scan, run, lastPlace);
    if (!c) continue;
    out.push(c);
    if (c.seed.type === "LOCATION") lastPlace = run.to;
  }
  return out;
}

/**
 * "Iraq's Security Forces", "Chad's Army": a state's body that only its owner's possessive names
 * is named with it; a name of its own ("Iraq's Popular Mobilization Forces") stands alone.
 */
function withOwnerState(scan: Scan, run: Run): Run {
  const { words, lex } = scan;
  const owner = run.from - 1;
  if (owner < 0 || !words[owner].possessive || words[owner].sentence !== words[run.from].sentence) return run;
  if (lex.stateForceHeads.from(words, run.from)?.length !== run.to - run.from) return run;
  const country = countryEndingAt(scan, owner);
  return country ? { from: country.from, to: run.to } : run;
}

/** "near Rawah, Tal Afar and Bayji": a name listed right after a place is a place. */
function placeInList(scan: Scan, run: Run, lastPlace: number): Candidate | null {
  if (lastPlace < 0 || run.from - lastPlace > 2 || run.from === lastPlace) return null;
  for (let k = lastPlace; k < run.from; k++) {
    const w = scan.words[k];
    if (
      w.sentence !== scan.words[run.from].sentence ||
      !(w.text === "," || w.key === "and" || w.key === "or")
    )
      return null;
  }
  if (listedFormAt(scan, run.from)) return null;
  const seed = seedOfWords(scan, "LOCATION", run.from, run.to, null, null);
  return { ...run, kind: "name", seed, rank: RANK.shape, reason: "listed with a place" };
}

/**
 * Maximal runs of capitalized words (with inner particles and "of"/"for"), common words trimmed.
 * "and" does not join: "Savaya and Hegseth" are two names far more often than one.
 */
export function capitalizedRuns(scan: Scan): Run[] {
  const { words, lex } = scan;
  const runs: Run[] = [];
  let i = 0;
  while (i < words.length) {
    if (!startsRun(scan, i)) {
      i++;
      continue;
    }
    let to = i + 1;
    while (to < words.length && continuesRun(words, i, to)) {
      if (words[to].capitalized) to++;
      else if (
        isConnector(scan, to) &&
        words[to + 1]?.capitalized &&
        words[to + 1].sentence === words[i].sentence
      )
        to += 2;
      else break;
    }
    while (to - 1 > i && lex.trailingTimeWords.has(words[to - 1].text)) to--;
    runs.push({ from: hasLeadingParticle(scan, i) ? i - 1 : i, to });
    i = to;
  }
  return runs.filter((r) => !words[r.from].headline && !lex.notNames.has(words[r.from].text));
}

/** "al-Ghuraba Brigades", "el-Sisi": a lower-case particle hyphened to a name's first word is part of it. */
function hasLeadingParticle(scan: Scan, i: number): boolean {
  const w = scan.words[i];
  const prev = scan.words[i - 1];
  return (
    w.hyphenated &&
    prev !== undefined &&
    prev.sentence === w.sentence &&
    scan.lex.particles.has(prev.key) &&
    prev.text === prev.text.toLowerCase()
  );
}

/** A name does not run over a sentence, a line break, a quotation mark or a possessive. */
function continuesRun(words: readonly Word[], from: number, to: number): boolean {
  return words[to].sentence === words[from].sentence && !words[to].initial && !words[to - 1].possessive;
}

/** A capitalized word, or an ordinal before one ("507th Air Refueling Wing"). */
function startsRun(scan: Scan, i: number): boolean {
  const w = scan.words[i];
  if (isOrdinal(w.text)) return scan.words[i + 1]?.upper === true && continuesRun(scan.words, i, i + 1);
  return w.upper && !scan.lex.notNames.has(w.text);
}

/** "507th": a digit test first, since this is asked of every word and few start with one. */
function isOrdinal(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57 && ORDINAL.test(word);
}

function isConnector(scan: Scan, i: number): boolean {
  const key = scan.words[i].key;
  if (key === "of" || key === "for" || key === "the") return true;
  if (!scan.lex.particles.has(key)) return false;
  // "the summit at Geneva": a particle that is an English word joins a name only hyphened ("Qasr at-Tin").
  return !scan.lex.englishParticles.has(key) || scan.words[i + 1]?.hyphenated === true;
}

function classifyRun(scan: Scan, run: Run): Candidate | null {
  if (isCountryAndListed(scan, run)) return null;
  const typed =
    typeByHead(scan, run) ??
    (containsTitle(scan, run)
      ? null
      : (typeByGivenName(scan, run) ?? typeByContext(scan, run) ?? typeByNameShape(scan, run)));
  if (!typed) return null;
  const country = typed.type === "PERSON" ? null : leadingCountry(scan, run);
  return {
    from: run.from,
    to: run.to,
    kind: "name",
    seed: seedOfWords(scan, typed.type, run.from, run.to, country, null),
    rank: RANK.shape,
    reason: typed.reason,
  };
}

type Typed = { type: EntityType; reason: string };

function typeByHead(scan: Scan, run: Run): Typed | null {
  const { words, lex } = scan;
  const length = run.to - run.from;
  if (length >= 2 && lex.mediaHeads.endingAt(words, run.to - 1, run.from + 1))
    return { type: "MEDIA", reason: "media head" };
  if (
    length >= 2 &&
    leadingCountry(scan, run) &&
    lex.stateForceHeads.endingAt(words, run.to - 1, run.from + 1)
  ) {
    return { type: "ORGANIZATION", reason: "state body" };
  }
  const head = lex.orgHeads.endingAt(words, run.to - 1, run.from + 1);
  if (length >= 2 && head) return { type: head.value, reason: "organization head" };
  // "Ministry of Culture", also after its country: "Iraqi Ministry of Culture".
  const country = listedFormAt(scan, run.from);
  const leadAt = run.from + (country?.form.actor.type === "COUNTRY" ? country.length : 0);
  const lead = lex.orgLeads.from(words, leadAt);
  if (lead && leadAt + lead.length < run.to) return { type: lead.value, reason: "organization lead" };
  if (length >= 2 && lex.locationHeads.endingAt(words, run.to - 1, run.from + 1)) {
    return { type: "LOCATION", reason: "place head" };
  }
  // "Al Qaim" leads a place; "al-Zarqawi", with the particle in lower case, is a surname.
  const placeLead = words[run.from].upper ? lex.locationLeads.from(words, run.from) : null;
  if (placeLead && placeLead.length < length) return { type: "LOCATION", reason: "place lead" };
  if (listedFormAt(scan, run.from)) return null;
  if (length === 1 && isUnlistedAcronym(scan, run.from))
    return { type: "ORGANIZATION", reason: UNLISTED_ACRONYM };
  if (isNumberedAcronym(scan, run)) return { type: "ORGANIZATION", reason: "numbered unit" };
  return typeOfHeadAlone(scan, run);
}

/** "CJTF": an all-capital word nobody listed names an organisation. */
function isUnlistedAcronym(scan: Scan, i: number): boolean {
  const { text } = scan.words[i];
  return ACRONYM.test(text) && !scan.lex.notAcronyms.has(text);
}

/** "the 82nd ABN", "the 507th ARW": an ordinal before an acronym numbers a unit. */
function isNumberedAcronym(scan: Scan, run: Run): boolean {
  return (
    run.to - run.from === 2 && isOrdinal(scan.words[run.from].text) && isUnlistedAcronym(scan, run.from + 1)
  );
}

/** An organisation's head standing for it mid-sentence: "the Coalition", "the Air Force", "in Parliament". */
function typeOfHeadAlone(scan: Scan, run: Run): Typed | null {
  const { words, lex } = scan;
  const head = lex.orgHeads.from(words, run.from);
  // Capitalized mid-sentence, the common word is a proper name: "with Coalition partners".
  if (head?.length !== run.to - run.from || words[run.from].initial) return null;
  return { type: head.value, reason: "head word alone" };
}

function typeByGivenName(scan: Scan, run: Run): Typed | null {
  const { words, lex } = scan;
  const length = run.to - run.from;
  if (
    length >= 2 &&
    length <= MAX_PERSON_WORDS &&
    lex.givenNames.has(words[run.from].key) &&
    !listedFormAt(scan, run.from)
  ) {
    return { type: "PERSON", reason: "given name" };
  }
  return null;
}

/**
 * "Mohan al-Freiji", "Badran Turki al-Mazidi": a name, then a lower-case particle hyphened to a
 * surname, is how Arabic personal names are written; places so written ("Tal al-Hawa") follow a place
 * cue, which typeByContext reads first.
 */
function typeByNameShape(scan: Scan, run: Run): Typed | null {
  const { words, lex } = scan;
  // The particle is one word more than the name's own words.
  if (run.to - run.from > MAX_PERSON_WORDS + 1 || listedFormAt(scan, run.from)) return null;
  for (let k = run.from + 1; k < run.to - 1; k++) {
    const w = words[k];
    const next = words[k + 1];
    if (lex.particles.has(w.key) && w.text === w.text.toLowerCase() && next.hyphenated && next.upper)
      return { type: "PERSON", reason: "name shape" };
  }
  return null;
}

function typeByContext(scan: Scan, run: Run): Typed | null {
  const { lex } = scan;
  const before = cueBefore(scan, run.from, [lex.mediaCues, lex.personCues]);
  if (before === lex.mediaCues) return { type: "MEDIA", reason: "media cue before" };
  if (before === lex.personCues && run.to - run.from >= 2 && run.to - run.from <= MAX_PERSON_WORDS) {
    return { type: "PERSON", reason: "person cue before" };
  }
  const after = appositionCue(scan, run);
  if (after === lex.mediaCues) return { type: "MEDIA", reason: "media apposition" };
  if (after === lex.personCues && run.to - run.from >= 2)
    return { type: "PERSON", reason: "person apposition" };
  if (!scan.words[run.from].initial && locationCueBefore(scan, run.from))
    return { type: "LOCATION", reason: "place cue" };
  return null;
}

/** Which of the cue lists names the word(s) right before `from` ("newspaper Maariv"). */
function cueBefore(scan: Scan, from: number, lists: readonly PhraseIndex[]): PhraseIndex | null {
  const prev = from - 1;
  if (prev < 0 || scan.words[prev].sentence !== scan.words[from].sentence || scan.words[prev].capitalized)
    return null;
  return lists.find((l) => l.endingAt(scan.words, prev)) ?? null;
}

/** "X, a new channel based in ..." or "X and other news outlets": the noun says what X is. */
function appositionCue(scan: Scan, run: Run): PhraseIndex | null {
  const { words, lex } = scan;
  const next = words[run.to];
  if (!next || next.sentence !== words[run.from].sentence) return null;
  const opensApposition = next.text === "," || next.key === "and";
  if (!opensApposition) return null;
  for (let k = run.to + 1; k <= run.to + MAX_APPOSITION_GAP && k < words.length; k++) {
    if (words[k].sentence !== next.sentence || words[k].text === ",") return null;
    const cue = [lex.mediaCues, lex.personCues].find((l) => l.from(words, k) && !words[k].capitalized);
    if (cue) return cue;
  }
  return null;
}

/** "in Najaf", "near Sinjar"; not "in the U.N. Charter": a place rarely takes an article. */
function locationCueBefore(scan: Scan, from: number): boolean {
  const prev = from - 1;
  if (prev < 0 || scan.words[prev].sentence !== scan.words[from].sentence) return false;
  return scan.lex.locationCues.endingAt(scan.words, prev) !== null;
}

/** "Iranian Islamic Revolutionary Guard Corps": a demonym and a listed actor, not a new name. */
function isCountryAndListed(scan: Scan, run: Run): boolean {
  const country = listedFormAt(scan, run.from);
  if (country?.form.actor.type !== "COUNTRY") return false;
  const rest = listedFormAt(scan, run.from + country.length);
  return rest !== null && run.from + country.length + rest.length === run.to;
}

/** Titles ("Prime Minister", "Chief of Staff") are roles, not names; the titled proposer takes them. */
function containsTitle(scan: Scan, run: Run): boolean {
  for (let k = run.from; k < run.to; k++) if (scan.lex.titleHeads.from(scan.words, k)) return true;
  return false;
}

/** The country a name starts with ("Yemeni Armed Forces" -> YEM). */
function leadingCountry(scan: Scan, run: Run): string | null {
  const m = listedFormAt(scan, run.from);
  if (m?.form.actor.type !== "COUNTRY" || m.length >= run.to - run.from) return null;
  return m.form.actor.country;
}
