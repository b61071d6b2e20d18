// npm run bench:stages: where one article's analysis spends its time. Runs the example corpus
// (BENCH_ROUNDS copies with new ids, default 3000) through cleaning and each pipeline stage on
// one thread and prints milliseconds per article per stage and the articles/s of the whole.
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

function timeStages(docs: SourceDocument[]): Map<string, number> {
  const kb = loadKnowledge();
  const spent = new Map<string, number>([
    ["clean", 0],
    ...STAGES.map((s) => [s.name, 0] as [string, number]),
  ]);
  const add = (name: string, since: number) =>
    spent.set(name, (spent.get(name) ?? 0) + performance.now() - since);
  for (const doc of docs) {
    let t = performance.now();
    const article = cleanDocument(doc, kb);
    add("clean", t);
    const products: Partial<Products> = {};
    for (const stage of STAGES) {
      t = performance.now();
      // biome-ignore lint/suspicious/noExplicitAny: the stages' order is checked by buildPipeline
      (products as any)[stage.name] = stage.run({ article, kb, ...products } as any);
      add(stage.name, t);
    }
  }
  return spent;
}

async function main() {
  const docs = await sampleDocuments();
  timeStages(docs.slice(0, 200)); // warm up
  const spent = timeStages(docs);
  const total = [...spent.values()].reduce((a, b) => a + b, 0);
  console.log("| stage | ms/article | share |\n| --- | --- | --- |");
  for (const [name, ms] of spent)
    console.log(`| ${name} | ${(ms / docs.length).toFixed(3)} | ${((ms / total) * 100).toFixed(1)}% |`);
  console.log(
    `| all | ${(total / docs.length).toFixed(3)} | ${Math.round(docs.length / (total / 1000))} articles/s |`,
  );
}

await main();
