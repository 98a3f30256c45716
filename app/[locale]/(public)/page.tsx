import { getTranslations, setRequestLocale } from "next-intl/server";
import { InstitutionList } from "@/components/home/institution-list";
import { RecentOrganisations } from "@/components/home/recent-organisations";
import { RegionStats } from "@/components/home/region-stats";
import { Alert } from "@/components/ui/alert";
import { listInstitutionsInRegion } from "@/lib/institutions/queries";
import { platformName, resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { countOrganisationsInRegion, listRecentOrganisations } from "@/lib/organisations/queries";
import { countRegionUnits } from "@/lib/reference-data/queries";
import { getInstanceSettings } from "@/lib/settings/queries";
import { regionNameFor } from "@/lib/settings/region";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ account?: string }> };

export const generateMetadata = titleMetadata("home");

export default async function HomePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const settings = await getInstanceSettings();
  const [t, units, organisationCount, organisations, institutions, name] = await Promise.all([
    getTranslations({ locale }),
    countRegionUnits(settings.regionCode),
    countOrganisationsInRegion(settings.regionCode),
    listRecentOrganisations(settings.regionCode),
    listInstitutionsInRegion(settings.regionCode),
    platformName(locale),
  ]);
  const accountDeleted = (await searchParams).account === "deleted";
  return (
    <>
      {accountDeleted && (
        <Alert tone="success" live>
          {t("privacyRights.deleted")}
        </Alert>
      )}
      <h1 className="text-3xl font-bold sm:text-4xl">{name}</h1>
      <p className="mt-4 max-w-3xl text-lg">
        {t("home.lead", { region: t("region.label", { name: regionNameFor(settings.region.name, locale) }) })}
      </p>
      <RegionStats counts={{ organisations: organisationCount, institutions: institutions.length, ...units }} />
      <RecentOrganisations organisations={organisations} />
      <InstitutionList institutions={institutions} />
    </>
  );
}
