// Scrapers and exports often open a plain-text article with a block of "Field: value" lines
// ("Title: ...", "Source: ...", "Published: ..."). Those lines are metadata, not text: they are
// cut (with the reason "header field") and their values stand in for what a record would give.
import type { Removed } from "../contract/types.js";
import { isProse } from "./boilerplate.js";

export interface HeaderFields {
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
}

export interface TextHeader {
  fields: HeaderFields;
  /** The text after the header block (the whole text when there is none). */
  body: string;
  removed: Removed[];
}

type FieldName = keyof HeaderFields | "author" | "date" | "language";

/** Field names as written (lower case) -> the field they give. Others end the block. */
const FIELD_NAMES: Record<string, FieldName> = {
  title: "title",
  headline: "title",
  outlet: "outlet",
  source: "outlet",
  publisher: "outlet",
  publication: "outlet",
  published: "published",
  "published at": "published",
  "published on": "published",
  date: "published",
  url: "url",
  link: "url",
  author: "author",
  authors: "author",
  byline: "author",
  updated: "date",
  language: "language",
};

/** What a value of each field looks like; a line that is running text ends the block whatever its name. */
const PLAUSIBLE: Record<FieldName, (value: string) => boolean> = {
  title: () => true,
  outlet: (v) => v.length <= 80,
  published: (v) => /\d/.test(v),
  date: (v) => /\d/.test(v),
  url: (v) => /^(https?:\/\/|www\.)\S+$/i.test(v),
  author: (v) => v.length <= 120,
  language: (v) => v.length <= 40,
};

const FIELD_LINE = /^[ \t]*([A-Za-z][A-Za-z ]{0,19}?)[ \t]*:[ \t]+(\S.*?)[ \t]*$/;

/** Splits off the header block at the head of a plain text, if it has one. */
export function readTextHeader(text: string): TextHeader {
  const fields: HeaderFields = { title: null, outlet: null, published: null, url: null };
  const removed: Removed[] = [];
  const lines = text.split("\n");
  let at = 0;
  while (at < lines.length && lines[at].trim() === "") at++;
  for (; at < lines.length; at++) {
    const m = FIELD_LINE.exec(lines[at]);
    const field = m ? FIELD_NAMES[m[1].toLowerCase()] : undefined;
    if (!m || !field || isProse(m[2]) || !PLAUSIBLE[field](m[2])) break;
    if (field in fields) fields[field as keyof HeaderFields] ??= m[2];
    removed.push({ text: lines[at].trim(), reason: "header field" });
  }
  if (removed.length === 0) return { fields, body: text, removed };
  return { fields, body: lines.slice(at).join("\n"), removed };
}
