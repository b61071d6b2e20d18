// What a page says about itself: JSON-LD (schema.org NewsArticle and kin), Open Graph and other
// meta tags, <time>, the canonical link and the document language.
import type { PageDate } from "../published.js";
import { attr, type DomDocument, type DomElement, type DomNode, isElement, tagOf } from "./dom.js";

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
  const tags = describingElements(doc);
  const metas = metaMap(tags.metas);
  const meta = (...keys: string[]) => keys.map((k) => metas.get(k)).filter((v): v is string => !!v);
  const h1 = tags.h1?.textContent?.replace(/\s+/g, " ").trim();
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
      ...timeElements(tags),
    ],
    siteNames: unique([...ld.map((o) => nameOf(o.publisher)), ...meta("og:site_name", "application-name")]),
    authors: unique([...ld.flatMap((o) => namesOf(o.author)), ...meta("author", "article:author")]),
    canonical: attr(tags.canonical, "href") ?? metas.get("og:url") ?? null,
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

/** The elements that describe the page, found in one walk over it (in document order). */
interface DescribingElements {
  h1: DomElement | null;
  metas: DomElement[];
  canonical: DomElement | null;
  /** <time datetime> and elements marked as the publication date. */
  dated: DomElement[];
}

function describingElements(doc: DomDocument): DescribingElements {
  const found: DescribingElements = { h1: null, metas: [], canonical: null, dated: [] };
  const stack: DomNode[] = doc.documentElement ? [doc.documentElement] : [];
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    note(node, found);
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return found;
}

function note(el: DomElement, found: DescribingElements): void {
  const tag = tagOf(el);
  if (tag === "h1") found.h1 ??= el;
  else if (tag === "meta") found.metas.push(el);
  else if (tag === "link" && el.getAttribute("rel") === "canonical") found.canonical ??= el;
  if (el.getAttribute("datetime") !== null || (tag === "time" && el.getAttribute("pubdate") !== null)) {
    found.dated.push(el);
  }
}

/** meta tags by property, name or itemprop (lower case) -> content; the first one wins. */
function metaMap(metas: readonly DomElement[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of metas) {
    const key = attr(m, "property") ?? attr(m, "name") ?? attr(m, "itemprop");
    const value = attr(m, "content") ?? attr(m, "datetime");
    if (key && value && !map.has(key.toLowerCase())) map.set(key.toLowerCase(), value);
  }
  return map;
}

/** <time itemprop="datePublished"> or <time pubdate> first, then the first dated <time>. */
function timeElements({ dated }: DescribingElements): PageDate[] {
  const marked = dated.find(
    (el) =>
      el.getAttribute("itemprop") === "datePublished" ||
      (tagOf(el) === "time" && el.getAttribute("pubdate") !== null),
  );
  const first = dated.find((el) => tagOf(el) === "time" && el.getAttribute("datetime") !== null);
  return [marked ?? null, first ?? null]
    .map((el) => attr(el, "datetime"))
    .filter((v): v is string => v !== null)
    .map((value) => ({ value, basis: "time element" }));
}
