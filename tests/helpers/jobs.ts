import { jobBoss } from "@/lib/jobs/boss";
import type { JobName } from "@/lib/jobs/definitions";
import { runJob } from "@/lib/jobs/handlers";

/**
 * Runs the queue's waiting jobs now, in the test, with the real handlers:
 * what the worker would do a moment later. Returns how many ran.
 */
export async function drainQueue(name: JobName): Promise<number> {
  const boss = await jobBoss();
  let ran = 0;
  for (;;) {
    const jobs = await boss.fetch<object>(name);
    if (jobs.length === 0) return ran;
    for (const job of jobs) {
      await runJob(name, job.data);
      await boss.complete(name, job.id);
      ran += 1;
    }
  }
}
