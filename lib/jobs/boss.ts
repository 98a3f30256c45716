// Background jobs on pg-boss, in the platform's own PostgreSQL (schema
// "pgboss"). One instance per process: the app enqueues through it, and the
// worker (inside the app by default, or `npm run worker` on its own) also
// works the queues. Nothing else talks to pg-boss.
import PgBoss from "pg-boss";
import { JOB_POOL_CONNECTIONS } from "@/lib/db/connection-budget";
import { jobDefinitions, jobNames, type JobName } from "@/lib/jobs/definitions";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

let boss: Promise<PgBoss> | null = null;

export interface PolicyOverrides {
  retryDelaySeconds?: number;
  retryLimit?: number;
}

/** A queue's retry policy: exponential backoff from its first delay. */
export function queuePolicy(name: JobName, overrides: PolicyOverrides = {}): PgBoss.Queue {
  const definition = jobDefinitions[name];
  return {
    name,
    retryLimit: overrides.retryLimit ?? definition.retryLimit,
    retryDelay: overrides.retryDelaySeconds ?? definition.retryDelay,
    retryBackoff: true,
    expireInSeconds: definition.expireInSeconds,
  };
}

/** The started pg-boss instance of this process, with every queue created (pg-boss refuses jobs for unknown queues). */
export function jobBoss(): Promise<PgBoss> {
  boss ??= (async () => {
    const instance = new PgBoss({
      connectionString: env().DATABASE_URL,
      schema: "pgboss",
      application_name: "ngo-platform-jobs",
      max: JOB_POOL_CONNECTIONS,
    });
    instance.on("error", (error) => log.error("job system error", { error }));
    await instance.start();
    for (const name of jobNames) {
      if (!(await instance.getQueue(name))) await instance.createQueue(name, queuePolicy(name));
    }
    return instance;
  })().catch((error: unknown) => {
    boss = null;
    throw error;
  });
  return boss;
}

export async function stopJobBoss(): Promise<void> {
  if (!boss) return;
  const instance = await boss.catch(() => null);
  boss = null;
  await instance?.stop({ graceful: true, wait: true, timeout: 10_000 });
}
