// Works every queue of lib/jobs/definitions.ts: creates the queues with their
// retry policy (idempotent), registers the handlers of lib/jobs/handlers.ts
// and the schedules. The one module that loads the handlers.
import type PgBoss from "pg-boss";
import { jobBoss, queuePolicy, type PolicyOverrides } from "@/lib/jobs/boss";
import { jobDefinitions, jobNames } from "@/lib/jobs/definitions";
import { runJob } from "@/lib/jobs/handlers";
import { log } from "@/lib/log";

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}

export interface WorkerOptions extends PolicyOverrides {
  /** Seconds between polls when a queue is empty. */
  pollingIntervalSeconds?: number;
}

export async function startWorker(options: WorkerOptions = {}): Promise<PgBoss> {
  const boss = await jobBoss();
  for (const name of jobNames) {
    const definition = jobDefinitions[name];
    // The definitions may have changed since the queue was created: bring its policy in line.
    await boss.updateQueue(name, queuePolicy(name, options));
    await boss.work<object>(name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async (jobs) => {
      for (const job of jobs) {
        try {
          await runJob(name, job.data);
        } catch (error) {
          log.warn("job failed; pg-boss retries it", { queue: name, jobId: job.id, error });
          // pg-boss keeps the message for the jobs page: include what caused it (e.g. the SMTP answer).
          throw new Error(describe(error));
        }
      }
    });
    if (definition.cron) await boss.schedule(name, definition.cron, {}, { tz: "Europe/Warsaw" });
  }
  log.info("job worker started", { queues: jobNames });
  return boss;
}
