import { loadKnowledge } from "../src/knowledge/index.js";
import { STAGES } from "../src/analyze/pipeline.js";
const kb = loadKnowledge();
for (const n of [10_000, 40_000, 80_000]) {
  const words = ["Corvan", "said", "the", "army", "warned", "Velmora", "on", "Monday", "that", "troops", "would", "attack", "and", "officials", "told", "reporters"];
  let text = ""; let i = 0; while (text.length < n) text += words[i++ % words.length] + " ";
  const article = { id: "x", source: "x", outlet: null, title: null, language: "en", published: null, text, removed: [] } as any;
  const products: any = {};
  const line: string[] = [];
  for (const s of STAGES) { const t = performance.now(); products[s.name] = s.run({ article, kb, ...products }); line.push(`${s.name} ${(performance.now() - t).toFixed(0)}ms`); }
  console.log(n, line.join(", "));
}
