// GET /api/news/rss and /api/news/atom: the region's news as RSS 2.0 or Atom,
// all of it or narrowed like the list (?sphere=, ?territory=, ?author=,
// ?kind=), in the language of ?locale= (Polish by default).
import "server-only";
import { createTranslator } from "next-intl";
import { env } from "@/lib/env";
import { feedHandlers, type FeedFormat } from "@/lib/feeds/handlers";
import type { FeedEntry } from "@/lib/feeds/syndication";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { getPathname } from "@/lib/i18n/navigation";
import { db } from "@/lib/db/client";
import { newsQuery, parseNewsSearch, toNewsFilters } from "@/lib/news/public-filters";
import { listPublicNews } from "@/lib/news/queries";
import { sphereName } from "@/lib/reference-data/sphere-name";
import { pickLocalized } from "@/lib/settings/localized";
import { getInstanceSettings } from "@/lib/settings/queries";
import { sharedIntl } from "@/lib/i18n/shared-intl";

async function feedParts(request: Request, locale: Locale, format: FeedFormat) {
  const url = new URL(request.url);
  const { params } = parseNewsSearch(Object.fromEntries(url.searchParams));
  const { q: _q, page: _page, ...narrowing } = params;
  const t = createTranslator({ ...sharedIntl, locale, messages: messagesFor(locale), namespace: "newsFeeds" });
  const settings = await getInstanceSettings();
  // The latest page of the list (20 articles), as feed readers poll often.
  const { items } = await listPublicNews({ ...toNewsFilters(narrowing), page: 1 });
  const ids = items.map((item) => item.id);
  const spheres = ids.length
    ? await db().newsArticleSphere.findMany({
        where: { articleId: { in: ids } },
        select: { articleId: true, sphere: { select: { namePl: true, nameEn: true, nameDe: true } } },
      })
    : [];
  const entries: FeedEntry[] = items.map((item) => ({
    url: new URL(
      getPathname({ href: { pathname: "/news/[slug]", params: { slug: item.slug } }, locale }),
      env().APP_URL,
    ).toString(),
    title: item.title,
    summary: item.lead,
    author:
      item.organisation?.name ??
      item.institution?.officeName ??
      item.institution?.name ??
      pickLocalized(settings.platformName, locale),
    publishedAt: item.publishedAt!,
    categories: spheres.filter((s) => s.articleId === item.id).map((s) => sphereName(s.sphere, locale)),
  }));
  const query = newsQuery({ ...narrowing });
  const localeParam = `${query ? "&" : "?"}locale=${locale}`;
  const channel = {
    title: t(Object.keys(narrowing).length ? "titleNarrowed" : "title", {
      platform: pickLocalized(settings.platformName, locale),
    }),
    url: new URL(getPathname({ href: "/news", locale }) + query, env().APP_URL).toString(),
    selfUrl: new URL(`/api/news/${format}${query}${localeParam}`, env().APP_URL).toString(),
    description: t("description"),
    language: locale,
  };
  return { channel, entries };
}

const feeds = feedHandlers("news", feedParts);
export const newsRss = feeds.rss;
export const newsAtom = feeds.atom;
