import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DocumentForm } from "@/components/library/document-form";
import { VersionList } from "@/components/library/version-list";
import { VersionUpload } from "@/components/library/version-upload";
import { Alert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requirePermission } from "@/lib/auth/redirects";
import { Link } from "@/lib/i18n/navigation";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { listInstitutionsInRegion } from "@/lib/institutions/queries";
import { consultationChoices, documentForEditing } from "@/lib/library/queries";
import { mayManage } from "@/lib/library/stewards";
import { topicOptions } from "@/lib/reference-data/topic-options";
import { getInstanceSettings } from "@/lib/settings/queries";
import { RECORD_ID } from "@/lib/validation/record-id";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "libraryAccount" });
  return pageTitle(locale, t("editTitle"), "library");
}

/** Looking after a document: its description and its versions. */
export default async function EditLibraryDocumentPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requirePermission(locale, "library.write");
  const { id } = await params;
  const document = RECORD_ID.test(id) ? await documentForEditing(id) : null;
  if (!document || !(await mayManage(user, document))) notFound();
  const settings = await getInstanceSettings();
  const [t, options, institutions, consultations] = await Promise.all([
    getTranslations({ locale }),
    topicOptions(locale),
    listInstitutionsInRegion(settings.regionCode),
    consultationChoices(user, document.consultationId),
  ]);
  const organisations = document.developers.flatMap((d) =>
    d.organisation ? [{ id: d.organisation.id, name: d.organisation.name, seat: null }] : [],
  );
  // The writer goes on from their change waiting for (or refused by) a moderator, not from the public state.
  const shown = document.pendingFields ?? {
    title: document.title,
    description: document.description,
    kind: document.kind,
    status: document.status,
    consultationId: document.consultationId,
    sphereIds: document.spheres.map((s) => s.sphereId),
    territoryCodes: document.territories.map((t) => t.territoryCode),
    developerInstitutionIds: document.developers.flatMap((d) => (d.institutionId ? [d.institutionId] : [])),
    developerOrganisationIds: organisations.map((o) => o.id),
  };
  // Only the document's editors see whom they invited and who has not answered.
  const invited = document.developers
    .filter((d) => d.acceptedAt === null)
    .map((d) => (d.institution ? (d.institution.officeName ?? d.institution.name) : (d.organisation?.name ?? "")));
  const moderated = document.organisationId !== null && document.review === "ACCEPTED";
  const changeState =
    moderated && document.changeReview ? (document.changeReview === "PROPOSED" ? "PROPOSED" : "REJECTED") : null;
  return (
    <ClientMessages
      namespaces={[
        "errors",
        "forms.errors",
        "library.kinds",
        "library.statuses",
        "libraryForm",
        "libraryVersions",
        "newsForm",
        "organisationDocuments.uploading",
        "organisationPicker",
        "ui",
      ]}
    >
      <>
        <Breadcrumbs
          items={[
            { label: t("nav.home"), href: "/" },
            { label: t("libraryAccount.title"), href: "/account/library" },
            { label: document.title },
          ]}
        />
        <h1 className="text-3xl font-bold">{t("libraryAccount.editTitle")}</h1>
        <p className="mt-2">
          <Link href={{ pathname: "/library/[slug]", params: { slug: document.slug } }} className="underline">
            {t("libraryAccount.view")}
          </Link>
        </p>
        <Alert tone={document.review === "REJECTED" ? "error" : "info"}>
          {t(
            `libraryAccount.reviewState.${document.review === "ACCEPTED" && document.versions.length === 0 ? "ACCEPTED_EMPTY" : moderated ? "ACCEPTED_MODERATED" : document.review}`,
            { reason: document.reviewNote ?? "" },
          )}
        </Alert>
        {changeState && (
          <Alert tone={changeState === "REJECTED" ? "error" : "info"}>
            {t(`libraryAccount.changeState.${changeState}`, {
              reason: document.changeNote ?? "",
              versions:
                document.versions
                  .filter((v) => v.review === changeState)
                  .map((v) => v.number)
                  .join(", ") || "–",
            })}
          </Alert>
        )}
        {invited.length > 0 && (
          <Alert tone="info">{t("libraryAccount.invitedDevelopers", { names: invited.join(", ") })}</Alert>
        )}
        <VersionList versions={document.versions} title={document.title} />
        <VersionUpload
          documentId={document.id}
          today={new Date().toISOString().slice(0, 10)}
          first={document.versions.length === 0}
        />
        <DocumentForm
          target={{ documentId: document.id }}
          stewards={[]}
          options={options}
          institutions={institutions.map((i) => ({ id: i.id, name: i.officeName ?? i.name }))}
          consultations={consultations}
          developerOrganisations={document.pendingOrganisations?.map((o) => ({ ...o, seat: null })) ?? organisations}
          defaultValues={{ ...shown, consultationId: shown.consultationId ?? "" }}
        />
      </>
    </ClientMessages>
  );
}
