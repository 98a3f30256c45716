// The worker inside the app process (the embedded default). A failure to
// start is logged, not fatal: pages keep working, and jobs wait in their
// queues for the next start or a separate worker.
import { env } from "@/lib/env";
import { startWorker } from "@/lib/jobs/worker";
import { log } from "@/lib/log";

export async function startInAppWorker(): Promise<void> {
  if (env().JOBS_WORKER !== "in-app") return;
  try {
    await startWorker({ pollingIntervalSeconds: 1 });
  } catch (error) {
    log.error("job worker did not start", { error });
  }
}
