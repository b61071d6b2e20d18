// The benchmarks in ../shared (the development set and the public sets under external/), how each
// is analysed and how the shared scorers grade it. Used by `npm run eval` and by the floor tests.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { analyzeCorpus } from "../src/analyze/corpus.js";
import { loadKnowledge } from "../src/knowledge/index.js";

export const SHARED = resolve(process.env.SITREP_SHARED ?? join(import.meta.dirname, "..", "..", "shared"));

export interface Benchmark {
  name: string;
  inputs: string[];
  scorer: "score" | "aeb";
  truth: string;
}

export type Metrics = Record<string, number | null>;

export function benchmarks(shared = SHARED): Benchmark[] {
  const ext = (name: string, input: string): Benchmark => ({
    name,
    inputs: [join(shared, "external", name, input)],
    scorer: "score",
    truth: join(shared, "external", name, "gold.json"),
  });
  return [
    {
      name: "seeds",
      inputs: [join(shared, "corpus", "seeds")],
      scorer: "score",
      truth: join(shared, "eval", "seeds.gold.json"),
    },
    ext("te3-platinum", "input/articles.jsonl"),
    ext("re3d", "input/articles.jsonl"),
    ext("polnear-test", "input/articles.jsonl"),
    ext("basil", "input/articles.jsonl"),
    ext("plover-gsr", "input/records.jsonl"),
    ext("plv-test", "input/records.jsonl"),
    {
      name: "aeb",
      inputs: [join(shared, "external", "aeb", "input.jsonl")],
      scorer: "aeb",
      truth: join(shared, "external", "aeb", "ground-truth.json"),
    },
  ];
}

export const isPresent = (b: Benchmark) => [...b.inputs, b.truth].every(existsSync);

/** Analyses a benchmark's inputs, writes the document to outDir and grades it with its scorer. */
export async function runBenchmark(b: Benchmark, outDir: string): Promise<Metrics> {
  const started = performance.now();
  const { document, problems } = await analyzeCorpus(b.inputs, loadKnowledge());
  const seconds = (performance.now() - started) / 1000;
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, `${b.name}.json`);
  writeFileSync(out, JSON.stringify(document));
  if (problems.length)
    console.error(`${b.name}: ${problems.length} input problem(s), first: ${problems[0].message}`);
  return {
    ...grade(b, out),
    "run.articles": document.articles.length,
    "run.seconds": Math.round(seconds * 100) / 100,
  };
}

function grade(b: Benchmark, output: string): Metrics {
  const script = join(SHARED, "eval", b.scorer === "aeb" ? "aeb-score.mjs" : "score.mjs");
  const args = [b.scorer === "aeb" ? "--truth" : "--gold", b.truth, "--output", output, "--json"];
  let raw: string;
  try {
    raw = execFileSync(process.execPath, [script, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
  } catch (e) {
    // the scorers exit non-zero when they find problems but still print their metrics
    raw = (e as { stdout?: string }).stdout ?? "{}";
  }
  const parsed = JSON.parse(raw) as { metrics?: Metrics; problems?: string[] } & Metrics;
  for (const p of parsed.problems ?? []) console.error(`${b.name}: ${p}`);
  const { problems: _problems, ...flat } = parsed;
  return (parsed.metrics ?? flat) as Metrics;
}
