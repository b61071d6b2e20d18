import { type TimeKnowledge, timeKnowledge } from "../analyze/timexes/knowledge.js";
import { type CleaningKnowledge, loadCleaningKnowledge } from "../clean/knowledge.js";
import { type LinkLexicons, loadLinkLexicons } from "../link/lexicons.js";
import { type ActorKnowledge, loadActors } from "./actors.js";
import { type CueLexicon, loadCues } from "./cues.js";
import { type EventLexicon, loadEventLexicon } from "./events.js";
import { defaultKnowledgeDir } from "./load.js";
import { loadOutlets, type OutletRegistry } from "./outlets.js";

/** Everything the analysis knows besides the article: data under knowledge/, loaded once. */
export interface KnowledgeBase {
  dir: string;
  actors: ActorKnowledge;
  outlets: OutletRegistry;
  cues: CueLexicon;
  events: EventLexicon;
  time: TimeKnowledge;
  cleaning: CleaningKnowledge;
  linking: LinkLexicons;
}

export function loadKnowledge(dir: string = defaultKnowledgeDir()): KnowledgeBase {
  return {
    dir,
    actors: loadActors(dir),
    outlets: loadOutlets(dir),
    cues: loadCues(dir),
    events: loadEventLexicon(dir),
    time: timeKnowledge(dir),
    cleaning: loadCleaningKnowledge(dir),
    linking: loadLinkLexicons(dir),
  };
}
