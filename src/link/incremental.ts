// The corpus stage grown one article at a time. A CorpusIndex keeps every article it was given and
// each article's copy signature in LSH bands: `add` files one more article and finds its reprints
// among the articles sharing a band only. `picture` reads the corpus picture: entity resolution,
// then event clusters and stories, each comparing an item only with the items sharing a blocking
// key (entities, date buckets, rare words). The batch `buildPicture` (document.ts) is "add every
// article, then picture()", so there is one implementation of the link stage.
import type { ArticleAnalysis } from "../analyze/types.js";
import type { AnalysisDocument } from "../contract/types.js";
import { SCHEMA_ID } from "../contract/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { raiseAlerts } from "../signal/alerts.js";
import { GENERATOR } from "../version.js";
import { toEvent, toQuote, toTimex } from "./convert.js";
import { CopyIndex } from "./copies.js";
import type { CorpusPicture } from "./document.js";
import { resolveEntities } from "./resolve.js";
import { buildStories } from "./stories.js";

export class CorpusIndex {
  private readonly analyses: ArticleAnalysis[] = [];
  private readonly copies = new CopyIndex();

  constructor(private readonly kb: KnowledgeBase) {}

  /** Files one article: compared with its copy candidates only. */
  add(analysis: ArticleAnalysis): void {
    this.copies.add(analysis.article);
    this.analyses.push(analysis);
  }

  picture(): CorpusPicture {
    const analyses = this.analyses;
    const resolution = resolveEntities(analyses, this.kb);
    const events = analyses.flatMap((a) => a.events.map((e, i) => toEvent(a, e, i, resolution)));
    const { clusterOf, stories, clusters, voices, reporting } = buildStories({
      analyses,
      resolution,
      events,
      kb: this.kb,
      reprintOf: (id) => this.copies.originalOf(id),
    });
    for (const e of events) e.cluster = clusterOf.get(e.id) ?? e.id;
    const alerts = raiseAlerts(events, resolution.entities, {
      independentSources: new Map(clusters.map((c) => [c.id, c.independentSources])),
      published: new Map(
        analyses.flatMap((a) => (a.article.published ? [[a.article.id, a.article.published.date]] : [])),
      ),
    });
    const document: AnalysisDocument = {
      schema: SCHEMA_ID,
      generator: GENERATOR,
      articles: analyses.map((a) => a.article),
      entities: resolution.entities,
      timexes: analyses.flatMap((a) => a.timexes.map((t) => toTimex(a, t))),
      quotes: analyses.flatMap((a) => a.quotes.map((q, i) => toQuote(a, q, i, resolution))),
      events,
      stories,
      alerts,
    };
    return { document, clusters, voices, reporting };
  }
}
