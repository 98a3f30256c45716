import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { CompetitionPhaseBadge } from "@/components/competitions/public/phase-badge";
import { DeadlineText } from "@/components/competitions/public/deadline-text";
import type { CompetitionPageView } from "@/lib/competitions/page-view";
import { Link } from "@/lib/i18n/navigation";

/** The competition's title, office, phase and deadline, and the ways to its questions, commission call and PDF. */
export function CompetitionHeader({
  competition,
  now,
  children,
}: {
  competition: CompetitionPageView;
  now: Date;
  children?: ReactNode;
}) {
  const t = useTranslations("competitions.page");
  const params = { slug: competition.slug };
  const call = competition.commissionCall;
  return (
    <header>
      <h1 className="text-3xl font-bold break-words" lang="pl">
        {competition.title}
      </h1>
      <p className="mt-2 text-lg" lang="pl">
        {competition.institution.officeName ?? competition.institution.name}
        {competition.reference && <> · {competition.reference}</>}
      </p>
      <p className="mt-3 flex flex-wrap items-center gap-3">
        <CompetitionPhaseBadge phase={competition.phase} />
        <DeadlineText deadline={competition.offersDeadline} open={competition.phase === "OPEN"} now={now} />
      </p>
      {competition.draftBudgetBasis && <p className="mt-2">{t("draftBudgetBasis")}</p>}
      <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href={{ pathname: "/competitions/[slug]/questions", params }} className="underline">
            {t("questionsLink", { count: competition.answeredQuestions })}
          </Link>
        </li>
        {call && (
          <li>
            <Link href={{ pathname: "/competitions/[slug]/commission-call", params }} className="underline">
              {t("commissionCallLink")}
            </Link>
          </li>
        )}
        <li>
          <a href={`/api/competitions/${competition.id}/announcement`} className="underline">
            {t("announcementPdf")}
          </a>
        </li>
      </ul>
      {children}
    </header>
  );
}
