// Proposes places named with the country or region they lie in: "Palmyra, Syria", "Cibolo,
// Texas", "Najaf, Iraq". A listed place keeps its entity; an unlisted one is named in full, with
// the country as its affiliation. A list of places ("Iraq, Syria and Jordan") is not one place.
// A capital that an article only ever puts as a place ("in Baghdad") is a place of its own.
import { type Candidate, newSeed, RANK, type Scan, seedOfActor, seedOfWords } from "./candidates.js";
import { countryEndingAt, listedFormAt } from "./gazetteer.js";
import type { Run } from "./shapes.js";
import type { Word } from "./words.js";

/** "northern", "southeastern", "central": a direction that marks out a part of a place. */
const DIRECTION = /^(?:(?:north|south)(?:east|west)?|east|west)(?:ern)?$|^central$/;

export function qualifiedPlaceCandidates(scan: Scan, runs: readonly Run[]): Candidate[] {
  const out: Candidate[] = [];
  for (const run of runs) {
    const c = qualifiedPlace(scan, run.from, run.to);
    if (c) out.push(c);
  }
  return out;
}

function qualifiedPlace(scan: Scan, from: number, to: number): Candidate | null {
  const { words } = scan;
  const comma = words[to];
  if (comma?.text !== "," || comma.sentence !== words[from].sentence || to + 1 >= words.length) return null;
  // "Urem al-Kubra, northern Syria": the region may be a part of the country.
  const regionFrom = DIRECTION.test(words[to + 1].text) ? to + 2 : to + 1;
  const region = listedFormAt(scan, regionFrom);
  const regionActor = region?.form.actor;
  if (!region || !regionActor || (regionActor.type !== "COUNTRY" && regionActor.type !== "LOCATION"))
    return null;
  if (region.form.kind === "demonym" || region.form.kind === "metonym") return null;
  const end = regionFrom + region.length;
  if (words[end - 1].sentence !== words[from].sentence || continuesList(scan, end)) return null;
  const place = listedFormAt(scan, from);
  const placeActor = place && place.length === to - from ? place.form.actor : null;
  if (placeActor?.type === "COUNTRY" && place?.form.kind !== "metonym") return null;
  const country = regionActor.country;
  const seed =
    placeActor && placeActor.type !== "COUNTRY"
      ? seedOfActor(placeActor)
      : seedOfWords(scan, "LOCATION", from, end, country, null);
  return { from, to: end, kind: "name", seed, rank: RANK.listed, reason: "place, region" };
}

/** "Mosul, Raqqa and Aleppo", "Iraq, Syria, Jordan": the comma separated items of a list of places. */
function continuesList(scan: Scan, end: number): boolean {
  const next = scan.words[end];
  if (!next || next.sentence !== scan.words[end - 1].sentence) return false;
  if (next.key === "and" || next.key === "or") return true;
  if (next.text !== "," || end + 1 >= scan.words.length) return false;
  const type = listedFormAt(scan, end + 1)?.form.actor.type;
  return type === "COUNTRY" || type === "LOCATION";
}

/**
 * The listed candidates with each capital the article only ever puts as a place ("talks in
 * Baghdad", "the outskirts of Damascus") named as a LOCATION of its own. Where the article also
 * lets it act ("Baghdad rejected"), every use stays its government: one article never splits it.
 */
export function capitalsAsPlaces(scan: Scan, listed: readonly Candidate[]): Candidate[] {
  const acting = new Set<string>();
  for (const c of listed) {
    if (capitalNamed(scan, c) && !isPlaceUse(scan, c.from) && !opensLongerName(scan, c))
      acting.add(c.seed.key);
  }
  return listed.map((c) => {
    const capital = capitalNamed(scan, c);
    if (!capital || acting.has(c.seed.key)) return c;
    // Named as the knowledge base writes it: "Baghdad", also after a dateline's "BAGHDAD".
    const seed = newSeed("LOCATION", capital, c.seed.country, null);
    return { ...c, kind: "name" as const, seed, reason: "capital as a place" };
  });
}

/** The capital a listed candidate names, as the knowledge base writes it, or null. */
function capitalNamed(scan: Scan, c: Candidate): string | null {
  const m = listedFormAt(scan, c.from);
  return m?.form.capital && m.length === c.to - c.from ? m.form.text : null;
}

/**
 * "in Baghdad", "the outskirts of Damascus", "the Baghdad talks", "Karrada, Baghdad" or a
 * dateline ("BAGHDAD —"): where, not who.
 */
function isPlaceUse(scan: Scan, from: number): boolean {
  const w = scan.words[from];
  if (w.initial && w.text.length > 1 && w.text === w.text.toUpperCase()) return true;
  const prev = from - 1;
  if (prev < 0 || scan.words[prev].sentence !== scan.words[from].sentence) return false;
  return (
    isAttributive(scan.words[prev]) ||
    scan.lex.capitalPlaceCues.endingAt(scan.words, prev) !== null ||
    qualifiesPlaceBefore(scan, prev)
  );
}

/**
 * "the Paris meeting", "the 2007 Baghdad crackdown", "last year's London conference": a capital
 * after these only qualifies a noun.
 */
function isAttributive(prev: Word): boolean {
  return prev.key === "the" || prev.possessive || /^\d+$/.test(prev.text);
}

/**
 * "Karrada, Baghdad": after a comma that follows a name, the capital says where that place lies;
 * after a state ("Washington, Moscow and Beijing") it is one more in a list of governments.
 */
function qualifiesPlaceBefore(scan: Scan, comma: number): boolean {
  const before = scan.words[comma - 1];
  if (scan.words[comma].text !== "," || before?.sentence !== scan.words[comma].sentence || !before.upper)
    return false;
  return countryEndingAt(scan, comma - 1) === null;
}

/**
 * "Damascus University", "the Baghdad Operations Command": the capital opens the name of a body or
 * place, told by its head; "Washington D.C." is still the capital.
 */
function opensLongerName(scan: Scan, c: Candidate): boolean {
  const { words, lex } = scan;
  let last = c.to - 1;
  while (
    words[last + 1]?.upper &&
    words[last + 1].sentence === words[c.from].sentence &&
    !words[last + 1].initial
  )
    last++;
  if (last < c.to) return false;
  return [lex.orgHeads, lex.locationHeads, lex.mediaHeads].some((heads) => heads.endingAt(words, last, c.to));
}

/**
 * "Idlib province", "Mosul district": a place and a lower-case word for an administrative area
 * name the area, a place of its own that lies where the named place is.
 */
export function areaCandidates(scan: Scan, runs: readonly Run[]): Candidate[] {
  const out: Candidate[] = [];
  for (const run of runs) {
    const noun = scan.words[run.to];
    if (!noun || noun.sentence !== scan.words[run.from].sentence || noun.upper) continue;
    if (!scan.lex.areaNouns.has(noun.key)) continue;
    // A sentence's first word is capitalized whatever it is: "Declaring Mosul district ...".
    const from = scan.words[run.from].initial && run.to - run.from > 1 ? run.from + 1 : run.from;
    const place = listedFormAt(scan, from);
    const actor = place && place.length === run.to - from ? place.form.actor : null;
    if (actor && actor.type !== "LOCATION") continue;
    const seed = seedOfWords(scan, "LOCATION", from, run.to + 1, actor?.country ?? null, null);
    out.push({
      from,
      to: run.to + 1,
      kind: "name",
      seed,
      rank: RANK.listed,
      reason: "place, area",
    });
  }
  return out;
}

/**
 * "northern Iraq", "eastern Aleppo": a direction in lower case before a selected place names a
 * region of its own that lies in that place; the place keeps its mention, so an event "in
 * northern Iraq" can still be Iraq's. Before a possessive ("northern Iraq's Kurdistan Region") the
 * region only says where the next name lies.
 */
export function regionCandidates(scan: Scan, selected: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of selected) {
    const type = c.seed.type;
    if ((type !== "COUNTRY" && type !== "LOCATION") || c.kind === "demonym" || c.kind === "metonym") continue;
    const direction = scan.words[c.from - 1];
    if (!direction || direction.sentence !== scan.words[c.from].sentence || !DIRECTION.test(direction.text))
      continue;
    if (scan.words[c.to - 1].possessive) continue;
    const seed = seedOfWords(scan, "LOCATION", c.from - 1, c.to, c.seed.country, null);
    out.push({
      from: c.from - 1,
      to: c.to,
      kind: "name",
      seed,
      rank: RANK.listed,
      reason: "region of a place",
    });
  }
  return out;
}
