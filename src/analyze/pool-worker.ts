// A worker thread of AnalysisPool: loads the knowledge base once, then analyses each document sent
// and sends it back as a parcel: the article, and the rest as JSON without the segmentation.
import { parentPort, workerData } from "node:worker_threads";
import type { SourceDocument } from "../acquire/types.js";
import { loadKnowledge } from "../knowledge/index.js";
import { analyzeDocument } from "./document.js";
import { toParcel } from "./portable.js";

const kb = loadKnowledge((workerData as { knowledgeDir: string }).knowledgeDir);

parentPort?.on("message", ({ id, doc }: { id: number; doc: SourceDocument }) => {
  try {
    parentPort?.postMessage({ id, parcel: toParcel(analyzeDocument(doc, kb)) });
  } catch (e) {
    parentPort?.postMessage({ id, error: (e as Error).message });
  }
});
