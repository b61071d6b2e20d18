// Heap tuning for the commands that link a whole store. Resuming a saved corpus index creates
// millions of small objects at once, which V8's default young generation (16 MB semi-spaces)
// copies again and again before they settle: with 64 MB, garbage collection took about half as
// long in a report of 1,000 stored articles (bench/report.ts). Analysis commands keep the default,
// which keeps their memory lower.
import { setFlagsFromString } from "node:v8";

const SEMI_SPACE_MB = 64;

export function preferLargeYoungGeneration(): void {
  setFlagsFromString(`--max-semi-space-size=${SEMI_SPACE_MB}`);
}

/**
 * For a streaming ingest, whose threads keep little alive (the knowledge base, the articles in
 * flight): V8 lets a heap grow to up to 4 times what the last full collection kept, so each
 * thread's heap grew to 2-5 times its live 30 MB. Growing by 30 % instead took the peak RSS of
 * `sitrep ingest --threads 2` over 20,000 articles from 550 to 326 MB at no measured CPU cost.
 * The flag is process-wide: set it before the worker threads start.
 */
const INGEST_HEAP_GROWING_PERCENT = 30;

export function preferCompactHeap(): void {
  setFlagsFromString(`--heap-growing-percent=${INGEST_HEAP_GROWING_PERCENT}`);
}
