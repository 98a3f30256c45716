// Every queue of the platform: its name, what its jobs carry and its retry
// policy. Anyone may import this (code that enqueues, the jobs page); what a
// job does is in lib/jobs/handlers.ts, which only the worker loads, so that
// enqueueing never pulls every domain's handlers (and their imports) along.
import type { OutgoingMail } from "@/lib/mail/transport";

export interface JobDefinition {
  retryLimit: number;
  /** Seconds before the first retry; doubled for each next one (backoff). */
  retryDelay: number;
  expireInSeconds: number;
  /** Cron (Europe/Warsaw) for scheduled jobs. */
  cron?: string;
}

type NoData = Record<string, never>;

/** What a job of each queue carries; `enqueue` only accepts these names and this data. */
export interface JobPayloads {
  "mail-send": OutgoingMail;
  "notifications-fanout": NoData;
  "notifications-digest-daily": NoData;
  "notifications-digest-weekly": NoData;
  "krs-refresh": NoData;
  "organisations-import": { importId: string };
  "consultations-lifecycle": NoData;
  "elections-lifecycle": NoData;
  "news-announce": NoData;
  "library-text": { versionId: string };
  "library-text-sweep": NoData;
  "consultation-report": { consultationId: string };
  "maintenance-prune": NoData;
  "ideas-reminders": NoData;
  "partner-requests-expiry": NoData;
  "competitions-lifecycle": NoData;
  "small-grants-lifecycle": NoData;
  "evaluation-lifecycle": NoData;
  "commission-protocol": { competitionId: string };
  "results-notice": { noticeId: string };
}

export type JobName = keyof JobPayloads;
export type JobData<Name extends JobName> = JobPayloads[Name];

/** The queues in the order the jobs page lists them (a key under `adminJobs.queues` each). */
export const jobDefinitions: Record<JobName, JobDefinition> = {
  /** Outgoing e-mail, so that a slow or refusing SMTP server never holds up a request. */
  "mail-send": { retryLimit: 6, retryDelay: 30, expireInSeconds: 120 },
  /** Fan-out of notification events to their recipients; also every minute, to catch any event whose job was not queued. */
  "notifications-fanout": { retryLimit: 5, retryDelay: 10, expireInSeconds: 900, cron: "* * * * *" },
  /** The daily digest of notifications, grouped by item (7:00). */
  "notifications-digest-daily": { retryLimit: 3, retryDelay: 300, expireInSeconds: 3600, cron: "0 7 * * *" },
  /** The weekly digest (Mondays, 7:00). */
  "notifications-digest-weekly": { retryLimit: 3, retryDelay: 300, expireInSeconds: 3600, cron: "0 7 * * 1" },
  /** Nightly refresh of verified organisations from KRS, gently (about one request a second). */
  "krs-refresh": { retryLimit: 1, retryDelay: 3600, expireInSeconds: 3 * 3600, cron: "15 2 * * *" },
  /** An administrator's spreadsheet of organisations, written in batches; a retry resumes after the last saved batch. */
  "organisations-import": { retryLimit: 2, retryDelay: 60, expireInSeconds: 3600 },
  /** Consultations whose start or end has come take their status, every minute (remarks follow the clock regardless). */
  "consultations-lifecycle": { retryLimit: 2, retryDelay: 30, expireInSeconds: 300, cron: "* * * * *" },
  /** Elections whose phase has begun: the people concerned are told, every minute. */
  "elections-lifecycle": { retryLimit: 2, retryDelay: 30, expireInSeconds: 300, cron: "* * * * *" },
  /** Scheduled news whose time has come: followers are told, and cached pages show them (every minute). */
  "news-announce": { retryLimit: 2, retryDelay: 30, expireInSeconds: 300, cron: "* * * * *" },
  /** The text of a library version, read out of its PDF, DOCX or ODT for the search. */
  "library-text": { retryLimit: 2, retryDelay: 60, expireInSeconds: 300 },
  /** Versions whose text job was lost are read hourly. */
  "library-text-sweep": { retryLimit: 1, retryDelay: 300, expireInSeconds: 1800, cron: "40 * * * *" },
  /** A consultation report (PDF and DOCX) rendered from the record; 2,000 remarks take seconds, not a request's time. */
  "consultation-report": { retryLimit: 2, retryDelay: 30, expireInSeconds: 600 },
  /** Nightly clean-up of rows whose purpose has passed. */
  "maintenance-prune": { retryLimit: 2, retryDelay: 300, expireInSeconds: 600, cron: "30 3 * * *" },
  /** Officials are reminded of answers to ideas-board entries coming due and overdue (hourly, each reminder once). */
  "ideas-reminders": { retryLimit: 2, retryDelay: 300, expireInSeconds: 600, cron: "10 * * * *" },
  /** Partner requests past their closing day or longest reply period expire, and their authors are asked to renew or close them (hourly). */
  "partner-requests-expiry": { retryLimit: 2, retryDelay: 300, expireInSeconds: 600, cron: "20 * * * *" },
  /** Open competitions whose opening or deadline has passed: cached lists move on, followers are told, drafting organisations reminded (every minute). */
  "competitions-lifecycle": { retryLimit: 2, retryDelay: 30, expireInSeconds: 300, cron: "* * * * *" },
  /** Small-grant remark windows that ended close, and officials hear of publish-by days nearing (every minute). */
  "small-grants-lifecycle": { retryLimit: 2, retryDelay: 30, expireInSeconds: 300, cron: "* * * * *" },
  /** Evaluation of competitions: corrections whose day has ended lapse, applicants are reminded 48 hours before (every minute). */
  "evaluation-lifecycle": { retryLimit: 2, retryDelay: 30, expireInSeconds: 300, cron: "* * * * *" },
  /** A closed commission's protocol (PDF and DOCX, every card) kept with its checksum; seconds for 2,800 cards. */
  "commission-protocol": { retryLimit: 2, retryDelay: 30, expireInSeconds: 600 },
  /** A published competition results notice's PDF and DOCX (the BIP document), rendered once and stored. */
  "results-notice": { retryLimit: 2, retryDelay: 30, expireInSeconds: 600 },
};

export const jobNames = Object.keys(jobDefinitions) as JobName[];
