// Loader for the corpus stage's data: knowledge/linking.json and knowledge/framing.json.
import type { EventType } from "../contract/types.js";
import { readKnowledgeFile } from "../knowledge/load.js";

export interface MeasureKind {
  units: string[];
  about: string;
}

export type Approximation = "about" | "atLeast" | "atMost";

export interface LinkLexicons {
  stopwords: ReadonlySet<string>;
  /** Event type -> the types one real-world event may also be coded as (itself included). */
  compatibleTypes: ReadonlyMap<EventType, ReadonlySet<EventType>>;
  /** Types whose actor and target may be told either way round ("A met B" = "B met A"). */
  symmetricTypes: ReadonlySet<EventType>;
  measures: readonly MeasureKind[];
  /** Words that make a number approximate: near it ("about"), it or more ("at least"), it or less ("up to"). */
  approximators: Readonly<Record<Approximation, readonly string[]>>;
  numberWords: ReadonlyMap<string, number>;
  /** Lower-case words inside names ("al" in "Thabit al-Abbasi"). */
  nameParticles: readonly string[];
  /** Words after a duration that make it a point in time ("two days after"). */
  timeOffsetWords: readonly string[];
  /** How a message or meeting went ("by phone", "through an intermediary") -> its phrases, folded. */
  channels: Readonly<Record<string, readonly string[]>>;
  hedges: readonly string[];
  loaded: readonly string[];
}

interface LinkingFile {
  stopwords: string[];
  eventFamilies: Record<string, EventType[]>;
  symmetricEventTypes: EventType[];
  measures: MeasureKind[];
  approximators: Record<Approximation, string[]>;
  numberWords: Record<string, number>;
  nameParticles: string[];
  timeOffsetWords: string[];
  channels: Record<string, string[]>;
}

interface FramingFile {
  hedges: string[];
  loaded: string[];
}

/** Reads knowledge/linking.json and framing.json; loaded once with the knowledge base. */
export function loadLinkLexicons(dir: string): LinkLexicons {
  const linking = readKnowledgeFile<LinkingFile>(dir, "linking.json");
  const framing = readKnowledgeFile<FramingFile>(dir, "framing.json");
  return {
    stopwords: new Set(linking.stopwords),
    compatibleTypes: compatibility(Object.values(linking.eventFamilies)),
    symmetricTypes: new Set(linking.symmetricEventTypes),
    measures: linking.measures,
    approximators: linking.approximators,
    numberWords: new Map(Object.entries(linking.numberWords)),
    nameParticles: linking.nameParticles,
    timeOffsetWords: linking.timeOffsetWords,
    channels: linking.channels,
    hedges: framing.hedges,
    loaded: framing.loaded,
  };
}

function compatibility(families: EventType[][]): Map<EventType, Set<EventType>> {
  const compatible = new Map<EventType, Set<EventType>>();
  for (const family of families) {
    for (const type of family) {
      const set = compatible.get(type) ?? new Set<EventType>([type]);
      for (const other of family) set.add(other);
      compatible.set(type, set);
    }
  }
  return compatible;
}
