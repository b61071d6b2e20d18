// npm run bench:stages: where one article's analysis spends its time. Runs the example corpus
// (BENCH_ROUNDS copies with new ids, default 3000) through cleaning and each pipeline stage on
// one thread and prints milliseconds per article per stage, as wall-clock time and as CPU time
// (process.cpuUsage: steadier than the wall clock when other processes load the machine), and the
// articles/s of the whole.
import { join } from "node:path";
import { readInputs } from "../src/acquire/index.js";
import type { SourceDocument } from "../src/acquire/types.js";
import { type Products, STAGES } from "../src/analyze/pipeline.js";
import { cleanDocument } from "../src/clean/index.js";
import { loadKnowledge } from "../src/knowledge/index.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3000);
const EXAMPLES = join(import.meta.dirname, "..", "examples", "corpus");

async function sampleDocuments(): Promise<SourceDocument[]> {
  const sample: SourceDocument[] = [];
  for await (const item of readInputs([EXAMPLES])) if (item.kind === "document") sample.push(item.document);
  return Array.from({ length: ROUNDS }, (_, i) => ({ ...sample[i % sample.length], id: `bench-${i}` }));
}

/** Milliseconds spent, as wall-clock time and as CPU time. */
interface Spent {
  wall: number;
  cpu: number;
}

function timeStages(docs: SourceDocument[]): Map<string, Spent> {
  const kb = loadKnowledge();
  const spent = new Map<string, Spent>(
    ["clean", ...STAGES.map((s) => s.name)].map((n) => [n, { wall: 0, cpu: 0 }]),
  );
  const timed = <T>(name: string, work: () => T): T => {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    const result = work();
    const used = process.cpuUsage(cpu);
    const total = spent.get(name)!;
    total.wall += performance.now() - wall;
    total.cpu += (used.user + used.system) / 1000;
    return result;
  };
  for (const doc of docs) {
    const article = timed("clean", () => cleanDocument(doc, kb));
    const products: Partial<Products> = {};
    for (const stage of STAGES) {
      // biome-ignore lint/suspicious/noExplicitAny: the stages' order is checked by buildPipeline
      (products as any)[stage.name] = timed(stage.name, () => stage.run({ article, kb, ...products } as any));
    }
  }
  return spent;
}

async function main() {
  const docs = await sampleDocuments();
  timeStages(docs.slice(0, 200)); // warm up
  const spent = timeStages(docs);
  const wall = [...spent.values()].reduce((a, b) => a + b.wall, 0);
  const cpu = [...spent.values()].reduce((a, b) => a + b.cpu, 0);
  const perArticle = (ms: number) => (ms / docs.length).toFixed(3);
  console.log("| stage | ms/article | CPU ms/article | share of CPU |\n| --- | --- | --- | --- |");
  for (const [name, ms] of spent)
    console.log(
      `| ${name} | ${perArticle(ms.wall)} | ${perArticle(ms.cpu)} | ${((ms.cpu / cpu) * 100).toFixed(1)}% |`,
    );
  const rate = (ms: number) => Math.round(docs.length / (ms / 1000));
  console.log(
    `| all | ${perArticle(wall)} | ${perArticle(cpu)} | ${rate(wall)} articles/s, ${rate(cpu)} per CPU second |`,
  );
}

await main();
