// Placeholder: replaced by the entities stage.
import type { Stage } from "./pipeline.js";

export const entitiesStage: Stage<"entities", "segmentation"> = {
  name: "entities",
  needs: ["segmentation"],
  run: () => [],
};
