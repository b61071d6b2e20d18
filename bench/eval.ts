// npm run eval [-- NAME ...]: analyses each benchmark present (the development set under
// ../shared/corpus/seeds and the public sets under ../shared/external) and prints one table,
// benchmark x metric, graded by the shared scorers. Writes the documents to bench/out/
// (or SITREP_EVAL_OUT).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { analyzeCorpus } from "../src/analyze/corpus.js";
import { loadKnowledge } from "../src/knowledge/index.js";

const SHARED = resolve(process.env.SITREP_SHARED ?? join(import.meta.dirname, "..", "..", "shared"));
// SITREP_EVAL_OUT lets runs side by side keep their documents apart.
const OUT = resolve(process.env.SITREP_EVAL_OUT ?? join(import.meta.dirname, "out"));

interface Benchmark {
  name: string;
  inputs: string[];
  scorer: "score" | "aeb";
  truth: string;
}

function benchmarks(): Benchmark[] {
  const ext = (name: string, input: string): Benchmark => ({
    name,
    inputs: [join(SHARED, "external", name, input)],
    scorer: "score",
    truth: join(SHARED, "external", name, "gold.json"),
  });
  return [
    {
      name: "seeds",
      inputs: [join(SHARED, "corpus", "seeds")],
      scorer: "score",
      truth: join(SHARED, "eval", "seeds.gold.json"),
    },
    ext("te3-platinum", "input/articles.jsonl"),
    ext("re3d", "input/articles.jsonl"),
    ext("polnear-test", "input/articles.jsonl"),
    ext("basil", "input/articles.jsonl"),
    ext("plover-gsr", "input/records.jsonl"),
    ext("plv-test", "input/records.jsonl"),
    {
      name: "aeb",
      inputs: [join(SHARED, "external", "aeb", "input.jsonl")],
      scorer: "aeb",
      truth: join(SHARED, "external", "aeb", "ground-truth.json"),
    },
  ];
}

async function runOne(b: Benchmark): Promise<Record<string, number | null>> {
  const kb = loadKnowledge();
  const started = performance.now();
  const { document, problems } = await analyzeCorpus(b.inputs, kb);
  const seconds = (performance.now() - started) / 1000;
  const out = join(OUT, `${b.name}.json`);
  writeFileSync(out, JSON.stringify(document));
  const script = join(SHARED, "eval", b.scorer === "aeb" ? "aeb-score.mjs" : "score.mjs");
  const args =
    b.scorer === "aeb"
      ? ["--truth", b.truth, "--output", out, "--json"]
      : ["--gold", b.truth, "--output", out, "--json"];
  let raw: string;
  try {
    raw = execFileSync(process.execPath, [script, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
  } catch (e) {
    raw = (e as { stdout?: string }).stdout ?? "{}";
  }
  const parsed = JSON.parse(raw) as { metrics?: Record<string, number | null>; problems?: string[] } & Record<
    string,
    unknown
  >;
  for (const p of parsed.problems ?? []) console.error(`${b.name}: ${p}`);
  if (problems.length)
    console.error(`${b.name}: ${problems.length} input problem(s), first: ${problems[0].message}`);
  const metrics = (parsed.metrics ?? parsed) as Record<string, number | null>;
  return {
    ...metrics,
    "run.articles": document.articles.length,
    "run.seconds": Math.round(seconds * 100) / 100,
  };
}

async function main() {
  const wanted = process.argv.slice(2);
  if (!existsSync(SHARED)) {
    console.log(
      `eval skipped: ${SHARED} is absent (the shared benchmarks ship beside the repository in CI only)`,
    );
    return;
  }
  mkdirSync(OUT, { recursive: true });
  const selected = benchmarks().filter((b) => (wanted.length ? wanted.includes(b.name) : true));
  const results: [string, Record<string, number | null>][] = [];
  for (const b of selected) {
    if (!b.inputs.every(existsSync)) continue;
    results.push([b.name, await runOne(b)]);
  }
  printTable(results);
}

function printTable(results: [string, Record<string, number | null>][]) {
  const metrics = [...new Set(results.flatMap(([, m]) => Object.keys(m)))].filter((k) =>
    results.some(([, m]) => typeof m[k] === "number"),
  );
  const header = ["metric", ...results.map(([n]) => n)];
  const rows = metrics.map((k) => [k, ...results.map(([, m]) => (m[k] == null ? "" : String(m[k])))]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  console.log(line(header));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const r of rows) console.log(line(r));
}

await main();
