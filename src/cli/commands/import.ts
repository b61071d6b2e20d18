import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { Command } from "commander";
import { analyzeArticle } from "../../analyze/pipeline.js";
import type { Article } from "../../contract/types.js";
import { type KnowledgeBase, loadKnowledge } from "../../knowledge/index.js";
import { articleFromExportLine } from "../../report/export.js";
import type { IngestResult, Store } from "../../store/types.js";
import { openConfiguredStore, printProblem, progress } from "../options.js";

type Tally = Record<IngestResult["status"] | "failed", number>;

export function importCommand(): Command {
  return new Command("import")
    .description(
      "store the articles of a `sitrep export` (JSON lines), analysed again: exporting the new store gives the same lines",
    )
    .argument("<file>", "a .jsonl file written by `sitrep export`, or - for standard input")
    .addHelpText(
      "after",
      "\nExample:\n  sitrep export > store.jsonl && SITREP_HOME=/data/copy sitrep import store.jsonl\n\n" +
        "A bad line is reported on one line naming it; the others are imported and the command exits 1.",
    )
    .action(async (file: string) => {
      const store = await openConfiguredStore();
      try {
        const tally = await importLines(file, store, loadKnowledge());
        progress(
          `imported into ${store.location}: ${tally.added} added, ${tally.replaced} replaced, ` +
            `${tally.unchanged} unchanged, ${tally.failed} failed`,
        );
        if (tally.failed) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}

async function importLines(file: string, store: Store, kb: KnowledgeBase): Promise<Tally> {
  const tally: Tally = { added: 0, replaced: 0, unchanged: 0, failed: 0 };
  const fail = (input: string, message: string) => {
    tally.failed++;
    printProblem({ input, message });
  };
  const input = file === "-" ? process.stdin : createReadStream(file);
  let lineNo = 0;
  try {
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      lineNo++;
      if (line.trim() === "") continue;
      const outcome = await importLine(line, store, kb);
      if (typeof outcome === "string") fail(`${file}:${lineNo}`, outcome);
      else tally[outcome.status]++;
    }
  } catch (e) {
    fail(lineNo ? `${file}:${lineNo + 1}` : file, `cannot read (${(e as Error).message})`);
  }
  return tally;
}

/** Stores one line's article; a string is the problem that kept it out. */
async function importLine(line: string, store: Store, kb: KnowledgeBase): Promise<IngestResult | string> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return `not valid JSON (${(e as Error).message})`;
  }
  const read = articleFromExportLine(value);
  if (!read.ok) return read.problem;
  try {
    return await store.ingest(analyzeArticle(read.article, kb), {
      url: read.url,
      contentHash: articleHash(read.article, read.url),
      writtenAt: read.written ?? undefined,
    });
  } catch (e) {
    return `cannot store article ${read.article.id} (${(e as Error).message})`;
  }
}

/** Identifies an imported article by all it holds, so importing the same export twice is a no-op. */
function articleHash(article: Article, url: string | null): string {
  return createHash("sha256")
    .update(JSON.stringify(["import", url, article]))
    .digest("hex");
}
