// The CLI run inside the test's own process, where a separate one would only cost start-up time.
import { vi } from "vitest";
import { main } from "../../src/cli/main.js";

/** Runs the CLI in this process with `env` added to the environment; returns its exit code and stderr. */
export async function sitrepInProcess(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<{ status: number; stderr: string }> {
  const saved = { ...process.env };
  Object.assign(process.env, { SITREP_QUIET: "" }, env);
  let stderr = "";
  const write = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { status: await main(["node", "sitrep", ...args]), stderr };
  } finally {
    write.mockRestore();
    process.env = saved;
    process.exitCode = undefined;
  }
}
