// The ingest job queue: pg-boss in its own schema of the PostgreSQL database that holds the store,
// so many workers on many machines coordinate through that server and no other broker.
import PgBoss from "pg-boss";
import { reasonOf, StoreError } from "../store/errors.js";

export const INGEST_QUEUE = "sitrep-ingest";

const DEFAULT_SCHEMA = "sitrep_queue";
/**
 * How long a worker may hold a job before it counts as dead and the job is retried. Far above one
 * article's analysis (HTML extraction has its own deadline), short enough that a lost job comes back
 * within minutes.
 */
const DEFAULT_EXPIRE_SECONDS = 300;
/** pg-boss's own maintenance interval; expired jobs are found by that maintenance. */
const DEFAULT_MAINTENANCE_SECONDS = 120;
/** Attempts after the first: a dead worker's job and a transient database error both come back. */
const RETRY_LIMIT = 3;

export interface QueueSettings {
  /** The PostgreSQL schema of pg-boss's tables (SITREP_QUEUE_SCHEMA). */
  schema: string;
  /**
   * Seconds a job may stay active before it is retried (SITREP_JOB_EXPIRE_SECONDS). Each job keeps
   * the value it was enqueued with; a worker also runs maintenance at least this often.
   */
  expireSeconds: number;
}

export function queueSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): QueueSettings {
  return {
    schema: env.SITREP_QUEUE_SCHEMA || DEFAULT_SCHEMA,
    expireSeconds: wholeSeconds(
      "SITREP_JOB_EXPIRE_SECONDS",
      env.SITREP_JOB_EXPIRE_SECONDS,
      DEFAULT_EXPIRE_SECONDS,
    ),
  };
}

function wholeSeconds(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 1) {
    throw new StoreError(
      "bad_options",
      `${name}=${JSON.stringify(value)}: expected a whole number of seconds, 1 or more`,
    );
  }
  return seconds;
}

/** A started pg-boss whose ingest queue exists (creating either is idempotent and safe to race). */
export async function openQueue(databaseUrl: string, settings: QueueSettings): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    application_name: "sitrep-queue",
    schema: settings.schema,
    schedule: false,
    // Maintenance is what turns an expired job back into a retry, so it runs at least that often.
    maintenanceIntervalSeconds: Math.min(settings.expireSeconds, DEFAULT_MAINTENANCE_SECONDS),
  });
  boss.on("error", (e) => process.stderr.write(`sitrep: job queue: ${reasonOf(e)}\n`));
  try {
    await boss.start();
    await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, retryLimit: RETRY_LIMIT });
  } catch (e) {
    await boss.stop({ graceful: false }).catch(() => {});
    throw new StoreError(
      "connect_failed",
      `cannot open the job queue in schema ${settings.schema}: ${reasonOf(e)}`,
      {
        cause: e,
      },
    );
  }
  return boss;
}
