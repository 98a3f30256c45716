import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { PhaseBadge } from "@/components/consultations/phase-badge";
import { useWhen } from "@/components/consultations/use-when";
import { PolishContentNotice } from "@/components/i18n/polish-content-notice";
import { Alert } from "@/components/ui/alert";
import type { ConsultationPageView } from "@/lib/consultations/page-view";
import { Link } from "@/lib/i18n/navigation";

/** The consultation's title, kind, organiser and dates, and under them `children` (for its officials, the way to manage it). */
export function ConsultationHeader({
  view: { consultation, phase },
  children,
}: {
  view: Pick<ConsultationPageView, "consultation" | "phase">;
  children?: ReactNode;
}) {
  const t = useTranslations();
  const when = useWhen();
  const organiser = consultation.institution.officeName ?? consultation.institution.name;
  const lastExtension = consultation.extensions.at(-1);
  return (
    <>
      {phase === "draft" && <Alert tone="info">{t("consultationPage.draftPreview")}</Alert>}
      <h1 className="text-3xl font-bold" lang="pl">
        {consultation.title}
      </h1>
      <PolishContentNotice kind="document" />
      <p className="mt-2 flex flex-wrap items-center gap-3">
        <PhaseBadge phase={phase} />
        <span>{t(`consultations.kinds.${consultation.kind}`)}</span>
        <span>
          {t("consultationPage.organiser")}:{" "}
          <Link
            href={{ pathname: "/institutions/[slug]", params: { slug: consultation.institution.slug } }}
            className="underline"
          >
            {organiser}
          </Link>
        </span>
      </p>
      <p className="mt-4 text-lg font-semibold">
        {phase === "scheduled" &&
          t("consultationPage.opensAt", { start: when(consultation.startsAt), end: when(consultation.endsAt) })}
        {phase === "open" && t("consultationPage.openUntil", { end: when(consultation.endsAt) })}
        {(phase === "closed" || phase === "reportPublished") &&
          t("consultationPage.closedAt", { end: when(consultation.endsAt) })}
        {phase === "draft" &&
          t("consultationPage.plannedFor", { start: when(consultation.startsAt), end: when(consultation.endsAt) })}
      </p>
      {lastExtension && (
        <Alert tone="info">
          {t("consultationPage.extended", { end: when(consultation.endsAt), reason: lastExtension.reason })}
        </Alert>
      )}
      {children}
    </>
  );
}
