// npm run eval [-- NAME ...]: analyses each benchmark present (the development set under
// ../shared/corpus/seeds and the public sets under ../shared/external) and prints one table,
// benchmark x metric, graded by the shared scorers. Writes the documents to bench/out/
// (or SITREP_EVAL_OUT).
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { benchmarks, isPresent, type Metrics, runBenchmark, SHARED } from "./benchmarks.js";

// SITREP_EVAL_OUT lets runs side by side keep their documents apart.
const OUT = resolve(process.env.SITREP_EVAL_OUT ?? join(import.meta.dirname, "out"));

async function main() {
  const wanted = process.argv.slice(2);
  if (!existsSync(SHARED)) {
    console.log(
      `eval skipped: ${SHARED} is absent (the shared benchmarks ship beside the repository in CI only)`,
    );
    return;
  }
  const selected = benchmarks().filter((b) => isPresent(b) && (!wanted.length || wanted.includes(b.name)));
  const results: [string, Metrics][] = [];
  for (const b of selected) results.push([b.name, await runBenchmark(b, OUT)]);
  printTable(results);
}

function printTable(results: [string, Metrics][]) {
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
