import { Command } from "commander";
import { loadKnowledge } from "../../knowledge/index.js";
import { buildDocument } from "../../link/document.js";
import { exportLines } from "../../report/export.js";
import { openConfiguredStore } from "../options.js";

export function exportCommand(): Command {
  return new Command("export")
    .description("print the store as JSON lines, one article with its analysis per line")
    .addHelpText("after", "\nExample:\n  sitrep export > store.jsonl")
    .action(async () => {
      const store = await openConfiguredStore();
      try {
        const stored = await store.articles();
        const document = buildDocument(
          stored.map((s) => s.analysis),
          loadKnowledge(),
        );
        for (const line of exportLines(document, stored)) process.stdout.write(`${JSON.stringify(line)}\n`);
      } finally {
        await store.close();
      }
    });
}
