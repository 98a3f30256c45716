import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConsultationAttachments } from "@/components/consultations/consultation-attachments";
import { ConsultationDetails } from "@/components/consultations/consultation-details";
import { ConsultationHeader } from "@/components/consultations/consultation-header";
import { ConsultationReportLinks } from "@/components/consultations/consultation-report-links";
import { ConsultationText, TEXT_LIST_ID } from "@/components/consultations/consultation-text";
import { ConsultationTimeline } from "@/components/consultations/consultation-timeline";
import {
  ConsultationManageLink,
  ConsultationReaderAccess,
  ConsultationViewerProvider,
  ReaderGeneralRemarkControl,
  ReaderOwnRemarks,
  ReaderUnitRemarkControls,
} from "@/components/consultations/consultation-viewer";
import { GeneralRemarks } from "@/components/consultations/general-remarks";
import { RemarkAccess } from "@/components/consultations/remark-access";
import { TextComparison } from "@/components/consultations/text-comparison";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { consultationPageView, GENERAL_REMARKS } from "@/lib/consultations/page-view";
import { getConsultationBySlug } from "@/lib/consultations/queries";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { IdeaOrigins } from "@/components/ideas/outcomes/idea-origins";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const consultation = await getConsultationBySlug((await params).slug);
  return consultation && consultation.status !== "DRAFT" ? pageTitle(locale, consultation.title, "consultations") : {};
}

export default async function ConsultationPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  // The same for everyone (lib/http/page-cache.ts, SHARED): what concerns the reader is asked by the
  // browser (components/consultations/consultation-viewer.tsx), so this page reads no session.
  const view = await consultationPageView({
    slug: (await params).slug,
    locale,
    requestedRemarks: (await searchParams).uwagi,
  });
  if (!view) notFound();
  const t = await getTranslations({ locale });
  const { consultation } = view;
  const open = view.phase === "open";
  return (
    <ClientMessages
      namespaces={[
        "actingAs",
        "answers.decisions",
        "answers.title",
        "consultationPage.forOrganiser",
        "consultationPage.manage",
        "consultationPage.paragraphNumber",
        "errors",
        "forms.errors",
        "nav.signIn",
        "remarks",
        "ui",
      ]}
    >
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("consultations.title"), href: "/consultations" },
          { label: consultation.title },
        ]}
      />
      <ConsultationViewerProvider consultationId={consultation.id}>
        <ConsultationHeader view={view}>
          <ConsultationManageLink slug={consultation.slug} />
        </ConsultationHeader>
        {view.report && <ConsultationReportLinks consultationId={consultation.id} report={view.report} />}
        <ConsultationDetails consultation={consultation} />
        <IdeaOrigins ideas={view.ideaOrigins} />
        <ConsultationAttachments consultationId={consultation.id} attachments={view.attachments} />
        <ConsultationTimeline consultation={consultation} changes={view.changes} />
        <RemarkAccess
          view={view}
          reader={
            <ConsultationReaderAccess
              slug={consultation.slug}
              signIn={view.signIn}
              byOrganisations={view.remarksByOrganisations}
            />
          }
        />
        {view.comparison && <TextComparison comparison={view.comparison} />}
        <ConsultationText
          units={consultation.units}
          counts={view.counts}
          shown={view.shown && view.shown.key !== GENERAL_REMARKS ? view.shown : null}
          withRemarkControls={open}
          remarkControls={open && <ReaderUnitRemarkControls listId={TEXT_LIST_ID} />}
        />
        <GeneralRemarks
          view={view}
          control={
            open && <ReaderGeneralRemarkControl signIn={view.signIn} byOrganisations={view.remarksByOrganisations} />
          }
        />
        <ReaderOwnRemarks />
      </ConsultationViewerProvider>
    </ClientMessages>
  );
}
