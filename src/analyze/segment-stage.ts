import type { Stage } from "./pipeline.js";
import { segment } from "./segment.js";

export const segmentStage: Stage<"segmentation"> = {
  name: "segmentation",
  needs: [],
  run: ({ article }) => segment(article.text),
};
