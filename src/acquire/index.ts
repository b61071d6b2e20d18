// Placeholder: replaced by the acquire stage (files, directories, JSON/JSONL records, stdin).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import type { AcquireItem, GivenMetadata } from "./types.js";

export interface AcquireOptions {
  /** Metadata for inputs that lack it (--published, --outlet). */
  defaults?: Partial<GivenMetadata>;
}

export async function* readInputs(inputs: readonly string[], options: AcquireOptions = {}): AsyncGenerator<AcquireItem> {
  for (const input of inputs) {
    if (statSync(input).isDirectory()) {
      yield* readInputs(readdirSync(input).sort().map((f) => join(input, f)), options);
      continue;
    }
    if (input.endsWith(".jsonl")) {
      for (const line of readFileSync(input, "utf8").split("\n")) {
        if (!line.trim()) continue;
        const r = JSON.parse(line);
        const html = typeof r.html === "string";
        yield {
          kind: "document",
          document: {
            id: String(r.id), source: r.url ?? input, format: html ? "html" : "text", content: html ? r.html : r.text ?? "",
            url: r.url ?? null, outlet: r.outlet ?? null, published: r.published ?? null, title: r.title ?? null,
          },
        };
      }
      continue;
    }
    const content = readFileSync(input, "utf8");
    yield {
      kind: "document",
      document: {
        id: basename(input),
        source: input,
        format: "text",
        content,
        url: null,
        outlet: options.defaults?.outlet ?? null,
        published: options.defaults?.published ?? null,
        title: null,
      },
    };
  }
}
