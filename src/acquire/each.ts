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

export async function forEachDocument(
  inputs: readonly string[],
  options: BatchOptions,
  handle: (doc: SourceDocument) => unknown,
  describeFailure: (e: Error) => string = (e) => e.message,
): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { problems: [], stopped: false };
  const report = (p: InputProblem) => {
    outcome.problems.push(p);
    options.onProblem?.(p);
  };
  for await (const item of readInputs(inputs, options)) {
    if (options.signal && (await abortedAfterPendingEvents(options.signal))) {
      outcome.stopped = true;
      break;
    }
    if (item.kind === "problem") {
      report(item.problem);
      continue;
    }
    try {
      await handle(item.document);
    } catch (e) {
      report({ input: item.document.source, message: describeFailure(e as Error) });
    }
  }
  return outcome;
}

/**
 * Lets pending events (a signal handler) run first: reading and storing can go on for many
 * articles on promise callbacks alone, and a signal's handler only runs once the loop turns.
 */
async function abortedAfterPendingEvents(signal: AbortSignal): Promise<boolean> {
  await new Promise((resolve) => setImmediate(resolve));
  return signal.aborted;
}
