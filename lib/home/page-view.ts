// What the home page shows besides its texts, as the region's noticeboard:
// open consultations, competitions taking offers, elections in progress, ideas awaiting an answer, open
// partner requests, the latest forum threads and news, the counters, recently
// verified organisations and the offices. Each block is a few rows off an
// index, all read at once. The same for every reader, signed in or not, so it is gathered once
// and kept for half a minute (and dropped at once when public data changes):
// about twenty queries that every signed-in reader's home page repeated.
import { keptOrLoaded, TtlCache } from "@/lib/cache/ttl-cache";
import { listPublicCompetitions } from "@/lib/competitions/list";
import { listPublicConsultations } from "@/lib/consultations/queries";
import { listElectionsInProgress } from "@/lib/elections/queries";
import { ideasAwaitingAnswer, latestPublicThreads, partnerRequestsClosingFirst } from "@/lib/home/queries";
import { listInstitutionsInRegion } from "@/lib/institutions/queries";
import { homeNews } from "@/lib/news/queries";
import { countOrganisationsInRegion, listRecentOrganisations } from "@/lib/organisations/queries";
import { countRegionUnits } from "@/lib/reference-data/queries";

/** How many open consultations the home page lists (the rest behind "all consultations"). */
export const HOME_CONSULTATIONS = 5;
/** How many lines each of the other blocks shows (the rest behind its "all" link). */
export const HOME_BLOCK_ITEMS = 5;

// A consultation that opens or closes shows up to this late on the home page;
// its own page and the list are always current.
const HOME_TTL_MS = 30_000;

async function gatherHomePage(regionCode: string) {
  const [
    units,
    organisationCount,
    organisations,
    institutions,
    consultations,
    competitions,
    news,
    elections,
    ideas,
    partnerRequests,
    forumThreads,
  ] = await Promise.all([
    countRegionUnits(regionCode),
    countOrganisationsInRegion(regionCode),
    listRecentOrganisations(regionCode),
    listInstitutionsInRegion(regionCode),
    listPublicConsultations({ phase: "open", page: 1 }),
    listPublicCompetitions({ phase: "open", page: 1 }, new Date(), { pageSize: HOME_BLOCK_ITEMS }),
    homeNews(),
    listElectionsInProgress(HOME_BLOCK_ITEMS),
    ideasAwaitingAnswer(HOME_BLOCK_ITEMS),
    partnerRequestsClosingFirst(HOME_BLOCK_ITEMS),
    latestPublicThreads(HOME_BLOCK_ITEMS),
  ]);
  return {
    counts: { organisations: organisationCount, institutions: institutions.length, ...units },
    organisations,
    institutions,
    openConsultations: { items: consultations.items.slice(0, HOME_CONSULTATIONS), total: consultations.total },
    openCompetitions: competitions,
    news,
    elections,
    ideas,
    partnerRequests,
    forumThreads,
  };
}

export type HomePageView = Awaited<ReturnType<typeof gatherHomePage>>;

const homeCache = new TtlCache<Promise<HomePageView>>({ ttlMs: HOME_TTL_MS, maxEntries: 4 });

/** The home page's public content for the region, shared by every reader. */
export function homePageView(regionCode: string): Promise<HomePageView> {
  return keptOrLoaded(homeCache, regionCode, () => gatherHomePage(regionCode));
}
