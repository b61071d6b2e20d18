// The entities stage: names, aliases, metonyms, demonyms and descriptions of the actors an
// article talks about. Proposers (listed knowledge, titles, shapes, collectives) suggest
// candidates; the reconciler keeps the best of overlapping ones and links repeats. Regions and
// groups ("northern Iraq", "EU leaders") are added over the names they contain.
import type { KnowledgeBase } from "../knowledge/index.js";
import { groupEntities, linkRepeats, selectCandidates } from "./entities/assemble.js";
import { isCredit, newScan } from "./entities/candidates.js";
import { type CountryMention, collectiveCandidates } from "./entities/collective.js";
import { gazetteerCandidates } from "./entities/gazetteer.js";
import { lexiconOf } from "./entities/lexicon.js";
import { ownedGroupCandidates } from "./entities/owned.js";
import {
  areaCandidates,
  capitalsAsPlaces,
  qualifiedPlaceCandidates,
  regionCandidates,
} from "./entities/places.js";
import { roleMentions } from "./entities/roles.js";
import { capitalizedRuns, shapeCandidates } from "./entities/shapes.js";
import { titledCandidates } from "./entities/titled.js";
import { articleWords } from "./entities/words.js";
import type { Stage } from "./pipeline.js";
import type { LocalEntity, Segmentation } from "./types.js";

export const entitiesStage: Stage<"entities", "segmentation"> = {
  name: "entities",
  needs: ["segmentation"],
  run: ({ article, kb, segmentation }) => recognizeEntities(article.text, segmentation, kb),
};

export function recognizeEntities(
  text: string,
  segmentation: Segmentation,
  kb: KnowledgeBase,
): LocalEntity[] {
  const lex = lexiconOf(kb);
  const scan = newScan(text, articleWords(text, segmentation, lex.masks), lex);
  const listed = gazetteerCandidates(scan);
  const countries: CountryMention[] = listed.flatMap((c) =>
    c.seed.type === "COUNTRY" && c.seed.country
      ? [{ word: c.from, iso3: c.seed.country, metonym: c.kind === "metonym" }]
      : [],
  );
  const runs = capitalizedRuns(scan);
  const proposed = [
    ...capitalsAsPlaces(scan, listed),
    ...titledCandidates(scan),
    ...shapeCandidates(scan, runs),
    ...collectiveCandidates(scan, countries),
    ...qualifiedPlaceCandidates(scan, runs),
    ...areaCandidates(scan, runs),
  ].filter((c) => !isCredit(scan, c));
  const selected = linkRepeats(scan, selectCandidates(proposed, scan.words.length));
  // Regions and groups span a selected name, which keeps its own mention: "northern [Iraq]", "[EU] leaders".
  // They come after the names, so a later stage looking for the entity at a word finds the name first.
  const spanning = [...regionCandidates(scan, selected), ...ownedGroupCandidates(scan, selected)];
  const entities = groupEntities(scan, [...selected, ...spanning.sort((a, b) => a.from - b.from)]);
  return roleMentions(scan, entities);
}
