// The loop every batch command shares: read the inputs, report each bad one, hand each document to
// the command, and turn a failure on one document into a problem naming it, so the batch goes on.
import { type AcquireOptions, readInputs } from "./index.js";
import type { InputProblem, SourceDocument } from "./types.js";

export interface BatchOptions extends AcquireOptions {
  onProblem?: (p: InputProblem) => void;
  /** When aborted, the batch stops before the next document; what was done stays done. */
  signal?: AbortSignal;
}

export interface BatchOutcome {
  problems: InputProblem[];
  /** True when the signal stopped the batch before its end. */
  stopped: boolean;
}

/**
 * What a command does with each document: `start` may run ahead on up to `ahead` documents (work
 * on worker threads); `finish` runs strictly in input order, so what the batch writes or collects
 * does not depend on which thread was faster.
 */
export interface DocumentHandler<T> {
  start(doc: SourceDocument): T | Promise<T>;
  finish?(result: T, doc: SourceDocument): unknown;
  ahead?: number;
  describeFailure?(e: Error): string;
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: Error };

interface InFlight<T> {
  doc: SourceDocument;
  /** Settled, never rejected: a failure waits in the window without being an unhandled rejection. */
  result: Promise<Settled<T>>;
}

export async function forEachDocument<T>(
  inputs: readonly string[],
  options: BatchOptions,
  handler: DocumentHandler<T>,
): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { problems: [], stopped: false };
  const report = (p: InputProblem) => {
    outcome.problems.push(p);
    options.onProblem?.(p);
  };
  const failure = (doc: SourceDocument, e: Error) =>
    report({ input: doc.source, message: handler.describeFailure?.(e) ?? e.message });
  const window: InFlight<T>[] = [];
  const settleOldest = async () => {
    const { doc, result } = window.shift() as InFlight<T>;
    const settled = await result;
    if (!settled.ok) return failure(doc, settled.error);
    try {
      await handler.finish?.(settled.value, doc);
    } catch (e) {
      failure(doc, e as Error);
    }
  };
  const ahead = Math.max(1, handler.ahead ?? 1);
  for await (const item of readInputs(inputs, options)) {
    if (options.signal && (await abortedAfterPendingEvents(options.signal))) {
      outcome.stopped = true;
      break;
    }
    if (item.kind === "problem") {
      while (window.length) await settleOldest(); // problems are told in input order too
      report(item.problem);
      continue;
    }
    while (window.length >= ahead) await settleOldest();
    window.push({ doc: item.document, result: startSettled(handler, item.document) });
    if (ahead === 1) await settleOldest();
  }
  while (window.length) await settleOldest();
  return outcome;
}

function startSettled<T>(handler: DocumentHandler<T>, doc: SourceDocument): Promise<Settled<T>> {
  return Promise.resolve()
    .then(() => handler.start(doc))
    .then(
      (value): Settled<T> => ({ ok: true, value }),
      (error: Error): Settled<T> => ({ ok: false, error }),
    );
}

/**
 * Lets pending events (a signal handler) run first: reading and storing can go on for many
 * articles on promise callbacks alone, and a signal's handler only runs once the loop turns.
 */
async function abortedAfterPendingEvents(signal: AbortSignal): Promise<boolean> {
  await new Promise((resolve) => setImmediate(resolve));
  return signal.aborted;
}
