// The per-article analysis: a pure function of (article, knowledge base). The stages run in
// the order of STAGES; each declares what it needs, and buildPipeline checks that every need is
// added by an earlier stage, so a misordered list fails when the pipeline is built.
import type { Article } from "../contract/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { resolveIntroduced } from "./entities/introduced.js";
import { entitiesStage } from "./entities.js";
import { eventsStage } from "./events.js";
import { quotesStage } from "./quotes.js";
import { segmentStage } from "./segment-stage.js";
import { timexesStage } from "./timexes.js";
import type { ArticleAnalysis } from "./types.js";

export type Products = Omit<ArticleAnalysis, "article">;
export type ProductName = keyof Products;

export interface StageContext {
  article: Article;
  kb: KnowledgeBase;
}

export interface Stage<K extends ProductName, N extends ProductName = never> {
  name: K;
  needs: readonly N[];
  run(input: StageContext & Pick<Products, N>): Products[K];
}

// biome-ignore lint/suspicious/noExplicitAny: a heterogeneous list of stages
type AnyStage = Stage<ProductName, any>;

export const STAGES: readonly AnyStage[] = [
  segmentStage,
  entitiesStage, // names first: quotes and events point at entities
  timexesStage,
  quotesStage, // quotes before events: an event inside a quote is reported by its speaker
  eventsStage,
];

export function buildPipeline(stages: readonly AnyStage[] = STAGES): (ctx: StageContext) => ArticleAnalysis {
  const added = new Set<ProductName>();
  for (const stage of stages) {
    const missing = stage.needs.filter((n) => !added.has(n));
    if (missing.length)
      throw new Error(`stage ${stage.name} needs ${missing.join(", ")}, added by no earlier stage`);
    added.add(stage.name);
  }
  return (ctx) => {
    const products: Partial<Products> = {};
    for (const stage of stages) {
      // biome-ignore lint/suspicious/noExplicitAny: checked by buildPipeline above
      (products as any)[stage.name] = stage.run({ ...ctx, ...products } as any);
    }
    return withIntroducedEntities({ article: ctx.article, ...(products as Products) }, ctx.kb);
  };
}

/**
 * Adds the entities that quotes and events named for the first time to the article's entities:
 * a name as an entity of its own, a description as what it stands for (entities/introduced.ts).
 */
function withIntroducedEntities(analysis: ArticleAnalysis, kb: KnowledgeBase): ArticleAnalysis {
  return resolveIntroduced(analysis, kb);
}

let defaultPipeline: ((ctx: StageContext) => ArticleAnalysis) | undefined;

export function analyzeArticle(article: Article, kb: KnowledgeBase): ArticleAnalysis {
  defaultPipeline ??= buildPipeline();
  return defaultPipeline({ article, kb });
}
