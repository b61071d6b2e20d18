import { Command, Option } from "commander";
import { storedPicture } from "../../analyze/stored-corpus.js";
import { loadKnowledge } from "../../knowledge/index.js";
import { exportCsv, exportLines } from "../../report/export.js";
import { preferLargeYoungGeneration } from "../heap.js";
import { openConfiguredStore } from "../options.js";

interface ExportFlags {
  format: "jsonl" | "csv";
}

export function exportCommand(): Command {
  return new Command("export")
    .description(
      "print the store: JSON lines, one article with its analysis per line (jsonl), or one row per event (csv)",
    )
    .addOption(new Option("--format <format>", "output format").choices(["jsonl", "csv"]).default("jsonl"))
    .addHelpText(
      "after",
      "\nExample:\n  sitrep export > store.jsonl\n  sitrep export --format csv > events.csv\n\n" +
        "The CSV follows GDELT's event columns where one fits (EventRootCode is the CAMEO root of the PLOVER type).",
    )
    .action(async (flags: ExportFlags) => {
      preferLargeYoungGeneration();
      const store = await openConfiguredStore();
      try {
        const { picture, stored } = await storedPicture(store, loadKnowledge(), { dateByStories: false });
        const document = picture.document;
        const lines =
          flags.format === "csv"
            ? exportCsv(document, stored)
            : Array.from(exportLines(document, stored), (line) => `${JSON.stringify(line)}\n`);
        for (const line of lines) process.stdout.write(line);
      } finally {
        await store.close();
      }
    });
}
