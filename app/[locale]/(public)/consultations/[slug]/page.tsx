import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConsultationAttachments } from "@/components/consultations/consultation-attachments";
import { ConsultationDetails } from "@/components/consultations/consultation-details";
import { ConsultationHeader } from "@/components/consultations/consultation-header";
import { ConsultationReportLinks } from "@/components/consultations/consultation-report-links";
import { ConsultationText } from "@/components/consultations/consultation-text";
import { ConsultationTimeline } from "@/components/consultations/consultation-timeline";
import { GeneralRemarks } from "@/components/consultations/general-remarks";
import { OwnRemarksSection } from "@/components/consultations/own-remarks-section";
import { RemarkAccess } from "@/components/consultations/remark-access";
import { TextComparison } from "@/components/consultations/text-comparison";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getCurrentUser } from "@/lib/auth/session";
import { consultationPageView, GENERAL_REMARKS } from "@/lib/consultations/page-view";
import { getConsultationBySlug } from "@/lib/consultations/queries";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const consultation = await getConsultationBySlug((await params).slug);
  return consultation && consultation.status !== "DRAFT" ? pageTitle(locale, consultation.title) : {};
}

export default async function ConsultationPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const view = await consultationPageView({
    slug: (await params).slug,
    locale,
    viewer: await getCurrentUser(),
    requestedRemarks: (await searchParams).uwagi,
  });
  if (!view) notFound();
  const t = await getTranslations({ locale });
  const { consultation } = view;
  return (
    <ClientMessages namespaces={["actingAs", "answers.decisions", "errors", "forms.errors", "remarks", "ui"]}>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("consultations.title"), href: "/consultations" },
          { label: consultation.title },
        ]}
      />
      <ConsultationHeader view={view} />
      {view.report && <ConsultationReportLinks consultationId={consultation.id} report={view.report} />}
      <ConsultationDetails consultation={consultation} />
      <ConsultationAttachments consultationId={consultation.id} attachments={view.attachments} />
      <ConsultationTimeline consultation={consultation} changes={view.changes} />
      <RemarkAccess view={view} />
      {view.comparison && <TextComparison comparison={view.comparison} />}
      <ConsultationText
        units={consultation.units}
        counts={view.counts}
        shown={view.shown && view.shown.key !== GENERAL_REMARKS ? view.shown : null}
        remarkContext={view.remarkContext}
      />
      <GeneralRemarks view={view} />
      {view.own && <OwnRemarksSection own={view.own} units={consultation.units} />}
    </ClientMessages>
  );
}
