import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConsultationList } from "@/components/consultations/consultation-list";
import { HomeNews } from "@/components/home/home-news";
import { InstitutionList } from "@/components/home/institution-list";
import { RecentOrganisations } from "@/components/home/recent-organisations";
import { RegionStats } from "@/components/home/region-stats";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/lib/i18n/navigation";
import { homePageView } from "@/lib/home/page-view";
import { platformName, resolveLocale, titleMetadata } from "@/lib/i18n/metadata";
import { getInstanceSettings } from "@/lib/settings/queries";
import { regionNameFor } from "@/lib/settings/region";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ account?: string }> };

export const generateMetadata = titleMetadata("home");

export default async function HomePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  setRequestLocale(locale);
  const settings = await getInstanceSettings();
  const [t, name, view] = await Promise.all([
    getTranslations({ locale }),
    platformName(locale),
    homePageView(settings.regionCode),
  ]);
  const { counts, news, openConsultations, organisations, institutions } = view;
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
      <RegionStats counts={counts} />
      <HomeNews featured={news.featured} latest={news.latest} platform={name} />
      <section aria-labelledby="open-consultations-heading" className="mt-10">
        <h2 id="open-consultations-heading" className="text-2xl font-bold">
          {t("home.openConsultations")}
        </h2>
        {openConsultations.items.length === 0 ? (
          <p className="mt-2">{t("home.noOpenConsultations")}</p>
        ) : (
          <ConsultationList items={openConsultations.items} />
        )}
        <p className="mt-4">
          <Link href="/consultations" className="underline">
            {t("home.allConsultations", { count: openConsultations.total })}
          </Link>
        </p>
      </section>
      <RecentOrganisations organisations={organisations} />
      <InstitutionList institutions={institutions} />
    </>
  );
}
