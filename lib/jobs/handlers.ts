// What each queue's jobs do. Only the worker (lib/jobs/worker.ts) imports this
// file: it reaches into every domain, and every domain enqueues, so anything
// else importing it would close an import cycle. Names, data and retry
// policies are in lib/jobs/definitions.ts. Nothing here may import
// "server-only": `npm run worker` runs these outside Next.js.
import { sendMail } from "@/lib/mail/transport";
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
import { remindAnswerDeadlines } from "@/lib/ideas/answers/reminders";
import { expirePartnerRequests } from "@/lib/partnerships/requests/expiry";
import { advanceCompetitions } from "@/lib/competitions/lifecycle-job";
import { advanceSmallGrants } from "@/lib/small-grants/lifecycle-job";
import { advanceCorrections } from "@/lib/competitions/formal/lifecycle";
import { generateProtocol } from "@/lib/competitions/protocol/job";
import { generateNoticeFiles } from "@/lib/competitions/decision/notice-job";
import type { JobData, JobName } from "@/lib/jobs/definitions";

export type JobHandler<Name extends JobName> = (data: JobData<Name>) => Promise<void>;

export const jobHandlers: { [Name in JobName]: JobHandler<Name> } = {
  "mail-send": sendMail,
  "notifications-fanout": async () => {
    await fanOutPendingNotifications();
    await sendImmediateNotificationEmails();
  },
  "notifications-digest-daily": async () => {
    await sendDigests("DAILY");
  },
  "notifications-digest-weekly": async () => {
    await sendDigests("WEEKLY");
  },
  "krs-refresh": async () => {
    await refreshVerifiedFromKrs();
  },
  "organisations-import": async ({ importId }) => {
    await runImport(importId);
  },
  "consultations-lifecycle": async () => {
    await advanceConsultations();
  },
  "elections-lifecycle": async () => {
    await advanceElections();
  },
  "news-announce": async () => {
    if ((await announceDueArticles()) > 0) publicDataChanged();
  },
  "library-text": async ({ versionId }) => {
    if (await extractVersionText(versionId)) publicDataChanged();
  },
  "library-text-sweep": async () => {
    await extractPendingTexts();
  },
  "consultation-report": async ({ consultationId }) => {
    await generateReport(consultationId);
  },
  "maintenance-prune": async () => {
    await pruneExpiredRecords();
  },
  "ideas-reminders": async () => {
    await remindAnswerDeadlines();
  },
  "partner-requests-expiry": async () => {
    if ((await expirePartnerRequests()) > 0) publicDataChanged();
  },
  "competitions-lifecycle": async () => {
    await advanceCompetitions();
  },
  "small-grants-lifecycle": async () => {
    await advanceSmallGrants();
  },
  // Each slice of issue 26 adds its step here (awards, contracts, reports).
  "evaluation-lifecycle": async () => {
    await advanceCorrections();
  },
  "commission-protocol": async ({ competitionId }) => {
    await generateProtocol(competitionId);
  },
  "results-notice": async ({ noticeId }) => {
    await generateNoticeFiles(noticeId);
  },
};

/** Runs one job of the queue with its data as stored by pg-boss (the worker, and tests that drain a queue). */
export function runJob(name: JobName, data: object): Promise<void> {
  return (jobHandlers[name] as (data: object) => Promise<void>)(data);
}
