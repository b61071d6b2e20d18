import { Command } from "commander";
import { openConfiguredStore } from "../options.js";

export function checkCommand(): Command {
  return new Command("check")
    .description(
      "check the store: database integrity, foreign keys, every stored analysis, search index counts; changes nothing",
    )
    .addHelpText(
      "after",
      "\nExample:\n  sitrep check\n\nPrints `ok: N articles`, or one line per problem and exits 1.",
    )
    .action(async () => {
      const store = await openConfiguredStore();
      try {
        const report = await store.check();
        if (report.ok) {
          process.stdout.write(`ok: ${await store.count()} articles\n`);
          return;
        }
        for (const problem of report.problems) process.stdout.write(`${problem}\n`);
        process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}
