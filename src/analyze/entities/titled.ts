// Proposes people named with a title: [country] title name, as in "Iraqi Defense Minister
// Thabit al-Abbasi", "US Secretary of War Pete Hegseth", "Dr. Ihsan al-Shammari", or with a role
// noun in lower case, as in "party spokesman Ali Nouri". The title gives the person's role, the
// country word their affiliation.
import { type Candidate, RANK, type Scan, seedOfActor, seedOfWords, textOf } from "./candidates.js";
import { listedFormAt } from "./gazetteer.js";
import type { Word } from "./words.js";

const MAX_NAME_WORDS = 4;

export function titledCandidates(scan: Scan): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < scan.words.length; i++) {
    if (scan.words[i].headline) continue;
    const c = scan.words[i].capitalized ? titledAt(scan, i) : lowerCaseTitledAt(scan, i);
    if (c) out.push(c);
  }
  return out;
}

/**
 * "spokesman Faruk Hossain", "secretary general Mirza Alamgir": a role noun in lower case before
 * a name of two words or more (one capitalized word after a noun is too often something else);
 * the name alone is the mention. A capitalized title after it proposes the person itself.
 */
function lowerCaseTitledAt(scan: Scan, i: number): Candidate | null {
  const role = scan.lex.roleNouns.from(scan.words, i);
  if (!role) return null;
  const nameFrom = i + role.length;
  if (!scan.words[nameFrom]?.capitalized || titleAt(scan, nameFrom)) return null;
  const listed = listedFormAt(scan, nameFrom);
  if (listed && listed.form.actor.type !== "PERSON") return null;
  const nameLength = listed?.length ?? personNameLength(scan, nameFrom);
  if (!listed && nameLength < 2) return null;
  const to = nameFrom + nameLength;
  const seed = listed
    ? seedOfActor(listed.form.actor)
    : seedOfWords(scan, "PERSON", nameFrom, to, null, textOf(scan, i, nameFrom));
  return { from: nameFrom, to, kind: "name", seed, rank: RANK.titled, reason: "lower-case title" };
}

function titledAt(scan: Scan, i: number): Candidate | null {
  const country = countryWordAt(scan, i);
  const titleFrom = i + (country?.length ?? 0);
  const title = titleAt(scan, titleFrom);
  if (!title) return null;
  const nameFrom = titleFrom + title.length;
  const listed = listedFormAt(scan, nameFrom);
  const listedPerson = listed?.form.actor.type === "PERSON" ? listed : null;
  const nameLength = listedPerson?.length ?? personNameLength(scan, nameFrom);
  if (!nameLength) return null;
  const to = nameFrom + nameLength;
  const role = title.role ? textOf(scan, titleFrom, titleFrom + title.length) : null;
  const seed = listedPerson
    ? seedOfActor(listedPerson.form.actor)
    : seedOfWords(scan, "PERSON", nameFrom, to, country?.iso3 ?? null, role);
  return {
    from: country && title.role ? i : titleFrom,
    to,
    kind: "name",
    seed,
    rank: RANK.titled,
    reason: "title",
  };
}

/** A word naming a country ("Iraqi", "US") that can stand before a title. */
function countryWordAt(scan: Scan, i: number): { length: number; iso3: string } | null {
  const m = listedFormAt(scan, i);
  if (m?.form.actor.type !== "COUNTRY" || m.form.kind === "metonym" || !m.form.actor.country) return null;
  return { length: m.length, iso3: m.form.actor.country };
}

/** A title at words[i]: an honorific ("Dr.") or a role: modifiers, a head, "of" and modifiers. */
function titleAt(scan: Scan, i: number): { length: number; role: boolean } | null {
  const { words, lex } = scan;
  if (i >= words.length || !words[i].capitalized) return null;
  const honorific = lex.honorifics.from(words, i);
  if (honorific && !lex.titleHeads.from(words, i)) return { length: honorificsLength(scan, i), role: false };
  const afterModifiers = skipModifiers(scan, i);
  // "Navy Capt. Jeff Davis", "Army Lt. Gen. Stephen Townsend": a service, then a rank.
  const rank = afterModifiers > i ? lex.honorifics.from(words, afterModifiers) : null;
  if (rank) return { length: afterModifiers - i + rank.length, role: false };
  const headAt = capitalizedPhrase(scan, lex.titleHeads, afterModifiers) ? afterModifiers : i;
  const head = capitalizedPhrase(scan, lex.titleHeads, headAt);
  if (!head) return null;
  let k = headAt + head;
  if (words[k]?.key === "of" && skipModifiers(scan, k + 1) > k + 1) k = skipModifiers(scan, k + 1);
  return { length: k - i, role: true };
}

/** "HE Dr", "Sheikh Dr": honorifics in a row. */
function honorificsLength(scan: Scan, i: number): number {
  let k = i;
  for (let h = scan.lex.honorifics.from(scan.words, k); h; h = scan.lex.honorifics.from(scan.words, k))
    k += h.length;
  return k - i;
}

function skipModifiers(scan: Scan, i: number): number {
  let k = i;
  for (
    let m = capitalizedPhrase(scan, scan.lex.titleModifiers, k);
    m;
    m = capitalizedPhrase(scan, scan.lex.titleModifiers, k)
  ) {
    k += m;
  }
  return k;
}

function capitalizedPhrase(scan: Scan, index: Scan["lex"]["titleHeads"], i: number): number {
  const w = scan.words[i];
  if (!w?.capitalized) return 0;
  return index.from(scan.words, i)?.length ?? 0;
}

/** How many words at `from` make a personal name: capitalized words and particles ("al-"). */
function personNameLength(scan: Scan, from: number): number {
  const { words, lex } = scan;
  let n = 0;
  while (n < MAX_NAME_WORDS && from + n < words.length) {
    const w = words[from + n];
    if (w.sentence !== words[from].sentence) break;
    if (isNameWord(scan, from + n, n === 0)) n++;
    else if (n > 0 && isNickname(scan, from + n))
      n += NICKNAME_WORDS + 1; // and the surname after it
    else if (lex.particles.has(w.key) && from + n + 1 < words.length && isNameWord(scan, from + n + 1, false))
      n++;
    else break;
  }
  while (n > 0 && lex.particles.has(words[from + n - 1].key)) n--;
  while (n > 1 && lex.trailingTimeWords.has(words[from + n - 1].text)) n--;
  return n;
}

const NICKNAME_WORDS = 3;
const OPENING_QUOTES = new Set(['"', "“"]);
const CLOSING_QUOTES = new Set(['"', "”"]);

/** Brig. Gen. Richard “Tex” Coe: a quoted nickname between a given name and a surname. */
function isNickname(scan: Scan, k: number): boolean {
  const w = scan.words;
  if (k + NICKNAME_WORDS >= w.length || w[k + NICKNAME_WORDS].sentence !== w[k].sentence) return false;
  return (
    OPENING_QUOTES.has(w[k].text) &&
    w[k + 1].upper &&
    CLOSING_QUOTES.has(w[k + 2].text) &&
    isNameWord(scan, k + NICKNAME_WORDS, false)
  );
}

/** A capitalized word that can be part of a name; the first may not be a common word ("The"). */
function isNameWord(scan: Scan, k: number, first: boolean): boolean {
  const w = scan.words[k];
  if (!w.upper || isLowerParticle(scan, w)) return false;
  if (!first) return true;
  // "Deputy Joint Operations Commander" is a title, not a name; "Julie Bishop" is a name.
  if (scan.lex.titleHeads.from(scan.words, k) || scan.lex.titleModifiers.from(scan.words, k)) return false;
  return !scan.lex.notNames.has(w.text);
}

function isLowerParticle(scan: Scan, w: Word): boolean {
  return scan.lex.particles.has(w.key) && w.text === w.text.toLowerCase();
}
