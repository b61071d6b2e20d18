// Proposes places named with the country or region they lie in: "Palmyra, Syria", "Cibolo,
// Texas", "Najaf, Iraq". A listed place keeps its entity; an unlisted one is named in full, with
// the country as its affiliation. A list of places ("Iraq, Syria and Jordan") is not one place.
import { type Candidate, RANK, type Scan, seedOfActor, seedOfWords } from "./candidates.js";
import { listedFormAt } from "./gazetteer.js";
import type { Run } from "./shapes.js";

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
  const region = listedFormAt(scan, to + 1);
  const regionActor = region?.form.actor;
  if (!region || !regionActor || (regionActor.type !== "COUNTRY" && regionActor.type !== "LOCATION"))
    return null;
  if (region.form.kind === "demonym" || region.form.kind === "metonym") return null;
  const end = to + 1 + region.length;
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
