import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The knowledge/ directory that ships with Sitrep, or SITREP_KNOWLEDGE when set. */
export function defaultKnowledgeDir(): string {
  if (process.env.SITREP_KNOWLEDGE) return resolve(process.env.SITREP_KNOWLEDGE);
  // src/knowledge/ or dist/knowledge/ -> project root
  return join(dirname(fileURLToPath(import.meta.url)), "..", "..", "knowledge");
}

export class KnowledgeError extends Error {
  constructor(file: string, problem: string) {
    super(`knowledge file ${file}: ${problem}`);
    this.name = "KnowledgeError";
  }
}

/** Reads one JSON file of the knowledge base; a broken file is an error naming the file. */
export function readKnowledgeFile<T>(dir: string, name: string): T {
  const file = join(dir, name);
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch (e) {
    throw new KnowledgeError(file, (e as NodeJS.ErrnoException).code === "ENOENT" ? "missing" : String(e));
  }
  try {
    return JSON.parse(raw) as T;
  } catch (e) {
    throw new KnowledgeError(file, `not valid JSON (${(e as Error).message})`);
  }
}
