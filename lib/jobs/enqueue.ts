// Putting work on a queue. The request that enqueues returns at once; the
// worker does the work, with the queue's retries.
import { jobBoss } from "@/lib/jobs/boss";
import type { JobData, JobName } from "@/lib/jobs/definitions";
import type { OutgoingMail } from "@/lib/mail/transport";

export async function enqueue<Name extends JobName>(name: Name, data: JobData<Name>): Promise<string | null> {
  const boss = await jobBoss();
  return boss.send(name, data as object);
}

/** Sends an e-mail through the mail queue: retried when SMTP refuses or times out. */
export async function queueMail(mail: OutgoingMail): Promise<void> {
  await enqueue("mail-send", mail);
}
