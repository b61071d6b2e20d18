// Options and helpers shared by the commands that read inputs or open the store.
import { type Command, Option } from "commander";
import type { AcquireOptions } from "../acquire/index.js";
import type { InputProblem } from "../acquire/types.js";
import { AnalysisPool, configuredThreads } from "../analyze/pool.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { openStore } from "../store/index.js";
import { ISO_DATE, type Store } from "../store/types.js";
import { UserError } from "./errors.js";

export interface InputFlags {
  published?: string;
  outlet?: string;
  threads?: string;
}

export function addInputOptions(command: Command): Command {
  return command
    .addOption(new Option("--published <date>", "publication date (YYYY-MM-DD) for inputs that lack one"))
    .addOption(new Option("--outlet <name>", "outlet name for inputs that lack one"))
    .addOption(
      new Option(
        "--threads <n>",
        'worker threads that analyse articles (a number or "auto"; default SITREP_THREADS or 1)',
      ),
    );
}

/** Runs `work` with a pool of analysis threads when more than one is asked for, and closes it. */
export async function withAnalysisThreads<T>(
  flags: InputFlags,
  kb: KnowledgeBase,
  work: (pool: AnalysisPool | undefined) => Promise<T>,
): Promise<T> {
  let threads: number;
  try {
    threads = configuredThreads(flags.threads ?? process.env.SITREP_THREADS);
  } catch (e) {
    throw new UserError((e as Error).message);
  }
  const pool = threads > 1 ? new AnalysisPool(threads, kb.dir) : undefined;
  try {
    return await work(pool);
  } finally {
    await pool?.close();
  }
}

export function acquireOptions(flags: InputFlags): AcquireOptions {
  if (flags.published !== undefined && !ISO_DATE.test(flags.published)) {
    throw new UserError(
      `--published ${JSON.stringify(flags.published)}: expected an ISO date such as 2025-11-02`,
    );
  }
  return { defaults: { published: flags.published ?? null, outlet: flags.outlet ?? null } };
}

/** Prints one line per bad input, naming it; the batch goes on. */
export function printProblem(problem: InputProblem): void {
  process.stderr.write(`sitrep: ${problem.input}: ${problem.message}\n`);
}

/** The store that SITREP_HOME / DATABASE_URL select; migrated on open unless `migrate` is false. */
export function openConfiguredStore(options: { migrate?: boolean } = {}): Promise<Store> {
  return openStore({ home: process.env.SITREP_HOME, databaseUrl: process.env.DATABASE_URL, ...options });
}

export function progress(message: string): void {
  if (!process.env.SITREP_QUIET) process.stderr.write(`${message}\n`);
}
