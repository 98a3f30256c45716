import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { RetryJobButton } from "@/components/jobs/retry-job-button";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/redirects";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { failedJobs, queueCounts } from "@/lib/jobs/admin";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("adminJobs", "administration");

const shownStates = ["created", "retry", "active", "completed", "failed"] as const;

export default async function AdminJobsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  await requirePermission(locale, "jobs.manage");
  const [t, format, counts, failed] = await Promise.all([
    getTranslations({ locale }),
    getFormatter({ locale }),
    queueCounts(),
    failedJobs(),
  ]);
  return (
    <ClientMessages namespaces={["adminJobs"]}>
      <>
        <Breadcrumbs items={[{ label: t("nav.home"), href: "/" }, { label: t("adminJobs.title") }]} />
        <h1 className="text-3xl font-bold">{t("adminJobs.title")}</h1>
        <p className="mt-4 max-w-3xl">{t("adminJobs.intro")}</p>
        <Table caption={t("adminJobs.queuesCaption")}>
          <thead>
            <tr>
              <Th>{t("adminJobs.queue")}</Th>
              {shownStates.map((state) => (
                <Th key={state} className="text-right">
                  {t(`adminJobs.states.${state}`)}
                </Th>
              ))}
            </tr>
          </thead>
          <tbody>
            {counts.map(({ queue, counts: byState }) => (
              <tr key={queue}>
                <Th scope="row">{t(`adminJobs.queues.${queue}`)}</Th>
                {shownStates.map((state) => (
                  <Td key={state} className="text-right tabular-nums">
                    {format.number(byState[state])}
                  </Td>
                ))}
              </tr>
            ))}
          </tbody>
        </Table>
        <h2 className="mt-8 text-2xl font-bold">{t("adminJobs.failedHeading")}</h2>
        <p className="mt-2 max-w-3xl">{t("adminJobs.failedIntro")}</p>
        {failed.length === 0 ? (
          <EmptyState title={t("adminJobs.noFailed")} />
        ) : (
          <Table caption={t("adminJobs.failedCaption", { count: failed.length })}>
            <thead>
              <tr>
                <Th>{t("adminJobs.queue")}</Th>
                <Th>{t("adminJobs.failedOn")}</Th>
                <Th>{t("adminJobs.attempts")}</Th>
                <Th>{t("adminJobs.error")}</Th>
                <Th>{t("adminJobs.action")}</Th>
              </tr>
            </thead>
            <tbody>
              {failed.map((job) => (
                <tr key={job.id}>
                  <Td>{t(`adminJobs.queues.${job.queue}`)}</Td>
                  <Td>{job.failedOn ? format.dateTime(job.failedOn, "short") : "–"}</Td>
                  <Td className="tabular-nums">{format.number(job.attempts)}</Td>
                  <Td>
                    <span lang="en">{job.error}</span>
                  </Td>
                  <Td>
                    <RetryJobButton queue={job.queue} jobId={job.id} />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </>
    </ClientMessages>
  );
}
