// A worker thread of AnalysisPool: loads the knowledge base once, then analyses each document sent
// and sends the analysis back without its segmentation, the bulk of it (the pool segments again).
import { parentPort, workerData } from "node:worker_threads";
import type { SourceDocument } from "../acquire/types.js";
import { loadKnowledge } from "../knowledge/index.js";
import { analyzeDocument } from "./document.js";
import { withoutSegmentation } from "./portable.js";

const kb = loadKnowledge((workerData as { knowledgeDir: string }).knowledgeDir);

parentPort?.on("message", ({ id, doc }: { id: number; doc: SourceDocument }) => {
  try {
    parentPort?.postMessage({ id, analysis: withoutSegmentation(analyzeDocument(doc, kb)) });
  } catch (e) {
    parentPort?.postMessage({ id, error: (e as Error).message });
  }
});
