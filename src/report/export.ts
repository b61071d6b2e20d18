// The export formats. JSON lines: one article with its analysis in the contract's shapes, so a
// store can be inspected, diffed and re-imported. CSV: one row per event in a GDELT-like column
// layout, so the events join with other event data.
import type {
  AnalysisDocument,
  Article,
  Entity,
  Event,
  EventType,
  PublishedDate,
  Quote,
  Timex,
} from "../contract/types.js";
import { SCHEMA_ID } from "../contract/types.js";
import { validateDocument } from "../contract/validate.js";
import { addTo } from "../link/collect.js";
import { independentSourceCount } from "../link/corroboration.js";
import type { StoredArticle } from "../store/types.js";
import { GENERATOR } from "../version.js";

export interface ArticleExportLine {
  kind: "article";
  id: string;
  url: string | null;
  source: string;
  outlet: string | null;
  published: PublishedDate | null;
  title: string | null;
  text: string;
  /** ISO date-time the store wrote the article: an import keeps it, so the copy sorts as the original. */
  written: string;
  analysis: {
    language: string;
    removed: { text: string; reason: string }[];
    entities: Entity[];
    timexes: Timex[];
    quotes: Quote[];
    events: Event[];
  };
}

export function* exportLines(
  document: AnalysisDocument,
  stored: readonly StoredArticle[],
): Generator<ArticleExportLine> {
  const storedById = new Map(stored.map((s) => [s.analysis.article.id, s]));
  for (const a of document.articles) {
    const mine = <T extends { article: string }>(items: readonly T[]) =>
      items.filter((x) => x.article === a.id);
    yield {
      kind: "article",
      id: a.id,
      url: storedById.get(a.id)?.url ?? null,
      source: a.source,
      outlet: a.outlet,
      published: a.published,
      title: a.title,
      text: a.text,
      written: storedById.get(a.id)!.writtenAt,
      analysis: {
        language: a.language,
        removed: a.removed,
        entities: entitiesIn(document.entities, a.id),
        timexes: mine(document.timexes),
        quotes: mine(document.quotes),
        events: mine(document.events),
      },
    };
  }
}

export type ImportedLine =
  | { ok: true; article: Article; url: string | null; written: string | null }
  | { ok: false; problem: string };

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

/**
 * Reads one parsed export line back into the article it describes (the analysis is not read: it
 * is a function of the article). The article must be one the contract accepts.
 */
export function articleFromExportLine(value: unknown): ImportedLine {
  const line = value as Partial<ArticleExportLine> | null;
  if (typeof line !== "object" || line === null || Array.isArray(line)) return refused("not a JSON object");
  if (line.kind !== "article") return refused(`kind is ${JSON.stringify(line.kind ?? null)}, not "article"`);
  if (line.url !== null && typeof line.url !== "string") return refused("url: must be a string or null");
  // an export written before lines carried it has none: the importing store's clock stands in
  if (line.written !== undefined && !(typeof line.written === "string" && DATE_TIME.test(line.written)))
    return refused("written: must be an ISO date-time such as 2025-11-02T08:30:00.000Z");
  const { id, source, outlet, title, published, text } = line as ArticleExportLine;
  const { language, removed } = (line.analysis ?? {}) as Partial<ArticleExportLine["analysis"]>;
  const article = { id, source, outlet, title, language, published, text, removed } as Article;
  const problems = validateDocument(documentOf(article));
  if (problems.length === 0) return { ok: true, article, url: line.url, written: line.written ?? null };
  const [first] = problems;
  return refused(`${first.path.replace(/^\/articles\/0/, "") || "/"}: ${first.message}`);
}

function refused(problem: string): ImportedLine {
  return { ok: false, problem: `not an export line (${problem})` };
}

/** The smallest document holding one article, so the contract's own validator checks it. */
function documentOf(article: Article): AnalysisDocument {
  const empty = { entities: [], timexes: [], quotes: [], events: [], stories: [], alerts: [] };
  return { schema: SCHEMA_ID, generator: GENERATOR, articles: [article], ...empty };
}

/** The corpus-wide entities mentioned in one article, with that article's mentions only. */
function entitiesIn(entities: readonly Entity[], article: string): Entity[] {
  return entities
    .map((e) => ({ ...e, mentions: e.mentions.filter((m) => m.article === article) }))
    .filter((e) => e.mentions.length > 0);
}

/** The CSV columns, named after GDELT's event table where one fits, else after our contract. */
export const CSV_COLUMNS = [
  "GLOBALEVENTID",
  "SQLDATE",
  "DatePrecision",
  "Actor1Code",
  "Actor1Name",
  "Actor1CountryCode",
  "Actor1Type",
  "Actor2Code",
  "Actor2Name",
  "Actor2CountryCode",
  "Actor2Type",
  "EventRootCode",
  "PloverType",
  "PloverMode",
  "GoldsteinScale",
  "Modality",
  "ActionGeoCode",
  "ActionGeo_FullName",
  "ClusterId",
  "NumSources",
  "NumArticles",
  "SourceArticleId",
  "SOURCEURL",
  "SourceOutlet",
  "Evidence",
] as const;

type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number | null>;

/** PLOVER type -> the CAMEO root code it stands for; the mode picks among several roots. */
const CAMEO_ROOT: Record<EventType, (mode: string | null) => string> = {
  AGREE: () => "03",
  CONSULT: () => "04",
  SUPPORT: () => "05",
  CONCEDE: () => "08",
  COOPERATE: () => "06",
  AID: () => "07",
  RETREAT: () => "08",
  REQUEST: (mode) => (mode === "demand" ? "10" : "02"),
  ACCUSE: (mode) => (mode === "investigate" ? "09" : "11"),
  REJECT: () => "12",
  THREATEN: () => "13",
  PROTEST: () => "14",
  SANCTION: () => "16",
  MOBILIZE: () => "15",
  COERCE: () => "17",
  ASSAULT: assaultRoot,
};

/** Conventional military force is CAMEO's "fight" (19), mass violence its own root (20). */
const FIGHT_MODES = new Set(["air strike", "drone", "missile", "shelling", "firearms"]);

function assaultRoot(mode: string | null): string {
  if (mode === "mass violence") return "20";
  return mode !== null && FIGHT_MODES.has(mode) ? "19" : "18";
}

/** The CSV export: a header row, then one row per event, in RFC 4180 form (CRLF line ends). */
export function* exportCsv(document: AnalysisDocument, stored: readonly StoredArticle[]): Generator<string> {
  yield csvLine(CSV_COLUMNS);
  const entities = new Map(document.entities.map((e) => [e.id, e]));
  const articles = new Map(document.articles.map((a) => [a.id, a]));
  const urlOf = new Map(stored.map((s) => [s.analysis.article.id, s.url]));
  const clusters = new Map<string, Event[]>();
  for (const event of document.events) addTo(clusters, event.cluster, event);
  // The parties a report rests on: those it cites, else its outlet (or article) speaking for itself.
  const sourcesOf = (e: Event) =>
    e.attribution.length ? e.attribution : [articles.get(e.article)?.outlet ?? e.article];
  for (const event of document.events) {
    const cluster = clusters.get(event.cluster) ?? [event];
    const row: CsvRow = {
      ...eventColumns(event, articles.get(event.article), entities),
      NumSources: independentSourceCount(cluster, sourcesOf),
      NumArticles: new Set(cluster.map((e) => e.article)).size,
      SOURCEURL: urlOf.get(event.article) ?? null,
    };
    yield csvLine(CSV_COLUMNS.map((column) => row[column]));
  }
}

/** The columns one event and its article fill on their own. */
function eventColumns(
  event: Event,
  article: Article | undefined,
  entities: ReadonlyMap<string, Entity>,
): Omit<CsvRow, "NumSources" | "NumArticles" | "SOURCEURL"> {
  const [actor1, actor2, place] = [event.actor, event.target, event.location].map((id) =>
    id === null ? undefined : entities.get(id),
  );
  // GDELT dates an event by its report; ours carry their own date when the text gives one.
  const published = article?.published;
  const date = event.date ?? (published ? { value: published.date, precision: published.precision } : null);
  return {
    GLOBALEVENTID: event.id,
    SQLDATE: date ? date.value.replaceAll("-", "") : null,
    DatePrecision: date ? date.precision : null,
    ...actorColumns("Actor1", event.actor, actor1),
    ...actorColumns("Actor2", event.target, actor2),
    EventRootCode: CAMEO_ROOT[event.type](event.mode),
    PloverType: event.type,
    PloverMode: event.mode,
    GoldsteinScale: event.intensity,
    Modality: event.modality,
    ActionGeoCode: event.location,
    ActionGeo_FullName: place?.name ?? null,
    ClusterId: event.cluster,
    SourceArticleId: event.article,
    SourceOutlet: article?.outlet ?? null,
    Evidence: event.evidence.map((span) => span.text).join(" … "),
  };
}

function actorColumns<P extends "Actor1" | "Actor2">(
  prefix: P,
  id: string | null,
  entity: Entity | undefined,
) {
  return {
    [`${prefix}Code`]: id,
    [`${prefix}Name`]: entity?.name ?? null,
    [`${prefix}CountryCode`]: entity?.country ?? null,
    [`${prefix}Type`]: entity?.type ?? null,
  } as Record<`${P}${"Code" | "Name" | "CountryCode" | "Type"}`, string | null>;
}

function csvLine(fields: readonly (string | number | null)[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

/** RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled. */
function csvField(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
