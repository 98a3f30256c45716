// GET /api/consultations/rss (RSS 2.0 of announced consultations) and
// /api/consultations/calendar (iCalendar of their periods and meetings).
import "server-only";
import { createTranslator } from "next-intl";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { routeHandler } from "@/lib/http/route-handler";
import { locales, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { getPathname } from "@/lib/i18n/navigation";
import { icalFeed, rssFeed, type FeedItem } from "@/lib/consultations/feeds";
import { pickLocalized } from "@/lib/settings/localized";
import { getInstanceSettings } from "@/lib/settings/queries";
import { sharedIntl } from "@/lib/i18n/shared-intl";

const DAY = 24 * 3600 * 1000;

/** Feeds are public and cached (public, max-age=300); an unknown locale is Polish. */
const feed = { access: { public: true }, query: z.object({ locale: z.enum(locales).catch("pl") }) } as const;

async function feedItems(locale: Locale, where: object, take: number): Promise<FeedItem[]> {
  const rows = await db().consultation.findMany({
    where: { status: { not: "DRAFT" }, publishedAt: { not: null }, ...where },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      publishedAt: true,
      startsAt: true,
      endsAt: true,
      meetingAt: true,
      meetingPlace: true,
      institution: { select: { name: true, officeName: true } },
    },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take,
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    url: new URL(
      getPathname({ href: { pathname: "/consultations/[slug]", params: { slug: row.slug } }, locale }),
      env().APP_URL,
    ).toString(),
    // Markdown marks are noise in a feed reader; the text is what matters.
    summary: row.summary.replace(/[*_#>`[\]]/g, "").slice(0, 1000),
    organiser: row.institution.officeName ?? row.institution.name,
    publishedAt: row.publishedAt!,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    meetingAt: row.meetingAt,
    meetingPlace: row.meetingPlace,
  }));
}

const headers = (type: string) => ({
  "Content-Type": type,
  "Cache-Control": "public, max-age=300",
  "X-Content-Type-Options": "nosniff",
});

export const consultationsRss = routeHandler({ ...feed, name: "consultations.rss" }, async ({ query }) => {
  const { locale } = query;
  const t = createTranslator({ ...sharedIntl, locale, messages: messagesFor(locale), namespace: "consultationFeeds" });
  const settings = await getInstanceSettings();
  const items = await feedItems(locale, {}, 50);
  const listUrl = new URL(getPathname({ href: "/consultations", locale }), env().APP_URL).toString();
  const body = rssFeed(
    {
      title: t("rssTitle", { platform: pickLocalized(settings.platformName, locale) }),
      url: listUrl,
      selfUrl: new URL("/api/consultations/rss", env().APP_URL).toString(),
      description: t("rssDescription"),
      language: locale,
    },
    items,
  );
  return new Response(body, { headers: headers("application/rss+xml; charset=utf-8") });
});

export const consultationsCalendar = routeHandler({ ...feed, name: "consultations.calendar" }, async ({ query }) => {
  const { locale } = query;
  const now = new Date();
  const t = createTranslator({ ...sharedIntl, locale, messages: messagesFor(locale), namespace: "consultationFeeds" });
  const items = await feedItems(locale, { endsAt: { gt: new Date(now.getTime() - 90 * DAY) } }, 500);
  const body = icalFeed(
    {
      name: t("calendarName"),
      host: new URL(env().APP_URL).host,
      now,
      labels: { period: t("period"), meeting: t("meeting") },
    },
    items,
  );
  return new Response(body, {
    headers: {
      ...headers("text/calendar; charset=utf-8"),
      "Content-Disposition": 'inline; filename="konsultacje.ics"',
    },
  });
});
