// The sitrep.analysis/1 document (../shared/spec/analysis.md): the public, versioned output
// every interface shares. Keep in step with analysis.schema.json beside this file.

export type ISODate = string;
export type Precision = "day" | "month" | "year";

export const SCHEMA_ID = "sitrep.analysis/1";

export interface AnalysisDocument {
  schema: typeof SCHEMA_ID;
  generator: { name: string; version: string };
  articles: Article[];
  entities: Entity[];
  timexes: Timex[];
  quotes: Quote[];
  events: Event[];
  stories: Story[];
  alerts: Alert[];
}

export interface PublishedDate {
  date: ISODate;
  precision: Precision;
  inferred: boolean;
  basis: string;
}

export interface Removed {
  text: string;
  reason: string;
}

export interface Article {
  id: string;
  source: string;
  outlet: string | null;
  title: string | null;
  language: string;
  published: PublishedDate | null;
  text: string;
  removed: Removed[];
}

export const ENTITY_TYPES = [
  "PERSON",
  "ORGANIZATION",
  "ARMED_GROUP",
  "COUNTRY",
  "LOCATION",
  "MEDIA",
  "IGO",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Span {
  article: string;
  start: number;
  end: number;
  text: string;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  country: string | null;
  role: string | null;
  aliases: string[];
  mentions: Span[];
}

export interface Timex extends Span {
  value: ISODate;
  precision: Precision;
}

export interface Quote extends Span {
  id: string;
  direct: boolean;
  speaker: string | null;
  speakerText: string | null;
  cue: string | null;
  via: string[];
}

export const EVENT_TYPES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Ordered from the strongest reason to doubt to the weakest (spec/event-types.md). */
export const MODALITIES = [
  "denied",
  "unconfirmed",
  "alleged",
  "claimed",
  "conditional",
  "planned",
  "reported",
  "asserted",
] as const;
export type Modality = (typeof MODALITIES)[number];

export interface EventDate {
  value: ISODate;
  precision: Precision;
}

export interface Event {
  id: string;
  cluster: string;
  article: string;
  type: EventType;
  mode: string | null;
  actor: string | null;
  target: string | null;
  location: string | null;
  date: EventDate | null;
  modality: Modality;
  attribution: string[];
  intensity: number;
  evidence: Span[];
}

export interface Discrepancy {
  about: string;
  values: Span[];
}

export interface FramingTerm {
  article: string;
  term: string;
  count: number;
}

export interface Framing {
  referent: string;
  terms: FramingTerm[];
}

export interface Story {
  id: string;
  title: string;
  articles: string[];
  clusters: string[];
  discrepancies: Discrepancy[];
  framing: Framing[];
}

export type AlertLevel = "info" | "warning" | "critical";

export interface Alert {
  id: string;
  level: AlertLevel;
  actors: string[];
  date: ISODate;
  reason: string;
  clusters: string[];
}
