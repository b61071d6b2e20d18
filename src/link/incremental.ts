// The corpus stage grown one article at a time. `add` resolves the article's entities against the
// corpus entities by name key, files its events in their clusters and the article in its story
// (each compared only with the candidates that blocking on entities, dates and words finds), and
// notes which clusters and stories changed. `picture` rebuilds only those, then reads the corpus
// picture out of the kept state. The batch `buildPicture` (document.ts) is "add every article,
// then picture()", so there is one implementation of the link stage.
import type { ArticleAnalysis } from "../analyze/types.js";
import type { AnalysisDocument, Event, ISODate } from "../contract/types.js";
import { SCHEMA_ID } from "../contract/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { raiseAlerts } from "../signal/alerts.js";
import { GENERATOR } from "../version.js";
import { revive } from "./collect.js";
import { toEvent, toQuote, toTimex } from "./convert.js";
import type { CorpusPicture } from "./document.js";
import { EntityIndex } from "./resolve.js";
import { StoryBuilder, type StoryBuilderState } from "./stories.js";

/** What a corpus index has learnt, for a snapshot; articles by id, in the order added. */
export interface CorpusIndexState {
  articles: string[];
  events: Event[];
  entities: EntityIndex;
  links: StoryBuilderState;
}

export class CorpusIndex {
  private readonly analyses: ArticleAnalysis[] = [];
  private readonly events: Event[] = [];
  private readonly entities: EntityIndex;
  readonly links: StoryBuilder;

  constructor(kb: KnowledgeBase) {
    this.entities = new EntityIndex(kb);
    this.links = new StoryBuilder(kb.linking, this.entities.byId);
  }

  /**
   * An index that goes on from a saved state, over the same knowledge; `analysisOf` gives back
   * the analyses it names (the store holds them, so a snapshot does not).
   */
  static restore(
    kb: KnowledgeBase,
    saved: CorpusIndexState,
    analysisOf: (id: string) => ArticleAnalysis,
  ): CorpusIndex {
    const entities = revive(saved.entities, EntityIndex);
    return Object.assign(new CorpusIndex(kb), {
      analyses: saved.articles.map(analysisOf),
      events: saved.events,
      entities,
      links: StoryBuilder.restore(kb.linking, entities.byId, saved.links, analysisOf),
    });
  }

  /** The state to save; serialize it before the index changes again. */
  state(): CorpusIndexState {
    return {
      articles: this.analyses.map((a) => a.article.id),
      events: this.events,
      entities: this.entities,
      links: this.links.state(),
    };
  }

  /** Links one article into the corpus: its entities, event clusters, copies and story. */
  add(analysis: ArticleAnalysis): void {
    const mentions = this.entities.add(analysis);
    const events = analysis.events.map((e, i) => toEvent(analysis, e, i, this.entities));
    this.links.add(analysis, mentions, events);
    this.analyses.push(analysis);
    this.events.push(...events);
  }

  /** Brings the changed clusters and stories up to date; `picture` does it too. */
  update(): void {
    this.links.update();
  }

  picture(): CorpusPicture {
    const analyses = this.analyses;
    const { clusterOf, stories, clusters, voices, reporting } = this.links.result();
    const events = this.events.map((e) => ({ ...e, cluster: clusterOf.get(e.id) ?? e.id }));
    const entities = this.entities.entities();
    const alerts = raiseAlerts(events, entities, {
      independentSources: new Map(clusters.map((c) => [c.id, c.independentSources])),
      published: publicationDates(analyses),
    });
    const document: AnalysisDocument = {
      schema: SCHEMA_ID,
      generator: GENERATOR,
      articles: analyses.map((a) => a.article),
      entities,
      timexes: analyses.flatMap((a) => a.timexes.map((t) => toTimex(a, t))),
      quotes: analyses.flatMap((a) => a.quotes.map((q, i) => toQuote(a, q, i, this.entities))),
      events,
      stories,
      alerts,
    };
    return { document, clusters, voices, reporting };
  }
}

function publicationDates(analyses: readonly ArticleAnalysis[]): Map<string, ISODate> {
  return new Map(
    analyses.flatMap((a) => (a.article.published ? [[a.article.id, a.article.published.date]] : [])),
  );
}
