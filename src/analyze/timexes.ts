// Placeholder: replaced by the timexes stage.
import type { Stage } from "./pipeline.js";

export const timexesStage: Stage<"timexes", "segmentation"> = {
  name: "timexes",
  needs: ["segmentation"],
  run: () => [],
};
