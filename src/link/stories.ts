// Placeholder: replaced by event clustering, stories, discrepancies and framing.
import type { Event, Story } from "../contract/types.js";
import type { ArticleAnalysis } from "../analyze/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import type { EntityResolution } from "./resolve.js";

export interface StoryInput {
  analyses: readonly ArticleAnalysis[];
  resolution: EntityResolution;
  /** Contract events, cluster ids not yet assigned (each event's cluster is its own id). */
  events: readonly Event[];
  kb: KnowledgeBase;
}

export interface StoryResult {
  /** event id -> cluster id */
  clusterOf: Map<string, string>;
  stories: Story[];
}

export function buildStories(input: StoryInput): StoryResult {
  return {
    clusterOf: new Map(input.events.map((e) => [e.id, e.id])),
    stories: input.analyses.map((a, i) => ({
      id: `s${i + 1}`,
      title: a.article.title ?? a.article.id,
      articles: [a.article.id],
      clusters: [],
      discrepancies: [],
      framing: [],
    })),
  };
}
