import { existsSync, readFileSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The knowledge directories: the one that ships with Sitrep, or SITREP_KNOWLEDGE when set. Several
 * directories may be given, separated by the path delimiter (":" on Unix); each one after the first
 * extends the first (an analyst's own actors, or the example corpus's fictional cast).
 */
export function defaultKnowledgeDir(): string {
  if (process.env.SITREP_KNOWLEDGE) {
    return process.env.SITREP_KNOWLEDGE.split(delimiter)
      .map((d) => resolve(d))
      .join(delimiter);
  }
  // src/knowledge/ or dist/knowledge/ -> project root
  return join(dirname(fileURLToPath(import.meta.url)), "..", "..", "knowledge");
}

export class KnowledgeError extends Error {
  constructor(file: string, problem: string) {
    super(`knowledge file ${file}: ${problem}`);
    this.name = "KnowledgeError";
  }
}

/**
 * Reads one JSON file of the knowledge base; a broken file is an error naming the file. When `dir`
 * lists several directories, the file must exist in the first; the others' copies, when present,
 * extend it (lists are concatenated, objects merged key by key).
 */
export function readKnowledgeFile<T>(dir: string, name: string): T {
  const [base, ...extensions] = dir.split(delimiter);
  let value = readJson(join(base, name));
  for (const extra of extensions) {
    const file = join(extra, name);
    if (existsSync(file)) value = extend(value, readJson(file));
  }
  return value as T;
}

function readJson(file: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch (e) {
    throw new KnowledgeError(file, (e as NodeJS.ErrnoException).code === "ENOENT" ? "missing" : String(e));
  }
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw new KnowledgeError(file, `not valid JSON (${(e as Error).message})`);
  }
}

function extend(base: unknown, extra: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(extra)) return [...base, ...extra];
  if (isObject(base) && isObject(extra)) {
    const merged: Record<string, unknown> = { ...base };
    for (const [k, v] of Object.entries(extra)) merged[k] = k in base ? extend(base[k], v) : v;
    return merged;
  }
  return extra;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
