import { useFormatter, useTranslations } from "next-intl";
import { DeadlineHistory } from "@/components/competitions/admin/deadline-history";
import { ExtendDeadlineForm } from "@/components/competitions/admin/extend-form";
import { PublishButton } from "@/components/competitions/admin/publish-button";
import { ReadinessList } from "@/components/competitions/admin/readiness-list";
import { ButtonLink } from "@/components/ui/button";
import type { DeadlineChangeView } from "@/lib/competitions/history";
import type { ReadinessProblem } from "@/lib/competitions/publication-rules";
import type { AnnouncementRecord } from "@/lib/competitions/queries";
import { longDateTime } from "@/lib/i18n/date-time";
import { dateToPolishLocal } from "@/lib/time/polish-local";

/**
 * Where the competition stands: a draft with what blocks publishing and the
 * button; a published one with its deadline, the extension form and history.
 */
export function StatusSection({
  competition,
  problems,
  history,
}: {
  competition: AnnouncementRecord;
  problems: ReadinessProblem[];
  history: DeadlineChangeView[];
}) {
  const t = useTranslations("competitionsAdmin");
  const format = useFormatter();
  const draft = competition.status === "DRAFT";
  const slug = competition.slug;
  return (
    <section aria-labelledby="status" className="mt-6 border-2 border-slate-700 p-4">
      <h2 id="status" className="text-2xl font-bold" tabIndex={-1}>
        {t("statusHeading")}
      </h2>
      <p className="mt-2">
        {draft
          ? t("statusDraft")
          : t("statusPublished", { when: longDateTime(format, competition.publishedAt ?? competition.createdAt) })}
      </p>
      <p className="mt-2">{t("currentDeadline", { when: longDateTime(format, competition.offersDeadline) })}</p>
      <p className="mt-3 flex flex-wrap gap-3">
        {draft && (
          <ButtonLink href={{ pathname: "/competitions/[slug]/preview", params: { slug } }} variant="secondary">
            {t("preview")}
          </ButtonLink>
        )}
        <a href={`/api/competitions/${competition.id}/announcement`} className="underline">
          {t("downloadPdf")}
        </a>
      </p>
      {draft ? (
        <>
          <h3 className="mt-4 text-xl font-bold">{t("readyHeading")}</h3>
          <ReadinessList problems={problems} />
          <PublishButton
            competitionId={competition.id}
            slug={slug}
            title={competition.title}
            deadline={longDateTime(format, competition.offersDeadline)}
          />
        </>
      ) : (
        competition.status === "PUBLISHED" && (
          <>
            <h3 className="mt-4 text-xl font-bold">{t("extendHeading")}</h3>
            <p className="mt-2 max-w-3xl">{t("extendIntro")}</p>
            <ExtendDeadlineForm
              competitionId={competition.id}
              defaultDeadline={dateToPolishLocal(competition.offersDeadline)}
              documents={competition.documents.map((d) => ({ id: d.id, title: d.title }))}
            />
          </>
        )
      )}
      <DeadlineHistory changes={history} />
    </section>
  );
}
