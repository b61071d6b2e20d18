import { Command } from "commander";
import { openConfiguredStore } from "../options.js";

export function migrateCommand(): Command {
  return new Command("migrate")
    .description("bring the store's schema up to date and print the migrations applied")
    .addHelpText(
      "after",
      "\nExample:\n  sitrep migrate\n\nEvery command migrates the store it opens; this one does it alone, e.g. before starting workers.\n" +
        "A store written by a newer Sitrep is refused, by this and every other command.",
    )
    .action(async () => {
      const store = await openConfiguredStore({ migrate: false });
      try {
        const { applied } = await store.migrate();
        process.stdout.write(
          applied.length ? applied.map((name) => `applied ${name}\n`).join("") : "schema up to date\n",
        );
      } finally {
        await store.close();
      }
    });
}
