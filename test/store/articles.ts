// Small analyses for the store tests. The texts are written for these tests; the store does not
// look inside an analysis beyond its article, so the other stages' outputs stay empty.
import { createHash } from "node:crypto";
import { segment } from "../../src/analyze/segment.js";
import type { ArticleAnalysis } from "../../src/analyze/types.js";
import type { Precision } from "../../src/contract/types.js";
import type { StoredMeta } from "../../src/store/types.js";

export interface ArticleSpec {
  id: string;
  text?: string;
  title?: string | null;
  /** ISO date; its precision follows from its length. */
  published?: string | null;
}

const PRECISION_BY_LENGTH: Record<number, Precision> = { 4: "year", 7: "month", 10: "day" };

export function analysisOf(spec: ArticleSpec): ArticleAnalysis {
  const published = spec.published ?? null;
  const text = spec.text ?? `Officials in the capital met on the matter of ${spec.id}.`;
  return {
    article: {
      id: spec.id,
      source: `test/${spec.id}.txt`,
      outlet: "Test Wire",
      title: spec.title === undefined ? `Report ${spec.id}` : spec.title,
      language: "en",
      published:
        published === null
          ? null
          : {
              date: published,
              precision: PRECISION_BY_LENGTH[published.length],
              inferred: false,
              basis: "given",
            },
      text,
      removed: [],
    },
    // The store keeps the text and segments it again on reading, so the fixture is segmented too.
    segmentation: segment(text),
    entities: [],
    timexes: [],
    quotes: [],
    events: [],
  };
}

/** The metadata an ingest would compute: the hash covers the article as given. */
export function metaOf(analysis: ArticleAnalysis): StoredMeta {
  const contentHash = createHash("sha256").update(JSON.stringify(analysis.article)).digest("hex");
  return { url: `https://news.example/${analysis.article.id}`, contentHash };
}
