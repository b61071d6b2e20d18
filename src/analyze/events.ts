// Placeholder: replaced by the events stage.
import type { Stage } from "./pipeline.js";

export const eventsStage: Stage<"events", "segmentation" | "entities" | "timexes" | "quotes"> = {
  name: "events",
  needs: ["segmentation", "entities", "timexes", "quotes"],
  run: () => [],
};
