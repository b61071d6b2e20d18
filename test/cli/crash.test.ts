// Crash safety: `sitrep ingest` killed with SIGKILL at a random moment, then run again, leaves
// every article stored once with its complete analysis; SIGTERM stops it cleanly after the
// current article. The ingest that is killed is a real child process, since killing one is the
// point; the run that completes it is the same command in this process (a child costs seconds).
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readInputs } from "../../src/acquire/index.js";
import { analyzeArticle } from "../../src/analyze/pipeline.js";
import { cleanDocument } from "../../src/clean/index.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { openStore } from "../../src/store/index.js";
import { availableBackends } from "../fuzz/backends.js";
import { runCli } from "../fuzz/run-cli.js";
import { seededRandom, syntheticRecords, toJsonl } from "../fuzz/synthetic.js";

const ARTICLES = 1000;
const KILLS: Record<string, number> = { SQLite: 3, PostgreSQL: 2 };
const ENTRY = join(import.meta.dirname, "..", "helpers", "sitrep-entry.ts");
const ROOT = join(import.meta.dirname, "..", "..");

const backends = await availableBackends("crash tests");
const dir = mkdtempSync(join(tmpdir(), "sitrep-crash-"));
const corpus = join(dir, "corpus.jsonl");
writeFileSync(corpus, toJsonl(syntheticRecords(ARTICLES, 42)));
const random = seededRandom(Date.now());

/** What each article's stored analysis must be: the same pipeline, run here without a store. */
async function expectedAnalyses(): Promise<Map<string, string>> {
  const kb = loadKnowledge();
  const expected = new Map<string, string>();
  for await (const item of readInputs([corpus])) {
    if (item.kind !== "document") throw new Error(`unexpected problem: ${item.problem.message}`);
    const analysis = analyzeArticle(cleanDocument(item.document, kb), kb);
    expected.set(analysis.article.id, JSON.stringify(analysis));
  }
  return expected;
}

const expected = await expectedAnalyses();

function startIngest(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", ENTRY, "ingest", corpus], {
    cwd: ROOT,
    env: { ...process.env, SITREP_QUIET: "", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
}

async function exited(
  child: ChildProcess,
): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  const chunks: Buffer[] = [];
  child.stderr?.on("data", (chunk: Buffer) => chunks.push(chunk));
  const [code, signal] = child.exitCode !== null ? [child.exitCode, null] : await once(child, "exit");
  return { code, signal, stderr: Buffer.concat(chunks).toString("utf8") };
}

/** Opens the store env selects, in this process, as another reader would. */
function storeOf(env: Record<string, string>) {
  return openStore({ home: env.SITREP_HOME, databaseUrl: env.DATABASE_URL || undefined });
}

/** Resolves once the store holds at least `count` articles (polling; no timing is asserted). */
async function storedAtLeast(
  env: Record<string, string>,
  count: number,
  child: ChildProcess,
): Promise<number> {
  const store = await storeOf(env);
  try {
    for (;;) {
      const stored = await store.count();
      if (stored >= count || child.exitCode !== null) return stored;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await store.close();
  }
}

for (const backend of backends) {
  describe(`ingest crash safety on ${backend.name}`, () => {
    afterAll(() => backend.cleanup());

    async function expectCompleteStore(env: Record<string, string>): Promise<void> {
      const store = await storeOf(env);
      try {
        const stored = await store.articles();
        const ids = stored.map((s) => s.analysis.article.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBe(ARTICLES);
        for (const s of stored) expect(JSON.stringify(s.analysis)).toBe(expected.get(s.analysis.article.id));
      } finally {
        await store.close();
      }
      expect(await runCli(["check"], { env })).toMatchObject({
        status: 0,
        stdout: `ok: ${ARTICLES} articles\n`,
      });
    }

    for (let run = 1; run <= KILLS[backend.name]; run++) {
      it(`keeps every article once after a SIGKILL at a random moment (run ${run})`, async () => {
        const env = await backend.freshEnv();
        await (await storeOf(env)).close(); // created and migrated before the race starts
        const killAt = 1 + Math.floor(random() * (ARTICLES - 2));
        const child = startIngest(env);
        const storedWhenKilled = await storedAtLeast(env, killAt, child);
        child.kill("SIGKILL");
        const first = await exited(child);
        expect(first.signal ?? `exited ${first.code} with ${storedWhenKilled} stored`).toBe("SIGKILL");

        const second = await runCli(["ingest", corpus], { env });
        expect(second.stderr).toMatch(new RegExp(`unchanged, 0 failed; ${ARTICLES} articles stored\n$`));
        expect(second.status).toBe(0);
        await expectCompleteStore(env);
      });
    }

    it("stops after the current article on SIGTERM, closes the store, and says so on one line", async () => {
      const env = await backend.freshEnv();
      await (await storeOf(env)).close();
      const child = startIngest(env);
      await storedAtLeast(env, 1 + Math.floor(random() * (ARTICLES / 2)), child);
      child.kill("SIGTERM");
      const stopped = await exited(child);
      expect(stopped.code).toBe(143);
      expect(stopped.stderr).toMatch(
        /\nsitrep: stopped by SIGTERM after \d+ articles added; the store is consistent, run the same command again to go on\n$/,
      );
      const store = await storeOf(env);
      const partial = await store.count().finally(() => store.close());
      expect(partial).toBeLessThan(ARTICLES);
      expect((await runCli(["check"], { env })).stdout).toBe(`ok: ${partial} articles\n`);
    });
  });
}
