// Runs the CLI from src/ in a child process, as a user would run `sitrep`.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ENTRY = join(import.meta.dirname, "sitrep-entry.ts");
const ROOT = join(import.meta.dirname, "..", "..");

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

export function sitrep(
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; input?: string } = {},
): CliResult {
  const result = spawnSync(process.execPath, ["--import", "tsx", ENTRY, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    input: options.input,
    env: { ...process.env, SITREP_QUIET: "", ...options.env },
    maxBuffer: 1 << 28,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
