// Types that flow between the per-article stages. The per-article analysis works with
// article-local entity keys; the link stage turns them into corpus-wide entity ids and
// the contract's shapes (src/contract/types.ts).
import type { Article, EntityType, EventDate, EventType, Modality, Precision } from "../contract/types.js";

/** A half-open range of UTF-16 offsets into Article.text. */
export interface Range {
  start: number;
  end: number;
}

export interface Sentence extends Range {
  index: number;
  paragraph: number;
}

export interface Token extends Range {
  text: string;
  sentence: number;
}

export interface Segmentation {
  paragraphs: Range[];
  sentences: Sentence[];
  tokens: Token[];
}

/**
 * How a mention names its entity. Only "name", "alias", "acronym", "surname", "metonym" and
 * "description" mentions are printed in the document; "role" and "pronoun" mentions are
 * coreference links that the quote and event stages use, and a bare "demonym" ("Iraqi") qualifies
 * a noun rather than naming the state, so it links without being printed.
 */
export type MentionKind =
  | "name"
  | "alias"
  | "acronym"
  | "surname"
  | "metonym"
  | "demonym"
  | "description"
  | "role"
  | "pronoun";

export interface Mention extends Range {
  text: string;
  kind: MentionKind;
  sentence: number;
}

/**
 * An entity as one article knows it. `key` is "kb:<id>" for an actor of the knowledge base,
 * otherwise "new:<TYPE>:<normalized name>", so the link stage can match it across articles.
 */
export interface LocalEntity {
  key: string;
  name: string;
  type: EntityType;
  country: string | null;
  role: string | null;
  mentions: Mention[];
}

export interface LocalTimex extends Range {
  text: string;
  value: string;
  precision: Precision;
  sentence: number;
}

export interface LocalQuote extends Range {
  text: string;
  direct: boolean;
  /** LocalEntity.key of who said it. */
  speaker: string | null;
  speakerText: string | null;
  speakerRange: Range | null;
  cue: string | null;
  cueRange: Range | null;
  /** LocalEntity.keys that relayed it, innermost first. */
  via: string[];
  sentence: number;
  /** Entities first named here (a description such as "analysts"); the pipeline adds them. */
  introduced?: LocalEntity[];
}

export interface LocalEvent {
  type: EventType;
  mode: string | null;
  /** LocalEntity.keys. */
  actor: string | null;
  target: string | null;
  location: string | null;
  date: (EventDate & { inferred: boolean }) | null;
  modality: Modality;
  attribution: string[];
  intensity: number;
  /** The words that triggered the coding (verb or noun), and the sentence(s) stating it. */
  trigger: Range & { text: string };
  evidence: Range[];
  sentence: number;
  /** Entities first named here (an actor such as "Israeli helicopters"); the pipeline adds them. */
  introduced?: LocalEntity[];
}

export interface ArticleAnalysis {
  article: Article;
  segmentation: Segmentation;
  entities: LocalEntity[];
  timexes: LocalTimex[];
  quotes: LocalQuote[];
  events: LocalEvent[];
}
