// The corpus stage grown one article at a time. `add` resolves the article's entities against the
// corpus entities by name key, files its events in their clusters and the article in its story
// (each compared only with the candidates that blocking on entities, dates and words finds), and
// notes which clusters and stories changed. `picture` rebuilds only those, then reads the corpus
// picture out of the kept state. The batch `buildPicture` (document.ts) is "add every article,
// then picture()", so there is one implementation of the link stage.
//
// A checkpoint lets a caller add articles tentatively (the recent tail of a live store) and take
// them back: every structure of the index makes its changes through one journal, which, while
// the checkpoint is open, notes how to undo each; `rollback` replays those notes, so it costs
// what the tentative articles touched, not the corpus.
//
// An undated article is placed in time by the story it joins among the articles linked before it
// (dating.ts): tentatively linked as it is, then, when its story gives a date, taken back and
// linked again analysed against that date. Only the articles before it count, so that adding
// articles after it never changes it: the index grows without going back.
import type { ArticleAnalysis } from "../analyze/types.js";
import type { AnalysisDocument, Event, PublishedDate, Quote, Story, Timex } from "../contract/types.js";
import { SCHEMA_ID } from "../contract/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { AlertMemo, raiseAlerts } from "../signal/alerts.js";
import { GENERATOR } from "../version.js";
import { revive } from "./collect.js";
import { toEvent, toQuote, toTimex } from "./convert.js";
import { dateFromStory, type Redate } from "./dating.js";
import type { CorpusPicture } from "./document.js";
import { type Checkpoint, Journal } from "./journal.js";
import { EntityIndex } from "./resolve.js";
import { StoryBuilder, type StoryBuilderState } from "./stories.js";

export type { Checkpoint } from "./journal.js";

/** What a corpus index has learnt, for a snapshot; articles by id, in the order added. */
export interface CorpusIndexState {
  articles: string[];
  /** The dates stories gave undated articles, which were linked analysed again against them. */
  storyDates: Map<string, PublishedDate>;
  events: Event[];
  entities: EntityIndex;
  links: StoryBuilderState;
}

export class CorpusIndex {
  private readonly journal = new Journal();
  private readonly analyses: ArticleAnalysis[] = [];
  private readonly storyDates = new Map<string, PublishedDate>();
  private readonly events: Event[] = [];
  // An article's timexes and quotes in the contract's shape, made as it is added (entity ids never
  // change), so that a picture only copies them out.
  private readonly timexes: Timex[] = [];
  private readonly quotes: Quote[] = [];
  private readonly entities: EntityIndex;
  readonly links: StoryBuilder;
  /** What the last picture's alerts were made of: a memo checked against the present, kept out of the journal. */
  private readonly alertMemo = new AlertMemo();

  /** `redate` dates undated articles by their stories; without it they stay undated. */
  constructor(
    kb: KnowledgeBase,
    private readonly redate?: Redate,
  ) {
    this.entities = new EntityIndex(kb, this.journal);
    this.links = new StoryBuilder(kb.linking, this.entities.byId, this.journal);
  }

  /**
   * An index that goes on from a saved state, over the same knowledge; `analysisOf` gives back
   * the analyses it names as linked (the store holds them, so a snapshot does not; those dated by
   * their stories analysed again against `storyDates`).
   */
  static restore(
    kb: KnowledgeBase,
    saved: CorpusIndexState,
    analysisOf: (id: string) => ArticleAnalysis,
    redate?: Redate,
  ): CorpusIndex {
    const index = new CorpusIndex(kb, redate);
    const journal = index.journal;
    const entities = revive(saved.entities, EntityIndex, journal);
    Object.assign(index, {
      analyses: saved.articles.map(analysisOf),
      storyDates: saved.storyDates,
      events: saved.events,
      entities,
      links: StoryBuilder.restore(kb.linking, entities.byId, saved.links, analysisOf, journal),
    });
    for (const analysis of index.analyses) index.addTimexesAndQuotes(analysis);
    return index;
  }

  /**
   * Marks the present state: what is added (and updated) from now on can be taken back with
   * `rollback`, or kept with `commit`. A checkpoint may be taken inside another.
   */
  checkpoint(): Checkpoint {
    return this.journal.checkpoint();
  }

  /** Brings the index back to exactly the state it had at the checkpoint, and closes it. */
  rollback(mark: Checkpoint): void {
    this.journal.rollback(mark);
  }

  /** Keeps what was added since the checkpoint, and closes it. */
  commit(mark: Checkpoint): void {
    this.journal.commit(mark);
  }

  /** The state to save; serialize it before the index changes again, with no checkpoint open. */
  state(): CorpusIndexState {
    // a tentative state is no snapshot (and the open journal's undo steps cannot be serialized)
    if (this.journal.recording) throw new Error("no snapshot while a checkpoint is open");
    return {
      articles: this.analyses.map((a) => a.article.id),
      storyDates: this.storyDates,
      events: this.events,
      entities: this.entities,
      links: this.links.state(),
    };
  }

  /**
   * Links one article into the corpus: its entities, event clusters, copies and story; an undated
   * one analysed again against the date its story gives it, when there is one.
   */
  add(analysis: ArticleAnalysis): void {
    if (analysis.article.published || !this.redate) {
      this.link(analysis);
      return;
    }
    const mark = this.checkpoint();
    this.link(analysis);
    const published = dateFromStory(this.links.stories.storyOf(analysis.article.id));
    if (published) {
      this.rollback(mark);
      this.journal.set(this.storyDates, analysis.article.id, published);
      this.link(this.redate(analysis, published));
    } else this.commit(mark);
  }

  private link(analysis: ArticleAnalysis): void {
    const mentions = this.entities.add(analysis);
    const events = analysis.events.map((e, i) => toEvent(analysis, e, i, this.entities));
    this.links.add(analysis, mentions, events);
    this.journal.push(this.analyses, analysis);
    this.journal.push(this.events, ...events);
    this.addTimexesAndQuotes(analysis);
  }

  private addTimexesAndQuotes(analysis: ArticleAnalysis): void {
    this.journal.push(this.timexes, ...analysis.timexes.map((t) => toTimex(analysis, t)));
    this.journal.push(this.quotes, ...analysis.quotes.map((q, i) => toQuote(analysis, q, i, this.entities)));
  }

  /** Brings the changed clusters and stories up to date; `picture` does it too. */
  update(): void {
    this.links.update();
  }

  /** The stories, up to date; cheaper than a picture when only they are wanted. */
  stories(): Story[] {
    return this.links.sortedStories();
  }

  picture(): CorpusPicture {
    const analyses = this.analyses;
    const { clustered, stories, clusters, voices, reporting } = this.links.result();
    const events = this.events.map((e) => clustered(e.id));
    const entities = this.entities.entities();
    const alerts = raiseAlerts(events, entities, {
      independentSources: new Map(clusters.map((c) => [c.id, c.independentSources])),
      published: this.links.publishedDates(),
      memo: this.alertMemo,
    });
    const document: AnalysisDocument = {
      schema: SCHEMA_ID,
      generator: GENERATOR,
      articles: analyses.map((a) => a.article),
      entities,
      timexes: [...this.timexes],
      quotes: [...this.quotes],
      events,
      stories,
      alerts,
    };
    return { document, clusters, voices, reporting };
  }
}
