// The two stores the CLI tests run on, as the environment a `sitrep` command gets: SQLite in a
// fresh temp directory, and PostgreSQL in a fresh schema of the test server (named in DATABASE_URL
// through libpq's `options`). PostgreSQL tests skip with a visible notice when no server answers.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { redactedUrl } from "../../src/store/postgres.js";
import { TEST_DATABASE_URL as serverUrl, unavailableReason, withClient } from "../helpers/postgres.js";

export interface Backend {
  name: "SQLite" | "PostgreSQL";
  /** Environment variables selecting a new, empty store. */
  freshEnv(): Promise<Record<string, string>>;
  /** Runs SQL on the store that env selects, around the CLI, to damage it on purpose. */
  executeRaw(env: Record<string, string>, statement: string): Promise<void>;
  /** Removes every store freshEnv created. */
  cleanup(): Promise<void>;
}

export function sqliteBackend(): Backend {
  const homes: string[] = [];
  return {
    name: "SQLite",
    freshEnv: async () => {
      const home = mkdtempSync(join(tmpdir(), "sitrep-cli-"));
      homes.push(home);
      return { SITREP_HOME: home, DATABASE_URL: "" };
    },
    executeRaw: async (env, statement) => {
      const { default: Database } = await import("better-sqlite3");
      const db = new Database(join(env.SITREP_HOME, "sitrep.db"));
      try {
        db.exec(statement);
      } finally {
        db.close();
      }
    },
    cleanup: async () => {
      for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
    },
  };
}

export function postgresBackend(): Backend {
  const schemas: string[] = [];
  return {
    name: "PostgreSQL",
    freshEnv: async () => {
      const schema = `sitrep_cli_${process.pid}_${randomBytes(4).toString("hex")}`;
      schemas.push(schema);
      await withClient((client) => client.query(`create schema ${schema}`));
      const url = new URL(serverUrl);
      url.searchParams.set("options", `-csearch_path=${schema}`);
      return { DATABASE_URL: url.toString() };
    },
    executeRaw: (env, statement) =>
      withClient((client) => client.query(statement), { url: env.DATABASE_URL }).then(() => {}),
    cleanup: () =>
      withClient(async (client) => {
        for (const schema of schemas.splice(0)) await client.query(`drop schema if exists ${schema} cascade`);
      }),
  };
}

/** The backends to test: SQLite always, PostgreSQL when a server answers (else a notice). */
export async function availableBackends(what: string): Promise<Backend[]> {
  const unavailable = await unavailableReason();
  if (unavailable === null) return [sqliteBackend(), postgresBackend()];
  console.warn(`${what} on PostgreSQL SKIPPED: no server at ${redactedUrl(serverUrl)} (${unavailable}).`);
  return [sqliteBackend()];
}
