// JSON records `{id?, url?, outlet?, published?, title?, text? | html?}` to source documents.

import { scrubText } from "./decode.js";
import type { SourceDocument } from "./types.js";

export type RecordResult =
  | { ok: true; document: Omit<SourceDocument, "id"> & { id: string | null } }
  | { ok: false; problem: string };

const META_FIELDS = ["url", "outlet", "published", "title"] as const;

/** Turns one parsed JSON value into a document; `source` is where it came from ("file.jsonl#17"). */
export function recordToDocument(value: unknown, source: string): RecordResult {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { ok: false, problem: "not a JSON object" };
  }
  const record = value as Record<string, unknown>;
  const html = nonEmptyString(record.html);
  const text = nonEmptyString(record.text);
  if (html === null && text === null) return { ok: false, problem: 'record has neither "text" nor "html"' };
  const meta = Object.fromEntries(META_FIELDS.map((k) => [k, scalarString(record[k])])) as Record<
    (typeof META_FIELDS)[number],
    string | null
  >;
  return {
    ok: true,
    document: {
      id: scalarString(record.id),
      // A url with a line break or a control character would break the one-line error messages.
      source: meta.url !== null && !/\p{Cc}/u.test(meta.url) ? meta.url : source,
      format: html !== null ? "html" : "text",
      content: scrubText(html ?? text ?? ""),
      ...meta,
    },
  };
}

function nonEmptyString(v: unknown): string | null {
  return typeof v === "string" && v.trim() !== "" ? v : null;
}

/** Strings and numbers as given (an id may be a number); anything else is unknown. */
function scalarString(v: unknown): string | null {
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return typeof v === "string" && v.trim() !== "" ? scrubText(v.trim()) : null;
}
