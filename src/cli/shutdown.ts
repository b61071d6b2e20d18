// Graceful shutdown for long-running commands: the first SIGTERM or SIGINT asks the work to stop
// after the current article (nothing half-written, the store closed cleanly); a second one exits
// at once, which is still safe because every article is stored in its own transaction.
import { constants } from "node:os";
import { UserError } from "./errors.js";

const SHUTDOWN_SIGNALS = ["SIGTERM", "SIGINT"] as const;
type ShutdownSignal = (typeof SHUTDOWN_SIGNALS)[number];

export interface ShutdownListener {
  /** Aborted, with the signal's name as its reason, once a shutdown signal arrives. */
  readonly signal: AbortSignal;
  /** Stops listening; the process's default handling of the signals comes back. */
  dispose(): void;
}

/** The conventional exit code of a process ended by a signal: 128 + its number. */
export function signalExitCode(name: ShutdownSignal): number {
  return 128 + constants.signals[name];
}

export function listenForShutdown(): ShutdownListener {
  const controller = new AbortController();
  const onSignal = (name: ShutdownSignal) => {
    if (controller.signal.aborted) process.exit(signalExitCode(name));
    controller.abort(name);
  };
  for (const name of SHUTDOWN_SIGNALS) process.on(name, onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      for (const name of SHUTDOWN_SIGNALS) process.off(name, onSignal);
    },
  };
}

/** The one-line error a command ends with when a shutdown signal stopped it early. */
export function stoppedBySignal(signal: AbortSignal, done: string): UserError {
  const name = signal.reason as ShutdownSignal;
  return new UserError(
    `stopped by ${name} after ${done}; the store is consistent, run the same command again to go on`,
    signalExitCode(name),
  );
}
