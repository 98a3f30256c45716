import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CorrectionEditor } from "@/components/offers/correction/correction-editor";
import { CorrectionSummary } from "@/components/offers/correction/correction-summary";
import { AttachmentsSection } from "@/components/offers/editor/attachments-section";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireUser } from "@/lib/auth/redirects";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { correctionView } from "@/lib/offers/corrections/queries";
import { isRecordId } from "@/lib/validation/record-id";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "offerCorrection" });
  return pageTitle(locale, t("title"));
}

/** The correction the office asked for: the named sections editable by the lead, the rest as submitted. */
export default async function OfferCorrectionPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const { id } = await params;
  const view = isRecordId(id) ? await correctionView(id, user) : null;
  if (!view) notFound();
  const t = await getTranslations({ locale });
  const heading = view.title || view.task?.kindName || t("offerEditor.untitled");
  return (
    <ClientMessages
      namespaces={["offerCorrection", "offerEditor", "offerCosts", "offerRules", "ui", "forms.errors", "errors"]}
    >
      <Breadcrumbs
        items={[
          { label: t("nav.home"), href: "/" },
          { label: t("offerEditor.list.title"), href: "/offers" },
          { label: heading, href: { pathname: "/offers/[id]", params: { id: view.id } } },
          { label: t("offerCorrection.title") },
        ]}
      />
      <h1 className="text-3xl font-bold">{t("offerCorrection.title")}</h1>
      <p className="mt-1 text-lg">{heading}</p>
      <CorrectionSummary correction={view.correction} mayEdit={view.mayEdit} />
      <CorrectionEditor
        named={view.correction.sections}
        editor={{
          offerId: view.id,
          template: view.template,
          kind: view.kind,
          mayEdit: view.mayEdit,
          editableApplicants: view.editableApplicants,
          sections: view.sections.map((s) => ({ ...s, updatedAt: s.updatedAt.toISOString() })),
          applicants: view.applicants,
          params: view.params,
          fallbackYears: view.fallbackYears,
          addressee: {
            institutionName: view.institutionName,
            taskName: view.task ? `${view.task.number}. ${view.task.kindName}` : "",
          },
        }}
      >
        {view.correction.requirements.length > 0 && (
          <AttachmentsSection
            offerId={view.id}
            slots={view.attachments.slots}
            files={view.attachments.files}
            editable={view.mayEdit}
          />
        )}
      </CorrectionEditor>
    </ClientMessages>
  );
}
