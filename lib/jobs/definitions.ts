// Every queue of the platform, with its retry policy and handler. Modules add
// their jobs here; `enqueue` only accepts these names.
import { sendMail, type OutgoingMail } from "@/lib/mail/transport";
import { pruneExpiredRecords } from "@/lib/jobs/maintenance";
import { advanceConsultations } from "@/lib/consultations/mutations";
import { advanceElections } from "@/lib/elections/advance";
import { generateReport } from "@/lib/consultations/report/mutations";
import { refreshVerifiedFromKrs } from "@/lib/krs/import";
import { runImport } from "@/lib/organisations/bulk-import/service";
import { sendDigests, sendImmediateNotificationEmails } from "@/lib/notifications/email";
import { fanOutPendingNotifications } from "@/lib/notifications/fanout";
import { announceDueArticles } from "@/lib/news/mutations";
import { extractPendingTexts, extractVersionText } from "@/lib/library/extraction";
import { publicDataChanged } from "@/lib/cache/public-data";

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
  "mail-send": define<OutgoingMail>({
    name: "mail-send",
    retryLimit: 6,
    retryDelay: 30,
    expireInSeconds: 120,
    handler: sendMail,
  }),
  /** Fan-out of notification events to their recipients; also every minute, to catch any event whose job was not queued. */
  "notifications-fanout": define<Record<string, never>>({
    name: "notifications-fanout",
    retryLimit: 5,
    retryDelay: 10,
    expireInSeconds: 900,
    cron: "* * * * *",
    handler: async () => {
      await fanOutPendingNotifications();
      await sendImmediateNotificationEmails();
    },
  }),
  /** The daily digest of notifications, grouped by item (7:00). */
  "notifications-digest-daily": define<Record<string, never>>({
    name: "notifications-digest-daily",
    retryLimit: 3,
    retryDelay: 300,
    expireInSeconds: 3600,
    cron: "0 7 * * *",
    handler: async () => {
      await sendDigests("DAILY");
    },
  }),
  /** The weekly digest (Mondays, 7:00). */
  "notifications-digest-weekly": define<Record<string, never>>({
    name: "notifications-digest-weekly",
    retryLimit: 3,
    retryDelay: 300,
    expireInSeconds: 3600,
    cron: "0 7 * * 1",
    handler: async () => {
      await sendDigests("WEEKLY");
    },
  }),
  /** Nightly refresh of verified organisations from KRS, gently (about one request a second). */
  "krs-refresh": define<Record<string, never>>({
    name: "krs-refresh",
    retryLimit: 1,
    retryDelay: 3600,
    expireInSeconds: 3 * 3600,
    cron: "15 2 * * *",
    handler: async () => {
      await refreshVerifiedFromKrs();
    },
  }),
  /** An administrator's spreadsheet of organisations, written in batches; a retry resumes after the last saved batch. */
  "organisations-import": define<{ importId: string }>({
    name: "organisations-import",
    retryLimit: 2,
    retryDelay: 60,
    expireInSeconds: 3600,
    handler: async ({ importId }) => {
      await runImport(importId);
    },
  }),
  /** Consultations whose start or end has come take their status, every minute (remarks follow the clock regardless). */
  "consultations-lifecycle": define<Record<string, never>>({
    name: "consultations-lifecycle",
    retryLimit: 2,
    retryDelay: 30,
    expireInSeconds: 300,
    cron: "* * * * *",
    handler: async () => {
      await advanceConsultations();
    },
  }),
  /** Elections whose phase has begun: the people concerned are told, every minute. */
  "elections-lifecycle": define<Record<string, never>>({
    name: "elections-lifecycle",
    retryLimit: 2,
    retryDelay: 30,
    expireInSeconds: 300,
    cron: "* * * * *",
    handler: async () => {
      await advanceElections();
    },
  }),
  /** Scheduled news whose time has come: followers are told, and cached pages show them (every minute). */
  "news-announce": define<Record<string, never>>({
    name: "news-announce",
    retryLimit: 2,
    retryDelay: 30,
    expireInSeconds: 300,
    cron: "* * * * *",
    handler: async () => {
      if ((await announceDueArticles()) > 0) publicDataChanged();
    },
  }),
  /** The text of a library version, read out of its PDF, DOCX or ODT for the search. */
  "library-text": define<{ versionId: string }>({
    name: "library-text",
    retryLimit: 2,
    retryDelay: 60,
    expireInSeconds: 300,
    handler: async ({ versionId }) => {
      if (await extractVersionText(versionId)) publicDataChanged();
    },
  }),
  /** Versions whose text job was lost are read hourly. */
  "library-text-sweep": define<Record<string, never>>({
    name: "library-text-sweep",
    retryLimit: 1,
    retryDelay: 300,
    expireInSeconds: 1800,
    cron: "40 * * * *",
    handler: async () => {
      await extractPendingTexts();
    },
  }),
  /** A consultation report (PDF and DOCX) rendered from the record; 2,000 remarks take seconds, not a request's time. */
  "consultation-report": define<{ consultationId: string }>({
    name: "consultation-report",
    retryLimit: 2,
    retryDelay: 30,
    expireInSeconds: 600,
    handler: async ({ consultationId }) => {
      await generateReport(consultationId);
    },
  }),
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
