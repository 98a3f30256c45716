// GET /api/ideas/rss and /api/ideas/atom: the newest published entries of the
// ideas board as RSS 2.0 or Atom, all of them or narrowed like the list
// (?kind=, ?status=, ?institution=, ?sphere=, ?territory=, ?organisation=,
// ?q=), in the language of ?locale= (Polish by default). An entry names the
// organisation it was written for, never the person.
import "server-only";
import { createTranslator } from "next-intl";
import { env } from "@/lib/env";
import { feedHandlers, type FeedFormat } from "@/lib/feeds/handlers";
import type { FeedEntry } from "@/lib/feeds/syndication";
import { plainExcerpt } from "@/lib/forum/excerpt";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { getPathname } from "@/lib/i18n/navigation";
import { ideaFiltersQuery, parseIdeaFilters } from "@/lib/ideas/feeds/filters";
import { ideaUrl } from "@/lib/ideas/feeds/open-data";
import { latestIdeas } from "@/lib/ideas/feeds/queries";
import { sphereName } from "@/lib/reference-data/sphere-name";
import { pickLocalized } from "@/lib/settings/localized";
import { getInstanceSettings } from "@/lib/settings/queries";
import { sharedIntl } from "@/lib/i18n/shared-intl";

/** How many entries a feed carries (feed readers poll often; the list has the rest). */
export const FEED_SIZE = 30;

async function feedParts(request: Request, locale: Locale, format: FeedFormat) {
  // A malformed filter is left out rather than refused: a feed reader cannot show an error.
  const { filters } = parseIdeaFilters(new URL(request.url).searchParams);
  const t = createTranslator({
    ...sharedIntl,
    locale,
    messages: messagesFor(locale),
    namespace: "ideaDiscussion.feeds",
  });
  const settings = await getInstanceSettings();
  const platform = pickLocalized(settings.platformName, locale);
  const rows = await latestIdeas(filters, FEED_SIZE);
  const entries: FeedEntry[] = rows.map((row) => ({
    url: ideaUrl(row.slug, locale),
    title: row.title,
    summary: plainExcerpt(row.body, 400),
    author: row.organisation?.name ?? t("person"),
    publishedAt: row.publishedAt!,
    updatedAt: row.lastAnsweredAt ?? row.publishedAt!,
    categories: [t(`kinds.${row.kind}`), ...row.spheres.map((s) => sphereName(s.sphere, locale))],
  }));
  const query = ideaFiltersQuery(filters);
  const localeParam = `${query ? "&" : "?"}locale=${locale}`;
  const channel = {
    title: t(query ? "titleNarrowed" : "title", { platform }),
    url: new URL(getPathname({ href: "/ideas", locale }) + query, env().APP_URL).toString(),
    selfUrl: new URL(`/api/ideas/${format}${query}${localeParam}`, env().APP_URL).toString(),
    description: t("description"),
    language: locale,
  };
  return { channel, entries };
}

const feeds = feedHandlers("ideas", feedParts);
export const ideasRss = feeds.rss;
export const ideasAtom = feeds.atom;
