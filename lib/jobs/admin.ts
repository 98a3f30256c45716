// What administrators see of the job system: counts per queue and state, and
// the jobs that failed after all their retries (the dead letters), which they
// can put back on the queue.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { jobBoss } from "@/lib/jobs/boss";
import { jobNames, type JobName } from "@/lib/jobs/definitions";

const states = ["created", "retry", "active", "completed", "cancelled", "failed"] as const;
export type JobState = (typeof states)[number];

export async function queueCounts(): Promise<{ queue: JobName; counts: Record<JobState, number> }[]> {
  await jobBoss(); // creates the schema on a database that never ran a job
  const rows = await db().$queryRaw<{ name: string; state: JobState; count: bigint }[]>`
    SELECT name, state::text AS state, count(*) AS count FROM pgboss.job GROUP BY name, state`;
  return jobNames.map((queue) => ({
    queue,
    counts: Object.fromEntries(
      states.map((state) => [state, Number(rows.find((r) => r.name === queue && r.state === state)?.count ?? 0)]),
    ) as Record<JobState, number>,
  }));
}

export async function failedJobs(limit = 100) {
  await jobBoss();
  const rows = await db().$queryRaw<
    { id: string; name: string; retry_count: number; created_on: Date; completed_on: Date | null; output: unknown }[]
  >`
    SELECT id::text AS id, name, retry_count, created_on, completed_on, output FROM pgboss.job
    WHERE state = 'failed' ORDER BY completed_on DESC NULLS LAST LIMIT ${limit}`;
  const isJobName = (name: string): name is JobName => (jobNames as string[]).includes(name);
  return rows
    .flatMap((row) => (isJobName(row.name) ? [{ ...row, name: row.name }] : []))
    .map((row) => ({
      id: row.id,
      queue: row.name,
      attempts: row.retry_count + 1,
      createdOn: row.created_on,
      failedOn: row.completed_on,
      // pg-boss stores the thrown error as output; only its message is shown.
      error:
        typeof row.output === "object" && row.output !== null && "message" in row.output
          ? String((row.output as { message: unknown }).message).slice(0, 300)
          : "",
    }));
}

export const retryJobSchema = z.object({ queue: z.enum(jobNames), jobId: z.uuid() });

/** Puts a failed job back on its queue for one more attempt. */
export async function retryFailedJob(queue: JobName, jobId: string): Promise<void> {
  const boss = await jobBoss();
  const job = await boss.getJobById(queue, jobId);
  if (!job) throw new AppError("NOT_FOUND", `job ${jobId}`);
  if (job.state !== "failed") throw new AppError("CONFLICT", "only failed jobs are retried");
  await boss.retry(queue, jobId);
}
