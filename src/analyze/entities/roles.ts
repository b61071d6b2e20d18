// Role mentions: "the minister", "his Iraqi counterpart", "the Saudi newspaper" resolved to the
// nearest earlier entity that fits (a person of that role and country, an outlet). They are
// coreference links for the quote and event stages, not printed names.
import type { LocalEntity, Mention } from "../types.js";
import type { Scan } from "./candidates.js";
import { listedFormAt } from "./gazetteer.js";

const DETERMINERS = new Set(["the", "his", "her", "their", "its"]);
const COUNTERPART = "counterpart";

interface RolePhrase {
  from: number;
  to: number;
  country: string | null;
  /** First word of the role noun: the country word before it may be a mention of its own. */
  nounFrom: number;
  /** The role noun's last word in lower case ("minister"), or null for an outlet. */
  noun: string | null;
}

export function roleMentions(scan: Scan, entities: readonly LocalEntity[]): LocalEntity[] {
  const covered = coveredOffsets(scan.text.length, entities);
  const out = entities.map(withOwnMentions);
  const named = new Map<number, LocalEntity>();
  for (const e of out) for (const m of e.mentions) named.set(m.start, e);
  for (let i = 0; i < scan.words.length; i++) {
    const phrase = rolePhraseAt(scan, i);
    if (!phrase || introducesName(scan, phrase)) continue;
    i = phrase.to - 1;
    const start = scan.words[phrase.from].start;
    const end = scan.words[phrase.to - 1].end;
    if (covered.subarray(scan.words[phrase.nounFrom].start, end).some((x) => x === 1)) continue;
    const target = appositive(scan, phrase, named) ?? referent(out, phrase, start);
    if (!target) continue;
    const mention: Mention = {
      start,
      end,
      text: scan.text.slice(start, end),
      kind: "role",
      sentence: scan.words[phrase.from].sentence,
    };
    target.mentions.push(mention);
    target.mentions.sort((a, b) => a.start - b.start);
  }
  return out;
}

/** A copy with its own list of mentions, fields written out: V8 builds a spread literal on a slow path. */
function withOwnMentions(e: LocalEntity): LocalEntity {
  const { key, name, type, country, role, mentions } = e;
  return { key, name, type, country, role, mentions: [...mentions] };
}

function coveredOffsets(length: number, entities: readonly LocalEntity[]): Uint8Array {
  const covered = new Uint8Array(length);
  for (const e of entities) for (const m of e.mentions) covered.fill(1, m.start, m.end);
  return covered;
}

/** "the [Iraqi] minister", "his [US] counterpart", "the [Saudi] newspaper". */
function rolePhraseAt(scan: Scan, i: number): RolePhrase | null {
  const { words, lex } = scan;
  if (!DETERMINERS.has(words[i].key)) return null;
  let k = i + 1;
  let country: string | null = null;
  const listed = k < words.length && words[k].sentence === words[i].sentence ? listedFormAt(scan, k) : null;
  if (listed?.form.actor.type === "COUNTRY") {
    country = listed.form.actor.country;
    k += listed.length;
  }
  if (k >= words.length || words[k].sentence !== words[i].sentence || words[k].capitalized) return null;
  const role = lex.roleNouns.from(words, k);
  if (role)
    return {
      from: i,
      to: k + role.length,
      country,
      nounFrom: k,
      noun: words[k + role.length - 1].text.toLowerCase(),
    };
  const media = lex.mediaCues.from(words, k);
  if (media && !words[k + media.length - 1].key.endsWith("s"))
    return { from: i, to: k + media.length, country, nounFrom: k, noun: null };
  return null;
}

/** "the Saudi website Elaph": the phrase is a title of the name after it, not a reference back. */
function introducesName(scan: Scan, phrase: RolePhrase): boolean {
  const next = scan.words[phrase.to];
  return next !== undefined && next.sentence === scan.words[phrase.from].sentence && next.capitalized;
}

/** "her Velmoran counterpart, Interior Minister Omar Haddad": the name in apposition. */
function appositive(
  scan: Scan,
  phrase: RolePhrase,
  named: ReadonlyMap<number, LocalEntity>,
): LocalEntity | null {
  const comma = scan.words[phrase.to];
  const next = scan.words[phrase.to + 1];
  if (comma?.text !== "," || !next || next.sentence !== comma.sentence) return null;
  const e = named.get(next.start);
  // The apposition itself says who it is: an unknown country is no mismatch here.
  return e && fitsRole(e, e.country === null ? { ...phrase, country: null } : phrase) ? e : null;
}

/** The entity mentioned last before `start` that the role phrase can denote. */
function referent(entities: LocalEntity[], phrase: RolePhrase, start: number): LocalEntity | null {
  let best: LocalEntity | null = null;
  let bestAt = -1;
  for (const e of entities) {
    if (!fitsRole(e, phrase)) continue;
    const last = lastMentionBefore(e, start);
    if (last > bestAt) {
      best = e;
      bestAt = last;
    }
  }
  return best;
}

function fitsRole(e: LocalEntity, phrase: RolePhrase): boolean {
  if (phrase.noun === null) return e.type === "MEDIA";
  if (e.type !== "PERSON") return false;
  if (phrase.country && e.country !== phrase.country) return false;
  if (phrase.noun === COUNTERPART) return true;
  return e.role?.toLowerCase().includes(phrase.noun) === true;
}

function lastMentionBefore(e: LocalEntity, start: number): number {
  let last = -1;
  for (const m of e.mentions) if (m.start < start && m.kind !== "role") last = Math.max(last, m.start);
  return last;
}
