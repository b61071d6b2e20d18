// The sitrep command line. Each command lives in its own module under commands/; this file only
// wires them into commander and turns errors into one clear line on stderr.
import { Command, CommanderError } from "commander";
import { KnowledgeError } from "../knowledge/load.js";
import { StoreError } from "../store/errors.js";
import { GENERATOR } from "../version.js";
import { analyzeCommand } from "./commands/analyze.js";
import { checkCommand } from "./commands/check.js";
import { exportCommand } from "./commands/export.js";
import { importCommand } from "./commands/import.js";
import { ingestCommand } from "./commands/ingest.js";
import { migrateCommand } from "./commands/migrate.js";
import { reportCommand } from "./commands/report.js";
import { serveCommand } from "./commands/serve.js";
import { workerCommand } from "./commands/worker.js";
import { UserError } from "./errors.js";

export function buildProgram(): Command {
  const program = new Command("sitrep")
    .description("Crisis early-warning from noisy news: coded events, provenance, discrepancies, alerts.")
    .version(GENERATOR.version)
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  for (const command of [
    analyzeCommand(),
    ingestCommand(),
    reportCommand(),
    exportCommand(),
    serveCommand(),
    workerCommand(),
    importCommand(),
    checkCommand(),
    migrateCommand(),
  ]) {
    program.addCommand(command.exitOverride());
  }
  return program;
}

/** Runs the CLI and returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  endQuietlyWhenOutputCloses();
  try {
    const program = buildProgram();
    await program.parseAsync([...argv]);
    return Number(process.exitCode ?? 0);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    // Errors a user can act on are one line; anything else is a bug and keeps its stack.
    const expected = e instanceof UserError || e instanceof KnowledgeError || e instanceof StoreError;
    process.stderr.write(
      `sitrep: ${expected ? (e as Error).message : `unexpected error: ${(e as Error).stack ?? e}`}\n`,
    );
    return e instanceof UserError ? e.exitCode : expected ? 1 : 70;
  }
}

/** `sitrep export | head` closes standard output early: that ends the command, it is not an error. */
function endQuietlyWhenOutputCloses(): void {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(process.exitCode ?? 0);
  });
}
