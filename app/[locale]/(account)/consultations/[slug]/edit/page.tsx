import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AttachmentManager } from "@/components/forms/attachment-manager";
import { ConsultationForm } from "@/components/consultations/consultation-form";
import { FinalTextForm } from "@/components/consultations/final-text-form";
import { PhaseBadge } from "@/components/consultations/phase-badge";
import { PublicationPanel } from "@/components/consultations/publication-panel";
import { ReportPanel } from "@/components/consultations/report-panel";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireScopedPermission } from "@/lib/auth/redirects";
import { consultationFormOptions } from "@/lib/consultations/form-options";
import { phaseAt } from "@/lib/consultations/lifecycle";
import { answerProgress } from "@/lib/consultations/answers/queries";
import { listAttachments } from "@/lib/consultations/queries";
import { getConsultationForEdit } from "@/lib/consultations/queries";
import { getReport } from "@/lib/consultations/report/queries";
import type { ConsultationFieldsInput } from "@/lib/consultations/schemas";
import { dateToPolishLocal } from "@/lib/time/polish-local";
import type { SplitMode } from "@/lib/consultations/units";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "consultationAdmin" });
  return pageTitle(locale, t("editTitle"), "consultations");
}

export default async function EditConsultationPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const consultation = await getConsultationForEdit((await params).slug);
  if (!consultation) notFound();
  await requireScopedPermission(locale, "consultations.manage", { institutionId: consultation.institutionId });
  const [t, options, progress, report, attachments] = await Promise.all([
    getTranslations({ locale }),
    consultationFormOptions(consultation.institution.consultationMinDays, locale),
    answerProgress(consultation.id),
    getReport(consultation.id),
    listAttachments(consultation.id),
  ]);
  const phase = phaseAt(consultation, new Date());
  const local = (date: Date | null) => (date ? dateToPolishLocal(date) : "");
  const values: ConsultationFieldsInput = {
    title: consultation.title,
    kind: consultation.kind,
    summary: consultation.summary,
    legalBasis: consultation.legalBasis ?? "",
    startsAt: local(consultation.startsAt),
    endsAt: local(consultation.endsAt),
    audience: consultation.audience,
    remarkPublication: consultation.remarkPublication,
    meetingAt: local(consultation.meetingAt),
    meetingPlace: consultation.meetingPlace ?? "",
    meetingUrl: consultation.meetingUrl ?? "",
    contactPerson: consultation.contactPerson ?? "",
    contactEmail: consultation.contactEmail ?? "",
    bipUrl: consultation.bipUrl ?? "",
    sphereIds: consultation.spheres.map((s) => s.sphereId),
    territoryCodes: consultation.territories.map((s) => s.territoryCode),
    splitMode: consultation.splitMode as ConsultationFieldsInput["splitMode"],
    sourceText: consultation.sourceText,
  };
  return (
    <ClientMessages
      namespaces={[
        "attachments",
        "consultationForm",
        "consultations.audiences",
        "consultations.kinds",
        "consultations.remarkPublications",
        "errors",
        "finalText",
        "forms.errors",
        "organisationDocuments.fileHint",
        "organisationDocuments.uploading",
        "reportPanel",
        "ui",
      ]}
    >
      <>
        <Breadcrumbs
          items={[
            { label: t("nav.home"), href: "/" },
            {
              label: t("consultationAdmin.title"),
              href: { pathname: "/institutions/[slug]/consultations", params: { slug: consultation.institution.slug } },
            },
            { label: consultation.title },
          ]}
        />
        <h1 className="text-3xl font-bold">{consultation.title}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-3">
          <PhaseBadge phase={phase} />
          {/* A draft has no public page yet: its officials see it in the preview. */}
          {phase === "draft" ? (
            <Link
              href={{ pathname: "/consultations/[slug]/preview", params: { slug: consultation.slug } }}
              className="underline"
            >
              {t("consultationAdmin.preview")}
            </Link>
          ) : (
            <Link
              href={{ pathname: "/consultations/[slug]", params: { slug: consultation.slug } }}
              className="underline"
            >
              {t("consultationAdmin.publicPage")}
            </Link>
          )}
          {phase !== "draft" && phase !== "scheduled" && (
            <Link
              href={{ pathname: "/consultations/[slug]/remarks", params: { slug: consultation.slug } }}
              className="font-semibold underline"
            >
              {t("answers.manage", progress)}
            </Link>
          )}
        </p>
        <PublicationPanel
          consultationId={consultation.id}
          phase={phase}
          endsAt={consultation.endsAt}
          endsAtLocal={local(consultation.endsAt)}
        />
        <AttachmentManager
          owner={{ consultationId: consultation.id }}
          baseUrl={`/api/consultations/${consultation.id}/attachments`}
          heading={t("attachments.heading")}
          intro={t(
            phase === "draft"
              ? "attachments.intro"
              : phase === "scheduled" || phase === "open"
                ? "attachments.introPublished"
                : "attachments.introClosed",
          )}
          changeable={phase === "draft" || phase === "scheduled" || phase === "open"}
          removable={phase === "draft"}
          attachments={attachments.map((a) => ({ id: a.id, title: a.title, format: a.file.kind, size: a.file.size }))}
        />
        {(phase === "closed" || phase === "reportPublished") && (
          <>
            <ReportPanel
              consultationId={consultation.id}
              slug={consultation.slug}
              unanswered={progress.total - progress.answered}
              report={
                report
                  ? { state: report.state, generatedAt: report.generatedAt, publishedAt: report.publishedAt }
                  : null
              }
            />
            <FinalTextForm
              consultationId={consultation.id}
              draftText={consultation.sourceText}
              draftMode={consultation.splitMode as SplitMode}
              defaultText={consultation.finalText ?? consultation.sourceText}
              defaultMode={(consultation.finalSplitMode ?? consultation.splitMode) as SplitMode}
              published={consultation.finalPublishedAt !== null}
            />
          </>
        )}
        {phase === "draft" || phase === "scheduled" ? (
          <ConsultationForm
            target={{ consultationId: consultation.id }}
            institutionId={consultation.institutionId}
            options={options}
            defaultValues={values}
          />
        ) : (
          <p className="mt-6 max-w-3xl">
            {t(
              phase === "open"
                ? "consultationAdmin.frozen"
                : phase === "closed"
                  ? progress.answered < progress.total
                    ? "consultationAdmin.frozenClosed"
                    : "consultationAdmin.frozenAnswered"
                  : "consultationAdmin.frozenReported",
            )}
          </p>
        )}
      </>
    </ClientMessages>
  );
}
