// Sitrep CLI processes that run alongside the test or benchmark (test/helpers/sitrep.ts runs one to
// its end).
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";

const ENTRY = join(import.meta.dirname, "..", "helpers", "sitrep-entry.ts");
const ROOT = join(import.meta.dirname, "..", "..");

export interface RunningSitrep {
  child: ChildProcess;
  /** What the process has written to stderr so far. */
  stderr(): string;
  /** Resolves when the process ends: its exit code (null when a signal ended it) and stderr. */
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

export function startSitrep(args: readonly string[], env: NodeJS.ProcessEnv): RunningSitrep {
  const child = spawn(process.execPath, ["--import", "tsx", ENTRY, ...args], {
    cwd: ROOT,
    env: { ...process.env, SITREP_QUIET: "", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve) => child.on("close", (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, ended, stderr: () => stderr };
}

/** Resolves once `ready()` holds, asking every 100 ms (the test's own timeout bounds the wait). */
export async function until(ready: () => Promise<boolean>): Promise<void> {
  while (!(await ready())) await new Promise((resolve) => setTimeout(resolve, 100));
}
