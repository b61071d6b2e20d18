// The clean stage: a source document becomes an Article — main text with boilerplate removed
// (and why), title, outlet, publication date and language, each from the best evidence at hand.
import type { SourceDocument } from "../acquire/types.js";
import type { Article } from "../contract/types.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { classifyLines, headline, keptText, removedOf } from "./boilerplate.js";
import { createDateReader, type DateReader } from "./dates.js";
import { extractHtml, type HtmlExtraction } from "./html/extract.js";
import { detectLanguage, languageKnowledge, UNDETERMINED } from "./languages.js";
import { findOutlet } from "./outlet.js";
import { findPublished } from "./published.js";
import { cleanRules } from "./rules.js";
import { pageTitle } from "./title.js";
import { normalizeWhitespace } from "./whitespace.js";

export { PageError } from "./html/extract.js";

const dateReaders = new Map<string, DateReader>();

function dateReader(dir: string): DateReader {
  let reader = dateReaders.get(dir);
  if (!reader) {
    reader = createDateReader(languageKnowledge(dir).months);
    dateReaders.set(dir, reader);
  }
  return reader;
}

export function cleanDocument(doc: SourceDocument, kb: KnowledgeBase): Article {
  const page = doc.format === "html" ? extractHtml(doc.content, cleanRules(kb.dir)) : null;
  const original = normalizeWhitespace(page ? page.text : doc.content);
  const ownUrls = [doc.url, page?.metadata.canonical].filter((u): u is string => !!u);
  const classified = classifyLines(original, cleanRules(kb.dir), ownUrls);
  const removed = [...(page?.removed ?? []), ...removedOf(classified)];
  const text = normalizeWhitespace(keptText(classified));
  const meta = page?.metadata;
  const outlet = findOutlet(
    {
      given: doc.outlet,
      url: doc.url ?? meta?.canonical ?? null,
      pageNames: meta?.siteNames ?? [],
      text,
      removed,
    },
    kb.outlets,
  );
  return {
    id: doc.id,
    source: doc.source,
    outlet: outlet?.name ?? null,
    title: doc.title ?? (meta ? pageTitle(meta.titles, meta.siteNames) : null) ?? headline(classified),
    language: language(text, page, kb.dir),
    published: findPublished(
      { given: doc.published, page: meta?.dates ?? [], original, removed },
      dateReader(kb.dir),
    ),
    text,
    removed,
  };
}

/** From the text; when it gives no evidence, from what the page declares ("en-GB" -> "en"). */
function language(text: string, page: HtmlExtraction | null, dir: string): string {
  const detected = detectLanguage(text, languageKnowledge(dir));
  if (detected !== UNDETERMINED) return detected;
  const declared = page?.metadata.language?.slice(0, 2).toLowerCase();
  return declared && /^[a-z]{2}$/.test(declared) ? declared : UNDETERMINED;
}
