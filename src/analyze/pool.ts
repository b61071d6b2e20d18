// Per-article analysis on worker threads. The analysis is a pure function of (document, knowledge
// base), so each thread loads the knowledge base once and analyses whatever it is sent; results
// come back by message and the caller keeps them in input order, so output stays deterministic.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { SourceDocument } from "../acquire/types.js";
import { fromParcel, type Parcel } from "./portable.js";
import type { ArticleAnalysis } from "./types.js";

export type AnalyzeFn = (doc: SourceDocument) => Promise<ArticleAnalysis>;

interface Pending {
  resolve: (analysis: ArticleAnalysis) => void;
  reject: (e: Error) => void;
}

type Reply = { id: number; parcel: Parcel } | { id: number; error: string };

/**
 * A thread running pool-worker beside this module. From dist it is plain JavaScript; from src (tests
 * and development under tsx) the thread must first register tsx itself, because loader hooks
 * registered in the main thread do not reach worker threads on Node 20.
 */
function startWorker(workerData: unknown): Worker {
  if (!import.meta.url.endsWith(".ts"))
    return new Worker(new URL("./pool-worker.js", import.meta.url), { workerData });
  const script = JSON.stringify(new URL("./pool-worker.ts", import.meta.url).href);
  const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${script}); });`;
  return new Worker(boot, { eval: true, workerData });
}

export class AnalysisPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(
    readonly size: number,
    knowledgeDir: string,
  ) {
    this.workers = Array.from({ length: size }, () => this.spawn(knowledgeDir));
  }

  analyze: AnalyzeFn = (doc) =>
    new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      this.workers[id % this.workers.length].postMessage({ id, doc });
    });

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private spawn(knowledgeDir: string): Worker {
    const worker = startWorker({ knowledgeDir });
    worker.on("message", (reply: Reply) => this.settle(reply));
    worker.on("error", (e) => this.failAll(e));
    return worker;
  }

  private settle(reply: Reply): void {
    const pending = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if ("error" in reply) pending?.reject(new Error(reply.error));
    else pending?.resolve(fromParcel(reply.parcel));
  }

  private failAll(e: Error): void {
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }
}

/** Threads to use: SITREP_THREADS when set, else 1 (set it to the number of cores for large batches). */
export function configuredThreads(value = process.env.SITREP_THREADS): number {
  if (value === undefined || value === "") return 1;
  if (value === "auto") return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`SITREP_THREADS=${value}: expected a whole number ≥ 1 or "auto"`);
  return n;
}
