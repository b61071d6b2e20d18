// Golden cases for the clean stage: one folder per case under test/fixtures/clean/ with the
// input (input.txt or input.html, and optional record.json metadata) and expected.json.
// Regenerate after a deliberate change: node --import tsx test/clean/regenerate-golden.ts [case]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { GivenMetadata, SourceDocument } from "../../src/acquire/types.js";
import { cleanDocument } from "../../src/clean/index.js";
import type { Article } from "../../src/contract/types.js";
import { loadKnowledge } from "../../src/knowledge/index.js";

export const CASES = join(import.meta.dirname, "../fixtures/clean");
const kb = loadKnowledge();

export function listCases(): string[] {
  return readdirSync(CASES)
    .filter((n) => !n.startsWith("."))
    .sort();
}

export function runCase(name: string): Omit<Article, "id" | "source"> {
  const dir = join(CASES, name);
  const html = existsSync(join(dir, "input.html"));
  const metaPath = join(dir, "record.json");
  const given: Partial<GivenMetadata> = existsSync(metaPath)
    ? JSON.parse(readFileSync(metaPath, "utf8"))
    : {};
  const doc: SourceDocument = {
    id: name,
    source: name,
    format: html ? "html" : "text",
    content: readFileSync(join(dir, html ? "input.html" : "input.txt"), "utf8"),
    url: given.url ?? null,
    outlet: given.outlet ?? null,
    published: given.published ?? null,
    title: given.title ?? null,
  };
  const { id: _id, source: _source, ...article } = cleanDocument(doc, kb);
  return article;
}

export function expectedOf(name: string): unknown {
  return JSON.parse(readFileSync(join(CASES, name, "expected.json"), "utf8"));
}
