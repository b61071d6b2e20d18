// An analysis as it travels between threads and into the store: without its segmentation. The
// segmentation (every token with its offsets) is most of an analysis's size and a pure function of
// the text, so it is dropped where an analysis is copied and computed again where it is read.
import type { Article } from "../contract/types.js";
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
  const analysis = lazySegmentation(article);
  return Object.assign(analysis, { entities, timexes, quotes, events }) as ArticleAnalysis;
}

/**
 * What a worker thread sends back: the article, and the rest already as the JSON the store keeps.
 * A string crosses threads as one copy, and an `ingest` never has to rebuild and re-serialise the
 * objects: the store writes the string as it came.
 */
export interface Parcel {
  article: Article;
  json: string;
}

export function toParcel(analysis: ArticleAnalysis): Parcel {
  return { article: analysis.article, json: JSON.stringify(withoutSegmentation(analysis)) };
}

/** The JSON an analysis arrived as, for the analyses made by fromParcel. */
const arrivedAs = new WeakMap<object, string>();

/** The analysis of a parcel; its parts are parsed the first time something reads one. */
export function fromParcel(parcel: Parcel): ArticleAnalysis {
  let parsed: PortableAnalysis | undefined;
  const rest = () => {
    parsed ??= JSON.parse(parcel.json) as PortableAnalysis;
    return parsed;
  };
  const analysis = lazySegmentation(parcel.article);
  for (const part of ["entities", "timexes", "quotes", "events"] as const)
    Object.defineProperty(analysis, part, { enumerable: true, get: () => rest()[part] });
  arrivedAs.set(analysis, parcel.json);
  return analysis as ArticleAnalysis;
}

/**
 * The analysis without its segmentation as JSON, as the store keeps it. Analyses are values, never
 * changed once made, so the JSON a parcel arrived as still says what its analysis says.
 */
export function portableJson(analysis: ArticleAnalysis): string {
  return arrivedAs.get(analysis) ?? JSON.stringify(withoutSegmentation(analysis));
}

function lazySegmentation(article: Article): { article: Article } {
  let segmentation: Segmentation | undefined;
  return Object.defineProperty({ article }, "segmentation", {
    enumerable: true,
    get: () => {
      segmentation ??= segment(article.text);
      return segmentation;
    },
  });
}
