// What the timexes stage reads from knowledge/time.json: days that news names by month and day
// alone for an event of a known year ("the Sept. 11 attacks", "since Oct. 7").
import { defaultKnowledgeDir, KnowledgeError, readKnowledgeFile } from "../../knowledge/load.js";
import { monthDayKey } from "./calendar.js";

export interface TimeKnowledge {
  /** monthDayKey(month, day) -> the year of the event the day names. */
  namedDays: ReadonlyMap<string, number>;
  /** Lower-case nouns that make a month and day the name of an event: "attacks", "massacre". */
  eventNouns: ReadonlySet<string>;
}

interface TimeFile {
  namedDays: { month: number; day: number; year: number; event: string }[];
  eventNouns: string[];
}

const FILE = "time.json";

/** Reads knowledge/time.json; loaded once with the knowledge base. */
export function timeKnowledge(dir: string = defaultKnowledgeDir()): TimeKnowledge {
  return parseTimeFile(dir, readKnowledgeFile<TimeFile>(dir, FILE));
}

function parseTimeFile(dir: string, raw: TimeFile): TimeKnowledge {
  if (!Array.isArray(raw.namedDays) || !Array.isArray(raw.eventNouns)) {
    throw new KnowledgeError(`${dir}/${FILE}`, "needs the arrays namedDays and eventNouns");
  }
  for (const d of raw.namedDays) {
    if (![d.month, d.day, d.year].every(Number.isInteger)) {
      throw new KnowledgeError(
        `${dir}/${FILE}`,
        `named day ${JSON.stringify(d)} needs integer month, day and year`,
      );
    }
  }
  return {
    namedDays: new Map(raw.namedDays.map((d) => [monthDayKey(d.month, d.day), d.year])),
    eventNouns: new Set(raw.eventNouns.map((n) => n.toLowerCase())),
  };
}
