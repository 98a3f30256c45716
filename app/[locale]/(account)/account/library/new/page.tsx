import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DocumentForm } from "@/components/library/document-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requirePermission } from "@/lib/auth/redirects";
import { pageTitle, resolveLocale } from "@/lib/i18n/metadata";
import { listInstitutionsInRegion } from "@/lib/institutions/queries";
import { consultationChoices } from "@/lib/library/queries";
import { stewardOptions } from "@/lib/library/stewards";
import { topicOptions } from "@/lib/reference-data/topic-options";
import { getInstanceSettings } from "@/lib/settings/queries";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "libraryAccount" });
  return pageTitle(locale, t("newTitle"), "library");
}

export default async function NewLibraryDocumentPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const user = await requirePermission(locale, "library.write");
  const settings = await getInstanceSettings();
  const [t, stewards, options, institutions, consultations] = await Promise.all([
    getTranslations({ locale }),
    stewardOptions(user),
    topicOptions(locale),
    listInstitutionsInRegion(settings.regionCode),
    consultationChoices(user),
  ]);
  if (stewards.length === 0) notFound();
  return (
    <ClientMessages
      namespaces={[
        "errors",
        "forms.errors",
        "library.kinds",
        "library.statuses",
        "libraryForm",
        "newsForm",
        "organisationPicker",
        "ui",
      ]}
    >
      <>
        <Breadcrumbs
          items={[
            { label: t("nav.home"), href: "/" },
            { label: t("libraryAccount.title"), href: "/account/library" },
            { label: t("libraryAccount.newTitle") },
          ]}
        />
        <h1 className="text-3xl font-bold">{t("libraryAccount.newTitle")}</h1>
        <p className="mt-4 max-w-3xl">{t("libraryAccount.newIntro")}</p>
        <DocumentForm
          target={{ create: true }}
          stewards={stewards}
          options={options}
          institutions={institutions.map((i) => ({ id: i.id, name: i.officeName ?? i.name }))}
          consultations={consultations}
          defaultValues={{
            steward: stewards[0]!.value,
            title: "",
            description: "",
            kind: "STANDARD",
            status: "ADOPTED",
            consultationId: "",
            sphereIds: [],
            territoryCodes: [],
            developerInstitutionIds: [],
            developerOrganisationIds: [],
          }}
        />
      </>
    </ClientMessages>
  );
}
