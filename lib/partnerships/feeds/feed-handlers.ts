// GET /api/partnerships/rss and /api/partnerships/atom: the newest open
// partner requests as RSS 2.0 or Atom, all of them or narrowed like the list
// (the list's filter parameters, lib/partnerships/list/filters.ts), in the
// language of ?locale= (Polish by default). An entry names the organisation or
// office that posted it, never the person; closed, expired and hidden requests
// are never in it. Each client's requests count against the open data API's
// per-client budget (lib/directory/api-handlers.ts): a feed runs the list's search.
import "server-only";
import { createTranslator } from "next-intl";
import { chargeClient } from "@/lib/directory/api-handlers";
import { env } from "@/lib/env";
import { feedHandlers, type FeedFormat } from "@/lib/feeds/handlers";
import type { FeedEntry } from "@/lib/feeds/syndication";
import { plainExcerpt } from "@/lib/forum/excerpt";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { getPathname } from "@/lib/i18n/navigation";
import { parsePartnerRequestSearch, partnerRequestFiltersQuery } from "@/lib/partnerships/list/filters";
import { partnerRequestUrl, requestAuthor } from "@/lib/partnerships/list/open-data";
import { searchPartnerRequests } from "@/lib/partnerships/list/queries";
import { sphereName } from "@/lib/reference-data/sphere-name";
import { pickLocalized } from "@/lib/settings/localized";
import { getInstanceSettings } from "@/lib/settings/queries";
import { sharedIntl } from "@/lib/i18n/shared-intl";

/** How many requests a feed carries (feed readers poll often; the list has the rest). */
export const PARTNER_REQUEST_FEED_SIZE = 30;

async function feedParts(request: Request, locale: Locale, format: FeedFormat) {
  // A malformed filter is left out rather than refused: a feed reader cannot show an error.
  const { filters } = parsePartnerRequestSearch(new URL(request.url).searchParams).search;
  const messages = messagesFor(locale);
  const t = createTranslator({ ...sharedIntl, locale, messages, namespace: "partnerRequestFeeds" });
  const roles = createTranslator({ ...sharedIntl, locale, messages, namespace: "partnerRequestList.roles" });
  const settings = await getInstanceSettings();
  const platform = pickLocalized(settings.platformName, locale);
  const { rows } = await searchPartnerRequests(filters, "newest", { offset: 0, limit: PARTNER_REQUEST_FEED_SIZE });
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const entries: FeedEntry[] = rows.map((row) => ({
    url: partnerRequestUrl(row.slug, locale),
    title: row.title,
    summary: `${t("closes", { date: dates.format(row.repliesCloseOn) })} ${plainExcerpt(row.initiative, 400)}`,
    author: requestAuthor(row)?.name ?? t("formerParty"),
    publishedAt: row.openedAt,
    updatedAt: row.renewedAt ?? row.openedAt,
    categories: [...row.roles.map((role) => roles(role)), ...row.spheres.map((s) => sphereName(s.sphere, locale))],
  }));
  const query = partnerRequestFiltersQuery(filters);
  const localeParam = `${query ? "&" : "?"}locale=${locale}`;
  const channel = {
    title: t(query ? "titleNarrowed" : "title", { platform }),
    url: new URL(getPathname({ href: "/partnerships", locale }) + query, env().APP_URL).toString(),
    selfUrl: new URL(`/api/partnerships/${format}${query}${localeParam}`, env().APP_URL).toString(),
    description: t("description"),
    language: locale,
  };
  return { channel, entries };
}

const feeds = feedHandlers("partnerRequests", feedParts, { charge: (request) => chargeClient(request) });
export const partnerRequestsRss = feeds.rss;
export const partnerRequestsAtom = feeds.atom;
