// Placeholder: replaced by the quotes stage.
import type { Stage } from "./pipeline.js";

export const quotesStage: Stage<"quotes", "segmentation" | "entities"> = {
  name: "quotes",
  needs: ["segmentation", "entities"],
  run: () => [],
};
