// GET /api/competitions/rss (RSS 2.0 of announced competitions) and
// /api/competitions/calendar (iCalendar of the deadlines of competitions not yet
// closed; ?institution=<id> for one office's).
import "server-only";
import { createTranslator } from "next-intl";
import { z } from "zod";
import { competitionsRss, deadlinesCalendar, type CompetitionFeedItem } from "@/lib/competitions/feeds";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { routeHandler } from "@/lib/http/route-handler";
import { locales, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { getPathname } from "@/lib/i18n/navigation";
import { pickLocalized } from "@/lib/settings/localized";
import { getInstanceSettings } from "@/lib/settings/queries";
import { isRecordId } from "@/lib/validation/record-id";
import { sharedIntl } from "@/lib/i18n/shared-intl";

const DAY = 24 * 3600 * 1000;

/** Feeds are public and cached (public, max-age=300); an unknown locale is Polish, an unknown office is none. */
const feed = {
  access: { public: true },
  query: z.object({
    locale: z.enum(locales).catch("pl"),
    institution: z
      .string()
      .optional()
      .catch(undefined)
      .transform((id) => (isRecordId(id) ? id : undefined)),
  }),
} as const;

async function feedItems(
  locale: Locale,
  where: Prisma.CompetitionWhereInput,
  orderBy: Prisma.CompetitionOrderByWithRelationInput,
  take: number,
): Promise<CompetitionFeedItem[]> {
  const rows = await db().competition.findMany({
    where: { status: { not: "DRAFT" }, publishedAt: { not: null }, ...where },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      publishedAt: true,
      offersDeadline: true,
      institution: { select: { name: true, officeName: true } },
    },
    orderBy: [orderBy, { id: "asc" }],
    take,
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    url: new URL(
      getPathname({ href: { pathname: "/competitions/[slug]", params: { slug: row.slug } }, locale }),
      env().APP_URL,
    ).toString(),
    // Markdown marks are noise in a feed reader; the text is what matters.
    summary: row.summary.replace(/[*_#>`[\]]/g, "").slice(0, 1000),
    office: row.institution.officeName ?? row.institution.name,
    publishedAt: row.publishedAt!,
    offersDeadline: row.offersDeadline,
  }));
}

const headers = (type: string) => ({
  "Content-Type": type,
  "Cache-Control": "public, max-age=300",
  "X-Content-Type-Options": "nosniff",
});

export const competitionsRssHandler = routeHandler({ ...feed, name: "competitions.rss" }, async ({ query }) => {
  const { locale } = query;
  const t = createTranslator({ ...sharedIntl, locale, messages: messagesFor(locale), namespace: "competitions.feeds" });
  const settings = await getInstanceSettings();
  const items = await feedItems(
    locale,
    query.institution ? { institutionId: query.institution } : {},
    { publishedAt: "desc" },
    50,
  );
  const body = competitionsRss(
    {
      title: t("rssTitle", { platform: pickLocalized(settings.platformName, locale) }),
      url: new URL(getPathname({ href: "/competitions", locale }), env().APP_URL).toString(),
      selfUrl: new URL("/api/competitions/rss", env().APP_URL).toString(),
      description: t("rssDescription"),
      language: locale,
    },
    items,
  );
  return new Response(body, { headers: headers("application/rss+xml; charset=utf-8") });
});

export const competitionsCalendarHandler = routeHandler(
  { ...feed, name: "competitions.calendar" },
  async ({ query }) => {
    const { locale } = query;
    const now = new Date();
    const t = createTranslator({
      ...sharedIntl,
      locale,
      messages: messagesFor(locale),
      namespace: "competitions.feeds",
    });
    // Deadlines still ahead, and those of the last 30 days (a calendar keeps what just passed).
    const items = await feedItems(
      locale,
      {
        status: "PUBLISHED",
        offersDeadline: { gt: new Date(now.getTime() - 30 * DAY) },
        ...(query.institution ? { institutionId: query.institution } : {}),
      },
      { offersDeadline: "asc" },
      1000,
    );
    const body = deadlinesCalendar(
      { name: t("calendarName"), host: new URL(env().APP_URL).host, now, label: t("deadline") },
      items,
    );
    return new Response(body, {
      headers: { ...headers("text/calendar; charset=utf-8"), "Content-Disposition": 'inline; filename="konkursy.ics"' },
    });
  },
);
