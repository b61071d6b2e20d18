// node --import tsx bench/store.ts: how fast each store ingests, re-ingests (unchanged), reads,
// searches and checks real analyses (examples/corpus run through the pipeline, copied under new ids
// up to BENCH_ARTICLES). PostgreSQL is measured when SITREP_TEST_DATABASE_URL (else the local
// server) answers, in a schema of its own that is dropped afterwards. Prints a Markdown table.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { readInputs } from "../src/acquire/index.js";
import { GROUP_SIZE } from "../src/analyze/grouped-store.js";
import { analyzeArticle } from "../src/analyze/pipeline.js";
import type { ArticleAnalysis } from "../src/analyze/types.js";
import { cleanDocument } from "../src/clean/index.js";
import { loadKnowledge } from "../src/knowledge/index.js";
import { type OpenStoreOptions, openStore } from "../src/store/index.js";
import type { Store, StoredMeta } from "../src/store/types.js";

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 2000);
const EXAMPLES = join(import.meta.dirname, "..", "examples", "corpus");
const DATABASE_URL = process.env.SITREP_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const QUERIES = ["ministry", "sanctions", '"armed factions"', "deployment or ultimatum", "denial -interview"];
const SEARCH_ROUNDS = 20;
const CHUNK = 256;

interface Item {
  analysis: ArticleAnalysis;
  meta: StoredMeta;
}

interface Row {
  store: string;
  ingestPerSecond: number;
  groupedPerSecond: number;
  unchangedPerSecond: number;
  readAllMs: number;
  searchMs: number;
  checkMs: number;
}

async function sampleAnalyses(): Promise<ArticleAnalysis[]> {
  const kb = loadKnowledge();
  const analyses: ArticleAnalysis[] = [];
  for await (const item of readInputs([EXAMPLES])) {
    if (item.kind === "document") analyses.push(analyzeArticle(cleanDocument(item.document, kb), kb));
  }
  return analyses;
}

/** Copies of the samples under distinct ids and hashes, as distinct articles would be stored. */
function items(samples: ArticleAnalysis[], count: number): Item[] {
  return Array.from({ length: count }, (_, n) => {
    const sample = samples[n % samples.length];
    const id = `${sample.article.id}-${n}`;
    const analysis = { ...sample, article: { ...sample.article, id } };
    return { analysis, meta: { url: null, contentHash: `bench-${n}` } };
  });
}

async function millis(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function ingestAll(store: Store, batch: Item[]): Promise<void> {
  for (const { analysis, meta } of batch) await store.ingest(analysis, meta);
}

/** As `sitrep ingest` stores: GROUP_SIZE articles to a transaction. */
async function ingestGrouped(store: Store, batch: Item[]): Promise<void> {
  for (let i = 0; i < batch.length; i += GROUP_SIZE) await store.ingestMany(batch.slice(i, i + GROUP_SIZE));
}

/**
 * New articles stored one to a transaction and GROUP_SIZE to a transaction, in alternate chunks so that
 * both see the same store sizes and the same load: articles/s of each.
 */
async function ingestRates(store: Store, batch: Item[]): Promise<{ single: number; grouped: number }> {
  const ms = { single: 0, grouped: 0 };
  for (let i = 0; i < batch.length; i += 2 * CHUNK) {
    ms.single += await millis(() => ingestAll(store, batch.slice(i, i + CHUNK)));
    ms.grouped += await millis(() => ingestGrouped(store, batch.slice(i + CHUNK, i + 2 * CHUNK)));
  }
  const half = batch.length / 2;
  return { single: (half / ms.single) * 1000, grouped: (half / ms.grouped) * 1000 };
}

async function measure(name: string, options: OpenStoreOptions, batch: Item[]): Promise<Row> {
  const store = await openStore(options);
  try {
    const rates = await ingestRates(store, batch);
    const unchangedMs = await millis(() => ingestAll(store, batch));
    const readAllMs = await millis(() => store.articles());
    const searchMs = await millis(async () => {
      for (let round = 0; round < SEARCH_ROUNDS; round++)
        for (const query of QUERIES) await store.search(query);
    });
    const checkMs = await millis(() => store.check());
    return {
      store: name,
      ingestPerSecond: rates.single,
      groupedPerSecond: rates.grouped,
      unchangedPerSecond: (batch.length / unchangedMs) * 1000,
      readAllMs,
      searchMs: searchMs / (SEARCH_ROUNDS * QUERIES.length),
      checkMs,
    };
  } finally {
    await store.close();
  }
}

async function measureSqlite(batch: Item[]): Promise<Row> {
  const home = mkdtempSync(join(tmpdir(), "sitrep-bench-"));
  try {
    return await measure("SQLite (WAL, FTS5)", { home }, batch);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function measurePostgres(batch: Item[]): Promise<Row | null> {
  const schema = `sitrep_bench_${process.pid}_${randomBytes(4).toString("hex")}`;
  try {
    return await measure("PostgreSQL (tsvector, GIN)", { databaseUrl: DATABASE_URL, schema }, batch);
  } catch (e) {
    console.warn(`PostgreSQL not measured: ${(e as Error).message}`);
    return null;
  } finally {
    await adminQuery(`drop schema if exists ${schema} cascade`).catch(() => {});
  }
}

function table(rows: Row[], batch: Item[]): string {
  const bytes = batch.reduce((sum, item) => sum + JSON.stringify(item.analysis).length, 0) / batch.length;
  const lines = [
    `${batch.length} articles, analysis JSON ${Math.round(bytes / 1024)} KiB on average; search: mean of ${SEARCH_ROUNDS}x${QUERIES.length} queries, limit 20`,
    "",
    `| store | ingest, one a transaction (articles/s) | ingest, ${GROUP_SIZE} a transaction (articles/s) | re-ingest, unchanged (articles/s) | read all (ms) | search (ms) | check (ms) |`,
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map(
      (r) =>
        `| ${r.store} | ${r.ingestPerSecond.toFixed(0)} | ${r.groupedPerSecond.toFixed(0)} | ${r.unchangedPerSecond.toFixed(0)} | ${r.readAllMs.toFixed(0)} | ${r.searchMs.toFixed(2)} | ${r.checkMs.toFixed(0)} |`,
    ),
  ];
  return lines.join("\n");
}

const batch = items(await sampleAnalyses(), ARTICLES);
const rows = [await measureSqlite(batch), await measurePostgres(batch)].filter((row) => row !== null);
console.log(table(rows, batch));
