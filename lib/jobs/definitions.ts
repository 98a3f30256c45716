// Every queue of the platform, with its retry policy and handler. Modules add
// their jobs here; `enqueue` only accepts these names.
import { sendMail, type OutgoingMail } from "@/lib/mail/transport";
import { pruneExpiredRecords } from "@/lib/jobs/maintenance";

export interface JobDefinition<Data> {
  /** What administrators see on the jobs page (a key under `adminJobs.queues`). */
  name: string;
  retryLimit: number;
  /** Seconds before the first retry; doubled for each next one (backoff). */
  retryDelay: number;
  expireInSeconds: number;
  /** Cron (Europe/Warsaw) for scheduled jobs. */
  cron?: string;
  handler: (data: Data) => Promise<void>;
}

function define<Data>(definition: JobDefinition<Data>): JobDefinition<Data> {
  return definition;
}

export const jobDefinitions = {
  /** Outgoing e-mail, so that a slow or refusing SMTP server never holds up a request. */
  "mail-send": define<OutgoingMail>({ name: "mail-send", retryLimit: 6, retryDelay: 30, expireInSeconds: 120, handler: sendMail }),
  /** Nightly clean-up of rows whose purpose has passed. */
  "maintenance-prune": define<Record<string, never>>({
    name: "maintenance-prune",
    retryLimit: 2,
    retryDelay: 300,
    expireInSeconds: 600,
    cron: "30 3 * * *",
    handler: async () => {
      await pruneExpiredRecords();
    },
  }),
} as const;

export type JobName = keyof typeof jobDefinitions;
export const jobNames = Object.keys(jobDefinitions) as JobName[];
export type JobData<Name extends JobName> = Parameters<(typeof jobDefinitions)[Name]["handler"]>[0];
