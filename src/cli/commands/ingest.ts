import { Command, Option } from "commander";
import { ingestInputs } from "../../analyze/ingest.js";
import { loadKnowledge } from "../../knowledge/index.js";
import { preferCompactHeap } from "../heap.js";
import {
  acquireOptions,
  addInputOptions,
  type InputFlags,
  openConfiguredStore,
  printProblem,
  progress,
  withAnalysisThreads,
} from "../options.js";
import { listenForShutdown, stoppedBySignal } from "../shutdown.js";
import { enqueueForWorkers } from "./worker.js";

interface IngestFlags extends InputFlags {
  queue?: boolean;
}

export function ingestCommand(): Command {
  const command = new Command("ingest")
    .description("analyse articles and keep them in the store; content already stored is skipped")
    .argument("<inputs...>", "files (.txt .html .json .jsonl, optionally .gz), directories, or - for stdin")
    .addHelpText(
      "after",
      "\nExample:\n  sitrep ingest examples/corpus\n  SITREP_HOME=/data/sitrep sitrep ingest feed.jsonl",
    );
  command.addOption(
    new Option("--queue", "only enqueue one job per article for `sitrep worker` (needs DATABASE_URL)"),
  );
  return addInputOptions(command).action(async (inputs: string[], flags: IngestFlags) => {
    const options = acquireOptions(flags);
    if (flags.queue) return enqueueForWorkers(inputs, options);
    preferCompactHeap();
    const store = await openConfiguredStore();
    const shutdown = listenForShutdown();
    try {
      const kb = loadKnowledge();
      const summary = await withAnalysisThreads(flags, kb, (pool) =>
        ingestInputs(inputs, store, kb, {
          ...options,
          onProblem: printProblem,
          signal: shutdown.signal,
          pool,
        }),
      );
      const total = await store.count();
      progress(
        `ingested into ${store.location}: ${summary.added} added, ${summary.replaced} replaced, ` +
          `${summary.unchanged} unchanged, ${summary.problems.length} failed; ${total} articles stored`,
      );
      if (summary.stopped) throw stoppedBySignal(shutdown.signal, `${summary.added} articles added`);
      if (summary.problems.length) process.exitCode = 1;
    } finally {
      shutdown.dispose();
      await store.close();
    }
  });
}
