import { useFormatter, useLocale, useTranslations } from "next-intl";
import { AnnulForm } from "@/components/competitions/decision/annul-form";
import { ChannelsForm } from "@/components/competitions/decision/channels-form";
import { DecideForm } from "@/components/competitions/decision/decide-form";
import { PublishResultsButton, WithdrawDecisionButton } from "@/components/competitions/decision/decision-buttons";
import { SettingsForm } from "@/components/competitions/decision/settings-form";
import { Alert } from "@/components/ui/alert";
import { Table, Td, Th } from "@/components/ui/table";
import type { DecisionPageView, DecisionTaskView } from "@/lib/competitions/decision/queries";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { formatPln } from "@/lib/offers/calc/money";

/** The ground the task's offers make true, offered first in the annulment form. */
function suggestedGround(task: DecisionTaskView): "NO_OFFERS" | "NO_VALID_OFFER" | null {
  if (task.offers.length === 0) return "NO_OFFERS";
  return task.offers.every((offer) => offer.formal === "REJECTED") ? "NO_VALID_OFFER" : null;
}

function OffersTable({ task, slug }: { task: DecisionTaskView; slug: string }) {
  const t = useTranslations("competitionDecision");
  const locale = useLocale() as Locale;
  if (task.offers.length === 0) return <p className="mt-2">{t("task.noOffers")}</p>;
  return (
    <Table caption={t("task.offersCaption", { number: task.number })} stacked>
      <thead>
        <tr>
          <Th>{t("task.offer")}</Th>
          <Th>{t("task.requested")}</Th>
          <Th>{t("task.formal")}</Th>
          <Th>{t("task.commission")}</Th>
          <Th>{t("task.decision")}</Th>
        </tr>
      </thead>
      <tbody>
        {task.offers.map((offer) => (
          <tr key={offer.id}>
            <Td label={t("task.offer")}>
              <Link
                href={{ pathname: "/competitions/[slug]/offers/[id]", params: { slug, id: offer.id } }}
                className="font-semibold underline"
                lang="pl"
              >
                {offer.title}
              </Link>
              <span className="block text-sm" lang="pl">
                {offer.applicants.join(", ")}
              </span>
            </Td>
            <Td label={t("task.requested")}>{formatPln(offer.requested, locale)}</Td>
            <Td label={t("task.formal")}>
              {t(`formal.${offer.formal ?? "NONE"}`)}
              {offer.rejectionReason && (
                <span className="block text-sm" lang="pl">
                  {offer.rejectionReason}
                </span>
              )}
            </Td>
            <Td label={t("task.commission")}>
              {offer.proposed !== null ? formatPln(offer.proposed, locale) : "–"}
              {offer.cutReason && (
                <span className="block text-sm" lang="pl">
                  {offer.cutReason}
                </span>
              )}
              {offer.opinion && (
                <span className="block text-sm" lang="pl">
                  {offer.opinion}
                </span>
              )}
            </Td>
            <Td label={t("task.decision")}>
              {offer.decision ? (
                <>
                  {offer.decision.amount !== null
                    ? formatPln(offer.decision.amount, locale)
                    : t(`outcomes.${offer.decision.outcome}`)}
                  {offer.decision.reason && (
                    <span className="block text-sm" lang="pl">
                      {offer.decision.reason}
                    </span>
                  )}
                </>
              ) : (
                "–"
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function TaskDecisionSection({ view, task }: { view: DecisionPageView; task: DecisionTaskView }) {
  const t = useTranslations("competitionDecision");
  const locale = useLocale() as Locale;
  const open = !view.resultsPublishedAt && view.status === "PUBLISHED" && view.deadlinePassed;
  const admitted = task.offers.filter((offer) => offer.formal === "COMPLETE");
  const pending = task.offers.some((offer) => offer.formal !== "COMPLETE" && offer.formal !== "REJECTED");
  return (
    <section aria-labelledby={`task-${task.id}`} className="mt-10 max-w-5xl">
      <h2 id={`task-${task.id}`} className="text-2xl font-bold">
        {t("task.heading", { number: task.number })} <span lang="pl">{task.kindName}</span>
      </h2>
      <p className="mt-1">{t("task.pool", { amount: formatPln(task.pool, locale) })}</p>
      <OffersTable task={task} slug={view.slug} />
      {task.decision ? (
        <div className="mt-2">
          <p className="font-semibold">
            {t(`taskOutcomes.${task.decision.outcome}`)}
            {task.decision.annulmentGround && ` (${t(`grounds.${task.decision.annulmentGround}`)})`}
          </p>
          {task.decision.reason && <p lang="pl">{task.decision.reason}</p>}
          {open && <WithdrawDecisionButton competitionId={view.id} taskId={task.id} />}
        </div>
      ) : (
        open && (
          <>
            {pending ? (
              <Alert tone="warning">{t("task.formalPending")}</Alert>
            ) : admitted.length > 0 && view.commissionClosed ? (
              <DecideForm
                competitionId={view.id}
                taskId={task.id}
                pool={task.pool}
                offers={admitted.map((offer) => ({
                  id: offer.id,
                  title: offer.title,
                  applicants: offer.applicants,
                  requested: offer.requested,
                  proposed: offer.proposed,
                  cutReason: offer.cutReason,
                }))}
              />
            ) : null}
            <details className="mt-4">
              <summary className="cursor-pointer underline">{t("annul.heading")}</summary>
              <p className="mt-2 text-sm">{t("annul.hint")}</p>
              <AnnulForm competitionId={view.id} taskId={task.id} suggested={suggestedGround(task)} />
            </details>
          </>
        )
      )}
    </section>
  );
}

/** Publication: what is still undecided, the button, then each notice with its channel days. */
export function PublicationSection({ view }: { view: DecisionPageView }) {
  const t = useTranslations("competitionDecision");
  const format = useFormatter();
  const undecided = view.tasks.filter((task) => !task.decision);
  return (
    <section aria-labelledby="publication-heading" className="mt-12 max-w-5xl">
      <h2 id="publication-heading" className="text-2xl font-bold">
        {t("publish.heading")}
      </h2>
      {!view.resultsPublishedAt ? (
        <>
          {undecided.length > 0 ? (
            <p className="mt-2">{t("publish.undecided", { tasks: undecided.map((task) => task.number).join(", ") })}</p>
          ) : (
            <p className="mt-2">{t("publish.ready")}</p>
          )}
          {view.status === "PUBLISHED" && view.deadlinePassed && (
            <PublishResultsButton competitionId={view.id} title={view.title} />
          )}
        </>
      ) : (
        <>
          <p className="mt-2">
            <Link
              href={{ pathname: "/competitions/[slug]/results", params: { slug: view.slug } }}
              className="underline"
            >
              {t("publish.resultsPage")}
            </Link>
          </p>
          {view.notices.map((notice) => (
            <div key={notice.id} className="mt-4">
              <h3 className="text-xl font-bold">
                {t(`noticeKinds.${notice.kind}`)}{" "}
                {format.dateTime(notice.publishedAt, {
                  dateStyle: "long",
                  timeStyle: "short",
                  timeZone: "Europe/Warsaw",
                })}
              </h3>
              <ChannelsForm
                competitionId={view.id}
                noticeId={notice.id}
                current={{
                  bipOn: notice.bipOn ?? "",
                  noticeBoardOn: notice.noticeBoardOn ?? "",
                  websiteOn: notice.websiteOn ?? "",
                  bipUrl: notice.bipUrl ?? "",
                }}
              />
            </div>
          ))}
        </>
      )}
    </section>
  );
}

/** The office's own settings of this stage, until the results are published. */
export function SettingsSection({ view }: { view: DecisionPageView }) {
  const t = useTranslations("competitionDecision.settings");
  if (view.resultsPublishedAt || view.status !== "PUBLISHED") return null;
  return (
    <section aria-labelledby="settings-heading" className="mt-10 max-w-5xl">
      <h2 id="settings-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <SettingsForm competitionId={view.id} current={view.settings} />
    </section>
  );
}
