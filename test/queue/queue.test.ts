// Ingest through the job queue with real processes: `sitrep ingest --queue` enqueues, several
// `sitrep worker` processes analyse, one of them is killed mid-run, and every article still ends
// up stored exactly once with its full analysis. Each run has its own store and pg-boss schemas on
// the PostgreSQL server; skipped, with a notice, when none answers.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readInputs } from "../../src/acquire/index.js";
import { analyzeArticle } from "../../src/analyze/pipeline.js";
import type { ArticleAnalysis } from "../../src/analyze/types.js";
import { cleanDocument } from "../../src/clean/index.js";
import { loadKnowledge } from "../../src/knowledge/index.js";
import {
  INGEST_QUEUE,
  type JobFailure,
  openQueue,
  queueSettingsFromEnv,
  runWorker,
} from "../../src/queue/index.js";
import { openStore } from "../../src/store/index.js";
import { redactedUrl } from "../../src/store/postgres.js";
import { writeGeneratedArticles } from "./articles.js";
import { sitrepInProcess } from "./in-process.js";
import {
  dropSchemas,
  freshSchemas,
  type QueueSchemas,
  sql,
  TEST_DATABASE_URL,
  unavailableReason,
} from "./postgres.js";
import { type RunningSitrep, startSitrep, until } from "./processes.js";

const ARTICLES = 40;

const unavailable = await unavailableReason();
if (unavailable !== null) {
  console.warn(
    `Job queue tests SKIPPED: no PostgreSQL at ${redactedUrl(TEST_DATABASE_URL)} (${unavailable}).`,
  );
}

/** What the pipeline gives for each input, by article id: what the store must hold. */
async function expectedAnalyses(file: string): Promise<Map<string, ArticleAnalysis>> {
  const kb = loadKnowledge();
  const expected = new Map<string, ArticleAnalysis>();
  for await (const item of readInputs([file])) {
    if (item.kind === "document")
      expected.set(item.document.id, analyzeArticle(cleanDocument(item.document, kb), kb));
  }
  return expected;
}

async function storedCount(schemas: QueueSchemas): Promise<number> {
  const [row] = await sql<{ n: string }>(`select count(*) as n from ${schemas.store}.articles`).catch(() => [
    { n: "0" },
  ]);
  return Number(row.n);
}

async function jobStates(schemas: QueueSchemas): Promise<Record<string, number>> {
  const rows = await sql<{ state: string; n: string }>(
    `select state, count(*) as n from ${schemas.queue}.job group by state`,
  );
  return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
}

describe.skipIf(unavailable !== null)("ingest through the job queue", () => {
  let dir: string;
  let input: string;
  const running: RunningSitrep[] = [];
  const allSchemas: QueueSchemas[] = [];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "sitrep-queue-"));
    input = join(dir, "articles.jsonl");
    writeGeneratedArticles(input, ARTICLES);
  });

  afterAll(async () => {
    for (const { child } of running) if (child.exitCode === null) child.kill("SIGKILL");
    await Promise.all(running.map((r) => r.ended));
    await Promise.all(allSchemas.map(dropSchemas));
    rmSync(dir, { recursive: true, force: true });
  });

  async function schemasForTest(): Promise<QueueSchemas> {
    const schemas = await freshSchemas();
    allSchemas.push(schemas);
    return schemas;
  }

  function worker(schemas: QueueSchemas, ...args: string[]): RunningSitrep {
    const started = startSitrep(["worker", ...args], schemas.env);
    running.push(started);
    return started;
  }

  it("refuses to queue without a PostgreSQL DATABASE_URL, in one line", async () => {
    const result = await sitrepInProcess(["ingest", "--queue", input], { DATABASE_URL: "" });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      "sitrep: the job queue needs PostgreSQL: set DATABASE_URL=postgres://user@host/database\n",
    );
  });

  it("enqueues one job per article, and none again for the same content", async () => {
    const schemas = await schemasForTest();
    const first = await sitrepInProcess(["ingest", "--queue", input], schemas.env);
    expect(first.stderr).toBe(
      `enqueued ${ARTICLES} articles in ${schemas.queue}: 0 already queued, 0 failed\n`,
    );
    const second = await sitrepInProcess(["ingest", "--queue", input], schemas.env);
    expect(second.stderr).toBe(
      `enqueued 0 articles in ${schemas.queue}: ${ARTICLES} already queued, 0 failed\n`,
    );
    expect([first.status, second.status]).toEqual([0, 0]);
    expect(await jobStates(schemas)).toEqual({ created: ARTICLES });
    expect(await storedCount(schemas)).toBe(0);
  });

  it("fails a job whose payload is not a document, saying why, once its attempts are spent", async () => {
    const schemas = await schemasForTest();
    const settings = queueSettingsFromEnv(schemas.env);
    const boss = await openQueue(String(schemas.env.DATABASE_URL), settings);
    const store = await openStore({ databaseUrl: schemas.env.DATABASE_URL });
    try {
      const id = await boss.send(INGEST_QUEUE, { note: "not an article" });
      const failures: JobFailure[] = [];
      const summary = await runWorker({
        boss,
        store,
        kb: loadKnowledge(),
        concurrency: 1,
        drain: true,
        onFailure: (failure) => failures.push(failure),
      });
      expect(summary).toEqual({ added: 0, replaced: 0, unchanged: 0, failed: 4 });
      expect(failures.map((f) => `${f.input}: ${f.message} (${f.attempt}/${f.attempts})`)).toEqual(
        [1, 2, 3, 4].map((n) => `job ${id}: the payload is not a source document (${n}/4)`),
      );
      expect(await jobStates(schemas)).toEqual({ failed: 1 });
    } finally {
      await boss.stop({ graceful: false });
      await store.close();
    }
  });

  it("stores every article exactly once with its analysis when one of three workers is killed", async () => {
    const schemas = await schemasForTest();
    expect((await sitrepInProcess(["ingest", "--queue", input], schemas.env)).status).toBe(0);
    // The victim is seen working before the others start, and it holds three jobs at a time, so
    // the kill leaves some of them active for the others to retry once they expire.
    const victim = worker(schemas, "--once", "--concurrency", "3");
    await until(async () => (await storedCount(schemas)) >= 3);
    const survivors = [worker(schemas, "--once"), worker(schemas, "--once")];
    await until(async () => (await storedCount(schemas)) >= 6);
    victim.child.kill("SIGKILL");
    expect((await victim.ended).signal).toBe("SIGKILL");
    for (const survivor of survivors) expect(await survivor.ended).toMatchObject({ code: 0 });

    const store = await openStore({ databaseUrl: schemas.env.DATABASE_URL });
    try {
      const stored = await store.articles();
      const expected = await expectedAnalyses(input);
      expect(stored.map((a) => a.analysis.article.id).sort()).toEqual([...expected.keys()].sort());
      for (const { analysis } of stored) expect(analysis).toEqual(expected.get(analysis.article.id));
      expect(await store.check()).toEqual({ ok: true, problems: [] });
    } finally {
      await store.close();
    }
    expect(await jobStates(schemas)).toEqual({ completed: ARTICLES });
    const [retried] = await sql<{ n: string }>(
      `select count(*) as n from ${schemas.queue}.job where retry_count > 0`,
    );
    expect(Number(retried.n)).toBeGreaterThan(0);
  }, 120_000);

  it("stops on SIGTERM after the jobs in hand and exits 0", async () => {
    const schemas = await schemasForTest();
    expect((await sitrepInProcess(["ingest", "--queue", input], schemas.env)).status).toBe(0);
    const running = worker(schemas, "--concurrency", "2");
    await until(async () => (await storedCount(schemas)) >= 1);
    running.child.kill("SIGTERM");
    expect(await running.ended).toMatchObject({ code: 0 });
    const states = await jobStates(schemas);
    // Nothing left half-done: each job is completed or still waiting for the next worker.
    expect(states.active).toBeUndefined();
    expect(states.completed).toBe(await storedCount(schemas));
  }, 120_000);
});
