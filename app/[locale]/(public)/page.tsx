import { getTranslations, setRequestLocale } from "next-intl/server";
import { HomeCompetitions } from "@/components/home/home-competitions";
import { HomeConsultations } from "@/components/home/home-consultations";
import { HomeElections } from "@/components/home/home-elections";
import { HomeForum } from "@/components/home/home-forum";
import { HomeIdeas } from "@/components/home/home-ideas";
import { HomeNews } from "@/components/home/home-news";
import { HomePartnerRequests } from "@/components/home/home-partner-requests";
import { InstitutionList } from "@/components/home/institution-list";
import { RecentOrganisations } from "@/components/home/recent-organisations";
import { RegionStats } from "@/components/home/region-stats";
import { ForYouStrip } from "@/components/matters/for-you-strip";
import { Alert } from "@/components/ui/alert";
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
  const { counts, news, openConsultations, openCompetitions, elections, ideas, partnerRequests, forumThreads } = view;
  // Days left and clocks count from the moment of rendering (the page cache keeps the result briefly).
  const now = new Date();
  const accountDeleted = (await searchParams).account === "deleted";
  return (
    <>
      {accountDeleted && (
        <Alert tone="success" live>
          {t("privacyRights.deleted")}
        </Alert>
      )}
      <h1 className="text-3xl font-bold sm:text-4xl">{name}</h1>
      <ForYouStrip />
      <p className="mt-4 max-w-3xl text-lg">
        {t("home.lead", { region: t("region.label", { name: regionNameFor(settings.region.name, locale) }) })}
      </p>
      {/* The noticeboard, most pressing first: what one can still take part in, then what is new. */}
      <HomeConsultations items={openConsultations.items} total={openConsultations.total} now={now} />
      <HomeCompetitions items={openCompetitions.items} total={openCompetitions.total} now={now} />
      <HomeElections items={elections} />
      <HomeIdeas items={ideas} now={now} />
      <HomePartnerRequests items={partnerRequests} now={now} />
      <HomeForum items={forumThreads} />
      <HomeNews featured={news.featured} latest={news.latest} platform={name} />
      <RegionStats counts={counts} />
      <RecentOrganisations organisations={view.organisations} />
      <InstitutionList institutions={view.institutions} />
    </>
  );
}
