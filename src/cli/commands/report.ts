import { Command, Option } from "commander";
import { storedPicture } from "../../analyze/stored-corpus.js";
import { loadKnowledge } from "../../knowledge/index.js";
import { renderMarkdown } from "../../report/markdown.js";
import { ISO_DATE } from "../../store/types.js";
import { UserError } from "../errors.js";
import { preferLargeYoungGeneration } from "../heap.js";
import { openConfiguredStore } from "../options.js";

interface ReportFlags {
  since?: string;
  format: "md" | "json";
}

export function reportCommand(): Command {
  return new Command("report")
    .description("print the situation report of what the store holds")
    .addOption(new Option("--since <date>", "only articles published on or after this ISO date"))
    .addOption(new Option("--format <format>", "output format").choices(["md", "json"]).default("md"))
    .addHelpText(
      "after",
      "\nExample:\n  sitrep report --since 2025-11-01\n  sitrep report --format json > picture.json",
    )
    .action(async (flags: ReportFlags) => {
      if (flags.since !== undefined && !ISO_DATE.test(flags.since)) {
        throw new UserError(
          `--since ${JSON.stringify(flags.since)}: expected an ISO date such as 2025-11-01`,
        );
      }
      preferLargeYoungGeneration();
      const store = await openConfiguredStore();
      try {
        const { picture } = await storedPicture(store, loadKnowledge(), { since: flags.since });
        process.stdout.write(
          flags.format === "md" ? renderMarkdown(picture) : `${JSON.stringify(picture.document, null, 1)}\n`,
        );
      } finally {
        await store.close();
      }
    });
}
