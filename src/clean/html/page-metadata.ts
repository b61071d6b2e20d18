// What a page says about itself: JSON-LD (schema.org NewsArticle and kin), Open Graph and other
// meta tags, <time>, the canonical link and the document language.
import type { PageDate } from "../published.js";
import { attr, type DomDocument } from "./dom.js";

export interface PageMetadata {
  titles: string[];
  dates: PageDate[];
  /** Names the page gives its publisher (JSON-LD publisher, og:site_name, application-name). */
  siteNames: string[];
  authors: string[];
  canonical: string | null;
  language: string | null;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPE = /(?:^|:)(?:\w*NewsArticle|Article|BlogPosting|Report|LiveBlogPosting|WebPage)$/;
const DATE_METAS = [
  "article:published_time",
  "og:published_time",
  "og:article:published_time",
  "datepublished",
  "pubdate",
  "publishdate",
  "publish-date",
  "published_time",
  "parsely-pub-date",
  "sailthru.date",
  "dc.date.issued",
  "dc.date",
  "dcterms.created",
  "date",
];

export function readPageMetadata(doc: DomDocument, jsonLd: readonly string[]): PageMetadata {
  const ld = jsonLd.flatMap(parseJsonLd).filter((o) => ARTICLE_TYPE.test(typesOf(o).join(" ")));
  const metas = metaMap(doc);
  const meta = (...keys: string[]) => keys.map((k) => metas.get(k)).filter((v): v is string => !!v);
  const h1 = doc.querySelector("h1")?.textContent?.replace(/\s+/g, " ").trim();
  return {
    titles: unique([
      ...ld.map((o) => str(o.headline)),
      ...meta("og:title", "twitter:title"),
      h1 ?? null,
      doc.title?.replace(/\s+/g, " ").trim() || null,
    ]),
    dates: [
      ...ld.flatMap((o) =>
        str(o.datePublished) ? [{ value: str(o.datePublished)!, basis: "json-ld" }] : [],
      ),
      ...meta(...DATE_METAS).map((value) => ({ value, basis: "meta" })),
      ...timeElements(doc),
    ],
    siteNames: unique([...ld.map((o) => nameOf(o.publisher)), ...meta("og:site_name", "application-name")]),
    authors: unique([...ld.flatMap((o) => namesOf(o.author)), ...meta("author", "article:author")]),
    canonical: attr(doc.querySelector('link[rel="canonical"]'), "href") ?? metas.get("og:url") ?? null,
    language: attr(doc.documentElement, "lang") ?? metas.get("og:locale") ?? null,
  };
}

function parseJsonLd(source: string): Json[] {
  try {
    return flatten(JSON.parse(source));
  } catch {
    return [];
  }
}

/** Top-level arrays and @graph lists hold several objects; each may be the article. */
function flatten(v: unknown): Json[] {
  if (Array.isArray(v)) return v.flatMap(flatten);
  if (!v || typeof v !== "object") return [];
  const o = v as Json;
  return [o, ...(Array.isArray(o["@graph"]) ? flatten(o["@graph"]) : [])];
}

function typesOf(o: Json): string[] {
  const t = o["@type"];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === "string");
}

function str(v: unknown): string | null {
  return typeof v === "string" && v.trim() ? v.replace(/\s+/g, " ").trim() : null;
}

function nameOf(v: unknown): string | null {
  if (Array.isArray(v)) return nameOf(v[0]);
  return str(v) ?? (v && typeof v === "object" ? str((v as Json).name) : null);
}

function namesOf(v: unknown): (string | null)[] {
  return Array.isArray(v) ? v.map(nameOf) : [nameOf(v)];
}

function unique(values: readonly (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))];
}

/** meta tags by property, name or itemprop (lower case) -> content; the first one wins. */
function metaMap(doc: DomDocument): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of doc.querySelectorAll("meta")) {
    const key = attr(m, "property") ?? attr(m, "name") ?? attr(m, "itemprop");
    const value = attr(m, "content") ?? attr(m, "datetime");
    if (key && value && !map.has(key.toLowerCase())) map.set(key.toLowerCase(), value);
  }
  return map;
}

/** <time itemprop="datePublished"> or <time pubdate> first, then the first dated <time>. */
function timeElements(doc: DomDocument): PageDate[] {
  const marked = doc.querySelector(
    'time[itemprop="datePublished"], time[pubdate], [itemprop="datePublished"][datetime]',
  );
  const first = doc.querySelector("time[datetime]");
  return [marked, first]
    .map((el) => attr(el, "datetime"))
    .filter((v): v is string => v !== null)
    .map((value) => ({ value, basis: "time element" }));
}
