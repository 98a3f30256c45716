import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DocumentManager } from "@/components/organisations/document-manager";
import { KrsImportPanel } from "@/components/organisations/krs-import-panel";
import { LogoUploader } from "@/components/organisations/logo-uploader";
import { OrganisationProfileForm } from "@/components/organisations/organisation-profile-form";
import { OrganisationRecordForm } from "@/components/organisations/organisation-record-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button";
import { can } from "@/lib/auth/permissions";
import { requireScopedPermission } from "@/lib/auth/redirects";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { listOrganisationDocuments } from "@/lib/organisations/documents/queries";
import { logoVersion } from "@/lib/organisations/logo";
import { getProfile, profileFormValues } from "@/lib/organisations/profile/queries";
import { getOrganisationBySlug, loadRecordFormOptions } from "@/lib/organisations/queries";
import { listRegionGminasByPowiat } from "@/lib/reference-data/queries";
import { regionNameFor } from "@/lib/settings/region";
import { getInstanceSettings } from "@/lib/settings/queries";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "organisation" });
  return pageTitle(locale, t("editTitle"), "organisations");
}

export default async function EditOrganisationPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const organisation = await getOrganisationBySlug((await params).slug);
  if (!organisation) notFound();
  const user = await requireScopedPermission(locale, "organisation.edit", { organisationId: organisation.id });
  const settings = await getInstanceSettings();
  const [t, options, profile, gminaGroups, logo, documents] = await Promise.all([
    getTranslations({ locale }),
    loadRecordFormOptions(locale),
    getProfile(organisation.id),
    listRegionGminasByPowiat(settings.regionCode),
    logoVersion(organisation.id),
    listOrganisationDocuments(organisation.id),
  ]);
  if (!profile) notFound();
  const territories = {
    region: { code: settings.regionCode, name: regionNameFor(settings.region.name, locale) },
    powiats: gminaGroups.map((group) => ({
      code: group.powiatCode,
      name: group.powiat,
      gminas: group.gminas.map((g) => ({ code: g.code, name: g.name })),
    })),
  };
  return (
    <ClientMessages
      namespaces={[
        "errors",
        "forms.errors",
        "krsImport",
        "legalForms",
        "organisationDocuments",
        "organisationForm",
        "organisationLogo",
        "organisationProfile",
        "targetGroups",
        "ui",
      ]}
    >
      <>
        <Breadcrumbs
          items={[
            { label: t("nav.home"), href: "/" },
            {
              label: organisation.name,
              href: { pathname: "/organisations/[slug]", params: { slug: organisation.slug } },
            },
            { label: t("organisation.editTitle") },
          ]}
        />
        <h1 className="text-3xl font-bold">{t("organisation.editTitle")}</h1>
        <p className="mt-4 max-w-3xl">{t("organisation.editIntro")}</p>
        <p className="mt-4">
          <ButtonLink
            href={{ pathname: "/organisations/[slug]/partnerships", params: { slug: organisation.slug } }}
            variant="secondary"
          >
            {t("partnerships.editLink")}
          </ButtonLink>
        </p>
        {organisation.krs && <KrsImportPanel organisationId={organisation.id} />}
        <OrganisationRecordForm
          {...options}
          organisationId={organisation.id}
          verified={organisation.verifiedAt !== null && !can(user, "organisations.verify")}
          defaultValues={{
            name: organisation.name,
            shortName: organisation.shortName ?? "",
            legalForm: organisation.legalForm,
            krs: organisation.krs ?? "",
            nip: organisation.nip ?? "",
            regon: organisation.regon ?? "",
            seatTerritoryCode: organisation.seatTerritoryCode,
            sphereIds: organisation.spheres.map(({ sphere }) => sphere.id),
          }}
        />
        <LogoUploader organisationId={organisation.id} version={logo} />
        <OrganisationProfileForm
          organisationId={organisation.id}
          defaultValues={profileFormValues(profile)}
          territories={territories}
        />
        <DocumentManager
          organisationId={organisation.id}
          documents={documents.map((document) => ({
            id: document.id,
            kind: document.kind,
            title: document.title,
            year: document.year,
            size: document.file.size,
            format: document.file.kind,
          }))}
        />
      </>
    </ClientMessages>
  );
}
