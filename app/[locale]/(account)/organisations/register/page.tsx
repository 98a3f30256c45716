import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { OrganisationRecordForm } from "@/components/organisations/organisation-record-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requirePermission } from "@/lib/auth/redirects";
import { resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { loadRecordFormOptions } from "@/lib/organisations/queries";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleMetadata("registerOrganisation", "organisations");

export default async function RegisterOrganisationPage({ params }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  await requirePermission(locale, "organisations.register");
  const [t, options] = await Promise.all([getTranslations({ locale }), loadRecordFormOptions(locale)]);
  return (
    <ClientMessages namespaces={["errors", "forms.errors", "legalForms", "organisationForm", "ui"]}>
      <>
        <Breadcrumbs
          items={[
            { label: t("nav.home"), href: "/" },
            { label: t("account.title"), href: "/account" },
            { label: t("registerOrganisation.title") },
          ]}
        />
        <h1 className="text-3xl font-bold">{t("registerOrganisation.title")}</h1>
        <p className="mt-4 max-w-3xl">{t("registerOrganisation.intro")}</p>
        <p className="mt-2 max-w-3xl">{t("registerOrganisation.existing")}</p>
        <OrganisationRecordForm
          {...options}
          defaultValues={{
            name: "",
            shortName: "",
            legalForm: "ASSOCIATION",
            krs: "",
            nip: "",
            regon: "",
            seatTerritoryCode: "",
            sphereIds: [],
          }}
        />
      </>
    </ClientMessages>
  );
}
