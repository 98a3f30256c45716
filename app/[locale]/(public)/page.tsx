import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConsultationList } from "@/components/consultations/consultation-list";
import { HomeNews } from "@/components/home/home-news";
import { InstitutionList } from "@/components/home/institution-list";
import { RecentOrganisations } from "@/components/home/recent-organisations";
import { RegionStats } from "@/components/home/region-stats";
import { Alert } from "@/components/ui/alert";
import { listPublicConsultations } from "@/lib/consultations/queries";
import { Link } from "@/lib/i18n/navigation";
import { listInstitutionsInRegion } from "@/lib/institutions/queries";
import { platformName, resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { homeNews } from "@/lib/news/queries";
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
  const [t, units, organisationCount, organisations, institutions, name, consultations, news] = await Promise.all([
    getTranslations({ locale }),
    countRegionUnits(settings.regionCode),
    countOrganisationsInRegion(settings.regionCode),
    listRecentOrganisations(settings.regionCode),
    listInstitutionsInRegion(settings.regionCode),
    platformName(locale),
    listPublicConsultations({ phase: "open", page: 1 }),
    homeNews(),
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
      <HomeNews featured={news.featured} latest={news.latest} platform={name} />
      <section aria-labelledby="open-consultations-heading" className="mt-10">
        <h2 id="open-consultations-heading" className="text-2xl font-bold">
          {t("home.openConsultations")}
        </h2>
        {consultations.items.length === 0 ? (
          <p className="mt-2">{t("home.noOpenConsultations")}</p>
        ) : (
          <ConsultationList items={consultations.items.slice(0, 5)} />
        )}
        <p className="mt-4">
          <Link href="/consultations" className="underline">
            {t("home.allConsultations", { count: consultations.total })}
          </Link>
        </p>
      </section>
      <RecentOrganisations organisations={organisations} />
      <InstitutionList institutions={institutions} />
    </>
  );
}
