"use server";

import { retryFailedJob, retryJobSchema } from "@/lib/jobs/admin";
import { recordAuditEvent } from "@/lib/audit/record";
import { signedInClient } from "@/lib/safe-action";

export const retryJobAction = signedInClient
  .metadata({ name: "retryJob", permission: "jobs.manage" })
  .inputSchema(retryJobSchema)
  .action(async ({ parsedInput, ctx }) => {
    await retryFailedJob(parsedInput.queue, parsedInput.jobId);
    await recordAuditEvent({
      action: "admin.job_retried",
      actorUserId: ctx.actor.id,
      subjectType: "Job",
      subjectId: parsedInput.jobId,
      ipAddress: ctx.meta.ip,
      details: { queue: parsedInput.queue },
    });
    return { queued: true };
  });
