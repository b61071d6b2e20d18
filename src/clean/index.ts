// The clean stage: a source document becomes an Article — main text with boilerplate removed
// (and why), title, outlet, publication date and language, each from the best evidence at hand.
import type { SourceDocument } from "../acquire/types.js";
import type { Article } from "../contract/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { classifyLines, headline, keptText, removedOf } from "./boilerplate.js";
import { readTextHeader } from "./header.js";
import { extractHtml, type HtmlExtraction } from "./html/extract.js";
import { detectLanguage, type LanguageKnowledge, UNDETERMINED } from "./languages.js";
import { findOutlet } from "./outlet.js";
import { findPublished } from "./published.js";
import { pageTitle } from "./title.js";
import { normalizeGaps, normalizeWhitespace } from "./whitespace.js";

export { PageError } from "./html/extract.js";

export function cleanDocument(doc: SourceDocument, kb: KnowledgeBase): Article {
  const page = doc.format === "html" ? extractHtml(doc.content, kb.cleaning.rules) : null;
  const header = page ? null : readTextHeader(normalizeWhitespace(doc.content));
  const fields = header?.fields;
  // A header's body is the normalized text from one of its lines on: normalized already, but
  // for a blank line it may open with.
  const original = page ? normalizeWhitespace(page.text) : (header?.body.trim() ?? "");
  const meta = page?.metadata;
  const url = doc.url ?? fields?.url ?? meta?.canonical ?? null;
  const ownUrls = [doc.url, fields?.url, meta?.canonical].filter((u): u is string => !!u);
  const classified = classifyLines(original, kb.cleaning.rules, ownUrls);
  const removed = [...(page?.removed ?? []), ...(header?.removed ?? []), ...removedOf(classified)];
  // Lines of the normalized text, less lines and words cut: no white space but spaces and breaks.
  const text = normalizeGaps(keptText(classified));
  const outlet = findOutlet(
    { given: doc.outlet ?? fields?.outlet ?? null, url, pageNames: meta?.siteNames ?? [], text, removed },
    kb.outlets,
  );
  const stated = fields?.published ? [{ value: fields.published, basis: "text header" }] : [];
  return {
    id: doc.id,
    source: doc.source,
    outlet: outlet?.name ?? null,
    title:
      doc.title ??
      fields?.title ??
      (meta ? pageTitle(meta.titles, meta.siteNames) : null) ??
      headline(classified),
    language: language(text, page, kb.cleaning.languages),
    published: findPublished(
      { given: doc.published, page: [...stated, ...(meta?.dates ?? [])], original, removed },
      kb.cleaning.dates,
    ),
    text,
    removed,
  };
}

/** From the text; when it gives no evidence, from what the page declares ("en-GB" -> "en"). */
function language(text: string, page: HtmlExtraction | null, languages: LanguageKnowledge): string {
  const detected = detectLanguage(text, languages);
  if (detected !== UNDETERMINED) return detected;
  const declared = page?.metadata.language?.slice(0, 2).toLowerCase();
  return declared && /^[a-z]{2}$/.test(declared) ? declared : UNDETERMINED;
}
