// `sitrep serve`: the HTTP API over the store, until SIGTERM or SIGINT. Other processes may ingest
// into the same store meanwhile (SQLite in WAL mode, or PostgreSQL); the next request sees them.
import { Command, InvalidArgumentError, Option } from "commander";
import { loadKnowledge } from "../../knowledge/index.js";
import { buildServer } from "../../server/app.js";
import { UserError } from "../errors.js";
import { preferLargeYoungGeneration } from "../heap.js";
import { openConfiguredStore, progress } from "../options.js";
import { listenForShutdown } from "../shutdown.js";

const DEFAULT_PORT = 8080;

interface ServeFlags {
  host: string;
  port: number;
}

export function serveCommand(): Command {
  return new Command("serve")
    .description("serve the store's picture over HTTP: JSON API and Markdown report (GET /api/openapi.json)")
    .addOption(new Option("--host <address>", "address to listen on").default("127.0.0.1"))
    .addOption(
      new Option("--port <n>", "port to listen on (0: any free port)")
        .env("SITREP_PORT")
        .argParser(port)
        .default(DEFAULT_PORT),
    )
    .addHelpText(
      "after",
      "\nRuns until SIGTERM or SIGINT, finishing the requests in hand.\n\nExample:\n" +
        "  sitrep serve --port 8080 &\n  curl 'http://127.0.0.1:8080/api/stories?sort=latest&limit=10'",
    )
    .action(serve);
}

async function serve(flags: ServeFlags): Promise<void> {
  preferLargeYoungGeneration();
  const kb = loadKnowledge();
  const store = await openConfiguredStore();
  const app = buildServer({ store, kb });
  const shutdown = listenForShutdown();
  try {
    const address = await app.listen({ host: flags.host, port: flags.port }).catch((e: Error) => {
      throw new UserError(`cannot listen on ${flags.host}:${flags.port}: ${e.message}`);
    });
    progress(`serving ${store.location} at ${address} (stop with Ctrl-C)`);
    await new Promise((resolve) => shutdown.signal.addEventListener("abort", resolve, { once: true }));
    progress(`stopping on ${shutdown.signal.reason}`);
  } finally {
    shutdown.dispose();
    await app.close();
    await store.close();
  }
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65_535)
    throw new InvalidArgumentError("expected a port, 0 to 65535");
  return n;
}
