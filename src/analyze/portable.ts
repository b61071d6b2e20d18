// An analysis as it travels between threads and into the store: without its segmentation. The
// segmentation (every token with its offsets) is most of an analysis's size and a pure function of
// the text, so it is dropped where an analysis is copied and computed again where it is read.
import { segment } from "./segment.js";
import type { ArticleAnalysis, Segmentation } from "./types.js";

export type PortableAnalysis = Omit<ArticleAnalysis, "segmentation">;

export function withoutSegmentation(analysis: ArticleAnalysis): PortableAnalysis {
  const { article, entities, timexes, quotes, events } = analysis;
  return { article, entities, timexes, quotes, events };
}

/**
 * The whole analysis again, its keys in the usual order (stored and exported JSON compares byte for
 * byte); its segmentation is computed the first time something reads it.
 */
export function withSegmentation(portable: PortableAnalysis): ArticleAnalysis {
  const { article, entities, timexes, quotes, events } = portable;
  let segmentation: Segmentation | undefined;
  const analysis = Object.defineProperty({ article }, "segmentation", {
    enumerable: true,
    get: () => {
      segmentation ??= segment(article.text);
      return segmentation;
    },
  });
  return Object.assign(analysis, { entities, timexes, quotes, events }) as ArticleAnalysis;
}
