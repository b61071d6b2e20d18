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
