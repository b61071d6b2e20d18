// Which reader an input needs, from its name (a trailing .gz is looked through) or its content.

export type InputFormat = "text" | "html" | "json" | "jsonl";

const BY_EXTENSION: Record<string, InputFormat> = {
  txt: "text",
  text: "text",
  html: "html",
  htm: "html",
  xhtml: "html",
  json: "json",
  jsonl: "jsonl",
  ndjson: "jsonl",
};

export const KNOWN_EXTENSIONS = Object.keys(BY_EXTENSION);

export interface NamedFormat {
  format: InputFormat | null;
  gzip: boolean;
  /** The file name without a trailing ".gz": what a file's article id derives from. */
  name: string;
}

export function formatOfName(fileName: string): NamedFormat {
  const gzip = /\.gz$/i.test(fileName);
  const name = gzip ? fileName.slice(0, -3) : fileName;
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
  return { format: BY_EXTENSION[ext] ?? null, gzip, name };
}

/** For stdin and files of unknown type: markup is HTML, a leading brace or bracket is JSON. */
export function formatOfContent(text: string): InputFormat {
  const head = text.trimStart().slice(0, 1);
  if (head === "<") return "html";
  if (head === "[") return "json";
  if (head === "{") return isOneJsonValue(text) ? "json" : "jsonl";
  return "text";
}

function isOneJsonValue(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
