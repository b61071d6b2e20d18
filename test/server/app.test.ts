// The HTTP API on a real SQLite store, through Fastify's inject (no socket): every route, the
// parameter checks, and a picture that follows the store when another writer adds an article.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadKnowledge } from "../../src/knowledge/index.js";
import { buildServer } from "../../src/server/app.js";
import { openStore } from "../../src/store/index.js";
import type { Store } from "../../src/store/types.js";
import { runCli } from "../fuzz/run-cli.js";
import { seededRandom, syntheticRecord, syntheticRecords, toJsonl } from "../fuzz/synthetic.js";

const home = mkdtempSync(join(tmpdir(), "sitrep-api-"));
const env = { SITREP_HOME: home, DATABASE_URL: "" };
let store: Store;
let app: FastifyInstance;

async function get(url: string) {
  const response = await app.inject({ method: "GET", url });
  return { status: response.statusCode, type: response.headers["content-type"], body: response.body };
}

async function getJson(url: string) {
  const response = await get(url);
  expect(response.type).toMatch(/^application\/json/);
  return { status: response.status, json: JSON.parse(response.body) };
}

async function ingest(records: object[]): Promise<void> {
  const file = join(home, `batch-${Date.now()}.jsonl`);
  writeFileSync(file, toJsonl(records));
  expect((await runCli(["ingest", file], { env })).status).toBe(0);
}

beforeAll(async () => {
  await ingest(syntheticRecords(10, 3));
  store = await openStore({ home });
  app = buildServer({ store, kb: loadKnowledge() });
});

afterAll(async () => {
  await app?.close();
  await store?.close();
  rmSync(home, { recursive: true, force: true });
});

describe("the HTTP API", () => {
  it("states the store, its article count and revision", async () => {
    const { status, json } = await getJson("/api/status");
    expect(status).toBe(200);
    expect(json).toMatchObject({ store: { kind: "sqlite" }, articles: 10 });
    expect(json.revision).toBe(await store.revision());
  });

  it("gives the analysis document and the report that `sitrep report` gives", async () => {
    const report = await runCli(["report"], { env });
    const markdown = await get("/api/report");
    expect(markdown.type).toBe("text/markdown; charset=utf-8");
    expect(markdown.body).toBe(report.stdout);
    const json = await runCli(["report", "--format", "json"], { env });
    const { json: document } = await getJson("/api/analysis");
    expect(document).toEqual(JSON.parse(json.stdout));
  });

  it("lists stories sorted by a whitelisted key, paged, with the total", async () => {
    const { json: all } = await getJson("/api/stories?sort=earliest&limit=500");
    expect(all.stories).toHaveLength(all.total);
    const firsts = all.stories.map((s: { firstReport: string }) => s.firstReport);
    expect(firsts).toEqual([...firsts].sort());
    const { json: page } = await getJson("/api/stories?sort=earliest&limit=2&offset=1");
    expect(page).toEqual({ total: all.total, stories: all.stories.slice(1, 3) });
    const { json: latest } = await getJson("/api/stories");
    const lasts = latest.stories.map((s: { lastReport: string }) => s.lastReport);
    expect(lasts).toEqual([...lasts].sort().reverse());
  });

  it("gives one story with its clusters and articles, and 404 for an unknown one", async () => {
    const { json: list } = await getJson("/api/stories?sort=largest&limit=1");
    const id = list.stories[0].id;
    const { status, json } = await getJson(`/api/stories/${encodeURIComponent(id)}`);
    expect(status).toBe(200);
    expect(json.story.id).toBe(id);
    expect(json.clusters.map((c: { id: string }) => c.id)).toEqual(json.story.clusters);
    expect(json.articles.map((a: { id: string }) => a.id)).toEqual(json.story.articles);
    expect(json.articles[0]).not.toHaveProperty("text");
    const missing = await getJson("/api/stories/s%3Anone");
    expect(missing).toEqual({ status: 404, json: { error: "not found: /api/stories/s%3Anone" } });
  });

  it("filters alerts by level, newest first", async () => {
    const { json: all } = await getJson("/api/alerts");
    const { json: critical } = await getJson("/api/alerts?level=critical");
    expect(critical.alerts).toEqual(all.alerts.filter((a: { level: string }) => a.level === "critical"));
    const dates = all.alerts.map((a: { date: string }) => a.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("searches with bound parameters: hostile text is only text", async () => {
    const { json } = await getJson("/api/search?q=Corvan&limit=3");
    expect(json.hits.length).toBeGreaterThan(0);
    expect(json.hits.length).toBeLessThanOrEqual(3);
    const hostile = await getJson(`/api/search?q=${encodeURIComponent("x'); drop table articles; --")}`);
    expect(hostile).toEqual({ status: 200, json: { hits: [] } });
    expect(await store.count()).toBe(10);
  });

  it("refuses bad parameters with 400 and one line naming the parameter", async () => {
    for (const url of [
      "/api/stories?sort=title",
      "/api/stories?limit=0",
      "/api/stories?limit=many",
      "/api/stories?order=asc",
      "/api/alerts?level=loud",
      "/api/report?since=last-week",
      "/api/search",
    ]) {
      const { status, json } = await getJson(url);
      expect({ url, status }).toEqual({ url, status: 400 });
      expect(json.error).toMatch(/^bad request: querystring/);
    }
    expect((await getJson("/api/nothing")).status).toBe(404);
  });

  it("describes every route in its OpenAPI document", async () => {
    const { json } = await getJson("/api/openapi.json");
    expect(json.openapi).toBe("3.1.0");
    expect(Object.keys(json.paths)).toEqual([
      "/api/status",
      "/api/analysis",
      "/api/report",
      "/api/stories",
      "/api/stories/{id}",
      "/api/alerts",
      "/api/search",
    ]);
    const sort = json.paths["/api/stories"].get.parameters.find((p: { name: string }) => p.name === "sort");
    expect(sort.schema.enum).toEqual(["latest", "earliest", "largest", "id"]);
  });

  it("computes the picture when it starts, once, and answers from it", async () => {
    const reader = await openStore({ home });
    const reads = vi.spyOn(reader, "articles");
    const warm = buildServer({ store: reader, kb: loadKnowledge() });
    try {
      await warm.ready();
      await vi.waitFor(() => expect(reads).toHaveBeenCalledTimes(1));
      expect((await warm.inject({ method: "GET", url: "/api/stories" })).statusCode).toBe(200);
      expect(reads).toHaveBeenCalledTimes(1);
    } finally {
      await warm.close();
      await reader.close();
    }
  });

  it("follows the store: an article another process adds shows in the next answer", async () => {
    const before = (await getJson("/api/status")).json.revision;
    const { json: window } = await getJson("/api/analysis?since=2026-03-12");
    expect(window.articles).toEqual([]);
    await ingest([syntheticRecord(40, seededRandom(9))]);
    expect((await getJson("/api/status")).json.revision).not.toBe(before);
    const { json: document } = await getJson("/api/analysis");
    expect(document.articles.map((a: { id: string }) => a.id)).toContain("syn-40");
    const { json: later } = await getJson("/api/analysis?since=2026-03-12");
    expect(later.articles.map((a: { id: string }) => a.id)).toEqual(["syn-40"]);
    expect((await get("/api/report")).body).toBe((await runCli(["report"], { env })).stdout);
  });
});
