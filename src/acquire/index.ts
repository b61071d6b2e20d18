// The acquire stage: files, directories, JSON/JSONL records, gzip and stdin become source
// documents. A bad input becomes one problem line naming it, and the rest go on.
import { createReadStream, type Dirent, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { createGunzip, gunzipSync } from "node:zlib";
import { decodeBytes } from "./decode.js";
import { formatOfContent, formatOfName, type InputFormat, KNOWN_EXTENSIONS } from "./formats.js";
import { IdAllocator } from "./ids.js";
import { recordToDocument } from "./records.js";
import type { AcquireItem, GivenMetadata, SourceDocument } from "./types.js";

export interface AcquireOptions {
  /** Metadata for inputs that lack it (--published, --outlet). */
  defaults?: Partial<GivenMetadata>;
  /** What "-" reads; process.stdin unless given. */
  stdin?: NodeJS.ReadableStream;
}

interface Run {
  ids: IdAllocator;
  options: AcquireOptions;
}

const STDIN = "-";

/**
 * The most one article may weigh, in characters of content. News pages run to kilobytes and saved
 * pages with inline scripts and images to tens of megabytes; past this an input is not an article,
 * and analysing it would hold a worker for minutes, so it is refused with a clear problem instead.
 */
export const MAX_DOCUMENT_CHARS = 64 * 1024 * 1024;
const TOO_LARGE = (size: number, unit: string) =>
  `too large for one article: ${size.toLocaleString("en-US")} ${unit} (limit ${MAX_DOCUMENT_CHARS.toLocaleString("en-US")})`;

export async function* readInputs(
  inputs: readonly string[],
  options: AcquireOptions = {},
): AsyncGenerator<AcquireItem> {
  const run: Run = { ids: new IdAllocator(), options };
  for (const input of inputs) yield* readInput(input, run);
}

function problem(input: string, message: string): AcquireItem {
  return { kind: "problem", problem: { input, message } };
}

async function* readInput(input: string, run: Run): AsyncGenerator<AcquireItem> {
  if (input === STDIN) {
    yield* readStdin(run);
    return;
  }
  let isDirectory: boolean;
  try {
    isDirectory = statSync(input).isDirectory();
  } catch (e) {
    yield problem(input, fsMessage(e));
    return;
  }
  if (isDirectory) yield* readDirectory(input, run);
  else yield* readFile(input, run);
}

function fsMessage(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES") return "permission denied";
  return (e as Error).message;
}

async function* readDirectory(dir: string, run: Run): AsyncGenerator<AcquireItem> {
  let files = 0;
  for (const file of walk(dir, new Set())) {
    files++;
    yield* readFile(file, run);
  }
  if (files === 0) {
    yield problem(
      dir,
      `no articles in this directory (looked for ${KNOWN_EXTENSIONS.join(", ")} and their .gz)`,
    );
  }
}

/** Files of a known format under dir, depth first in sorted name order; hidden names and loops skipped. */
function* walk(dir: string, seen: Set<string>): Generator<string> {
  const real = realpathSync(dir);
  if (seen.has(real)) return;
  seen.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  const names = entries.map((e) => e.name).filter((n) => !n.startsWith("."));
  for (const name of names.sort()) {
    const path = join(dir, name);
    const kind = entryKind(path);
    if (kind === "directory") yield* walk(path, seen);
    else if (kind === "file" && formatOfName(name).format !== null) yield path;
  }
}

function entryKind(path: string): "file" | "directory" | null {
  try {
    const st = statSync(path); // follows symlinks; a dangling one is skipped
    return st.isDirectory() ? "directory" : st.isFile() ? "file" : null;
  } catch {
    return null;
  }
}

async function* readFile(path: string, run: Run): AsyncGenerator<AcquireItem> {
  const named = formatOfName(basename(path));
  if (named.format === "jsonl") {
    yield* readJsonLines(path, openStream(path, named.gzip), run);
    return;
  }
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    // a JSON file holds many records; any other file is one article, refused before it is read
    if (named.format !== "json" && size > MAX_DOCUMENT_CHARS) {
      yield problem(path, TOO_LARGE(size, "bytes"));
      return;
    }
    bytes = readFileSync(path);
    if (named.gzip) bytes = gunzipSync(bytes);
  } catch (e) {
    yield problem(path, named.gzip ? `not a readable gzip file (${(e as Error).message})` : fsMessage(e));
    return;
  }
  yield* readContent(path, named.name, bytes, named.format, run);
}

function openStream(path: string, gzip: boolean): Readable {
  const file = createReadStream(path);
  if (!gzip) return file;
  const gunzip = createGunzip();
  file.on("error", (e) => gunzip.destroy(e));
  return file.pipe(gunzip);
}

async function* readStdin(run: Run): AsyncGenerator<AcquireItem> {
  const chunks: Buffer[] = [];
  for await (const chunk of run.options.stdin ?? process.stdin) {
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  }
  yield* readContent(STDIN, "stdin", Buffer.concat(chunks), null, run);
}

/** A whole input in memory: one text or HTML article, or the records of a JSON or JSONL text. */
async function* readContent(
  source: string,
  name: string,
  bytes: Uint8Array,
  known: InputFormat | null,
  run: Run,
): AsyncGenerator<AcquireItem> {
  const decoded = decodeBytes(bytes, { html: known === "html" || (known === null && bytes[0] === 0x3c) });
  if (!decoded.ok) {
    yield problem(source, decoded.problem);
    return;
  }
  if (decoded.text.trim() === "") {
    yield problem(source, "empty file");
    return;
  }
  const format = known ?? formatOfContent(decoded.text);
  if (format === "json") yield* readJsonText(source, name, decoded.text, run);
  else if (format === "jsonl") yield* readJsonLines(source, decoded.text.split("\n"), run, name);
  else yield document(run, name, { ...unknownMetadata(), source, format, content: decoded.text });
}

function unknownMetadata(): GivenMetadata {
  return { title: null, url: null, published: null, outlet: null };
}

function* readJsonText(source: string, name: string, text: string, run: Run): Generator<AcquireItem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    yield problem(source, `not valid JSON (${(e as Error).message})`);
    return;
  }
  if (!Array.isArray(value)) {
    yield recordItem(value, source, source, name, run);
    return;
  }
  if (value.length === 0) yield problem(source, "no records (an empty JSON array)");
  for (const [i, record] of value.entries())
    yield recordItem(record, `${source}#${i + 1}`, `${source}:${i + 1}`, `${name}#${i + 1}`, run);
}

/** JSONL streams line by line, so a file of thousands of records is never held whole. */
async function* readJsonLines(
  source: string,
  lines: Readable | Iterable<string>,
  run: Run,
  name: string = formatOfName(basename(source)).name,
): AsyncGenerator<AcquireItem> {
  let lineNo = 0;
  let records = 0;
  try {
    const iterable =
      Symbol.asyncIterator in lines ? createInterface({ input: lines, crlfDelay: Infinity }) : lines;
    for await (const raw of iterable) {
      lineNo++;
      const line = lineNo === 1 ? raw.replace(/^\uFEFF/, "") : raw;
      if (line.trim() === "") continue;
      records++;
      yield jsonLineItem(line, source, lineNo, name, run);
    }
  } catch (e) {
    yield problem(lineNo ? `${source}:${lineNo + 1}` : source, `cannot read (${fsMessage(e)})`);
    return;
  }
  if (records === 0) yield problem(source, "no records (an empty JSONL file)");
}

function jsonLineItem(line: string, source: string, lineNo: number, name: string, run: Run): AcquireItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return problem(`${source}:${lineNo}`, `not valid JSON (${(e as Error).message})`);
  }
  return recordItem(value, `${source}#${lineNo}`, `${source}:${lineNo}`, `${name}#${lineNo}`, run);
}

function recordItem(
  value: unknown,
  source: string,
  where: string,
  fallbackId: string,
  run: Run,
): AcquireItem {
  const result = recordToDocument(value, source);
  if (!result.ok) return problem(where, result.problem);
  return document(run, result.document.id ?? fallbackId, result.document);
}

function document(run: Run, wantedId: string, doc: Omit<SourceDocument, "id">): AcquireItem {
  if (doc.content.length > MAX_DOCUMENT_CHARS)
    return problem(doc.source, TOO_LARGE(doc.content.length, "characters"));
  const defaults = run.options.defaults ?? {};
  return {
    kind: "document",
    document: {
      ...doc,
      id: run.ids.take(wantedId),
      url: doc.url ?? defaults.url ?? null,
      outlet: doc.outlet ?? defaults.outlet ?? null,
      published: doc.published ?? defaults.published ?? null,
      title: doc.title ?? defaults.title ?? null,
    },
  };
}
