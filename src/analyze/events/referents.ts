// From a participant phrase to an entity key: the entity whose mention covers the phrase's
// head, or else a new entity named by the phrase, which the event hands to the pipeline in
// its `introduced` list.
import type { LocalEntity, Range } from "../types.js";
import { isNumber } from "./grammar.js";
import type { Phrase } from "./phrases.js";

/** Words that bound a count before it: "about 550 households", "nearly 40 villagers". */
const COUNT_BOUNDS = new Set(["about", "nearly", "almost", "around", "some"]);
/** Counts that are no number: "several cities". */
const COUNT_WORDS = new Set(["several"]);

export class Referents {
  private readonly introduced = new Map<string, LocalEntity>();

  constructor(
    private readonly text: string,
    private readonly sentence: number,
  ) {}

  /**
   * The target of an attack is the state of the armed men it hit: "killed two Israeli soldiers"
   * is Israel's loss. Armed men threatened, urged or supported are a participant of their own.
   */
  targetKeyOf(phrase: Phrase | null, type: string): string | null {
    const nation = type === "ASSAULT" && phrase?.unit && !phrase.entity ? phrase.nation : null;
    return nation ? nation.key : this.keyOf(phrase);
  }

  keyOf(phrase: Phrase | null): string | null {
    if (!phrase) return null;
    if (phrase.owner) return this.keyOf(phrase.owner);
    if (phrase.instrument && !phrase.entity) return phrase.nation?.key ?? null;
    if (phrase.entity) {
      // "Arab League Secretary General Chadli Klibi" is a fuller mention of the entity "Chadli Klibi".
      if (phrase.mention && phrase.proper && isWider(phrase, phrase.mention))
        this.record(phrase.entity, phrase);
      return phrase.entity.key;
    }
    const key = `new:${phrase.type}:${normalizeName(phrase.name)}`;
    const country = phrase.nation?.country ?? null;
    this.record({ key, name: phrase.name, type: phrase.type, country, role: null, mentions: [] }, phrase);
    return key;
  }

  private record(entity: LocalEntity, phrase: Phrase) {
    // The mention of a new entity keeps the count the text gives it ("two civilians"), its name does not.
    const start = phrase.proper ? phrase.start : countedStart(this.text, phrase.start);
    const surface = this.text.slice(start, phrase.end);
    const mention = {
      start,
      end: phrase.end,
      text: surface,
      kind: phrase.proper ? ("name" as const) : ("description" as const),
      sentence: this.sentence,
    };
    const known = this.introduced.get(entity.key);
    if (!known) this.introduced.set(entity.key, { ...entity, mentions: [mention] });
    else if (!known.mentions.some((m) => m.start === mention.start)) known.mentions.push(mention);
  }

  /** The entities introduced for the given keys. */
  introducedFor(keys: readonly (string | null)[]): LocalEntity[] {
    const out: LocalEntity[] = [];
    if (this.introduced.size === 0) return out;
    for (const key of keys) {
      const entity = key && this.introduced.get(key);
      if (entity) out.push(entity);
    }
    return out;
  }
}

/** Where the count before a description starts: "24 unarmed civilians", "about 550 households". */
function countedStart(text: string, start: number): number {
  const count = wordBefore(text, start);
  if (!count || !(isCount(count.word) || COUNT_WORDS.has(count.word))) return start;
  const bound = wordBefore(text, count.start);
  return bound && COUNT_BOUNDS.has(bound.word) ? bound.start : count.start;
}

/** A number that ends no clause or sentence: "24", not "2019." of the sentence before. */
function isCount(word: string): boolean {
  return isNumber(word) && !/[.,]$/.test(word);
}

function wordBefore(text: string, at: number): { word: string; start: number } | null {
  const found = /(\S+)\s+$/.exec(text.slice(Math.max(0, at - 40), at));
  return found ? { word: found[1].toLowerCase(), start: at - found[0].length } : null;
}

function isWider(phrase: Range, mention: Range): boolean {
  return (
    phrase.start <= mention.start &&
    mention.end <= phrase.end &&
    phrase.end - phrase.start > mention.end - mention.start
  );
}

/** Lower case, single spaces, no leading article: the link stage matches new entities on it. */
export function normalizeName(s: string): string {
  return s
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:the|a|an) /, "");
}
