import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConsultationAttachments } from "@/components/consultations/consultation-attachments";
import { ConsultationDetails } from "@/components/consultations/consultation-details";
import { ConsultationHeader } from "@/components/consultations/consultation-header";
import { ConsultationText } from "@/components/consultations/consultation-text";
import { ConsultationTimeline } from "@/components/consultations/consultation-timeline";
import { GeneralRemarks } from "@/components/consultations/general-remarks";
import { IdeaOrigins } from "@/components/ideas/outcomes/idea-origins";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { requireScopedPermission } from "@/lib/auth/redirects";
import { consultationPreview } from "@/lib/consultations/page-view";
import { getConsultationBySlug } from "@/lib/consultations/queries";
import { redirect } from "@/lib/i18n/navigation";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "consultationAdmin" });
  return pageTitle(locale, t("preview"));
}

/**
 * A draft as its page will be once published, for its institution's officials:
 * the public page is the same for every reader and never shows a draft
 * (lib/http/page-cache.ts, SHARED), so the preview is here, behind the session.
 */
export default async function ConsultationPreviewPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const { slug } = await params;
  const consultation = await getConsultationBySlug(slug);
  if (!consultation) notFound();
  const official = await requireScopedPermission(locale, "consultations.manage", {
    institutionId: consultation.institutionId,
  });
  // Published, it has its public page: that is what it looks like now.
  if (consultation.status !== "DRAFT")
    return redirect({ href: { pathname: "/consultations/[slug]", params: { slug } }, locale });
  const view = await consultationPreview(official, consultation, locale);
  if (!view) notFound();
  const t = await getTranslations({ locale });
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          {
            label: t("consultationAdmin.title"),
            href: { pathname: "/institutions/[slug]/consultations", params: { slug: consultation.institution.slug } },
          },
          { label: consultation.title, href: { pathname: "/consultations/[slug]/edit", params: { slug } } },
          { label: t("consultationAdmin.preview") },
        ]}
      />
      <ConsultationHeader view={view}>
        <p className="mt-4">
          <ButtonLink href={{ pathname: "/consultations/[slug]/edit", params: { slug } }} variant="secondary">
            {t("consultationPage.manage")}
          </ButtonLink>
        </p>
      </ConsultationHeader>
      <ConsultationDetails consultation={consultation} />
      <IdeaOrigins ideas={view.ideaOrigins} />
      <ConsultationAttachments consultationId={consultation.id} attachments={view.attachments} />
      <ConsultationTimeline consultation={consultation} changes={view.changes} />
      <ConsultationText units={consultation.units} counts={null} shown={null} withRemarkControls={false} />
      <GeneralRemarks view={view} />
    </>
  );
}
