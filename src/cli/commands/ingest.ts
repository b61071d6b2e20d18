import { Command } from "commander";
import { ingestInputs } from "../../analyze/ingest.js";
import { loadKnowledge } from "../../knowledge/index.js";
import {
  acquireOptions,
  addInputOptions,
  type InputFlags,
  openConfiguredStore,
  printProblem,
  progress,
} from "../options.js";

export function ingestCommand(): Command {
  const command = new Command("ingest")
    .description("analyse articles and keep them in the store; content already stored is skipped")
    .argument("<inputs...>", "files (.txt .html .json .jsonl, optionally .gz), directories, or - for stdin")
    .addHelpText(
      "after",
      "\nExample:\n  sitrep ingest examples/corpus\n  SITREP_HOME=/data/sitrep sitrep ingest feed.jsonl",
    );
  return addInputOptions(command).action(async (inputs: string[], flags: InputFlags) => {
    const options = acquireOptions(flags);
    const store = await openConfiguredStore();
    try {
      const summary = await ingestInputs(inputs, store, loadKnowledge(), {
        ...options,
        onProblem: printProblem,
      });
      const total = await store.count();
      progress(
        `ingested into ${store.location}: ${summary.added} added, ${summary.replaced} replaced, ` +
          `${summary.unchanged} unchanged, ${summary.problems.length} failed; ${total} articles stored`,
      );
      if (summary.problems.length) process.exitCode = 1;
    } finally {
      await store.close();
    }
  });
}
