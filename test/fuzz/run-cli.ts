// Runs the CLI in this process (no child to spawn), capturing what it writes and its exit code.
// Environment variables are set only for the call; standard input is a given string when asked.
import { Readable } from "node:stream";
import { main } from "../../src/cli/main.js";
import type { CliResult } from "../helpers/sitrep.js";

export async function runCli(
  args: readonly string[],
  options: { env?: Record<string, string>; input?: string } = {},
): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const restoreOut = capture(process.stdout, out);
  const restoreErr = capture(process.stderr, err);
  const restoreEnv = setEnv({ SITREP_QUIET: "", ...options.env });
  const restoreStdin = options.input === undefined ? () => {} : replaceStdin(options.input);
  try {
    const status = await main(["node", "sitrep", ...args]);
    return { status, stdout: out.join(""), stderr: err.join("") };
  } finally {
    // A command sets process.exitCode for its own run only; left set, it would fail the test run.
    process.exitCode = 0;
    restoreStdin();
    restoreEnv();
    restoreErr();
    restoreOut();
  }
}

function capture(stream: NodeJS.WriteStream, into: string[]): () => void {
  const original = stream.write;
  stream.write = ((chunk: string | Uint8Array) => {
    into.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    return true;
  }) as typeof stream.write;
  return () => {
    stream.write = original;
  };
}

function setEnv(values: Record<string, string>): () => void {
  const before = Object.fromEntries(Object.keys(values).map((k) => [k, process.env[k]]));
  Object.assign(process.env, values);
  return () => {
    for (const [key, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}

function replaceStdin(input: string): () => void {
  const descriptor = Object.getOwnPropertyDescriptor(process, "stdin");
  Object.defineProperty(process, "stdin", { value: Readable.from([Buffer.from(input)]), configurable: true });
  return () => {
    if (descriptor) Object.defineProperty(process, "stdin", descriptor);
  };
}
