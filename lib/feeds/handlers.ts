// The RSS and Atom routes of a list (news, the ideas board): public, cached by
// shared caches for five minutes, in the language asked for (Polish for an
// unknown one). The area says what its channel and entries are; the narrowing
// parameters are its list's own, so only the locale is validated here.
import "server-only";
import { z } from "zod";
import { atomFeed, rssFeed, type FeedChannel, type FeedEntry } from "@/lib/feeds/syndication";
import { routeHandler } from "@/lib/http/route-handler";
import { locales, type Locale } from "@/lib/i18n/locales";

export type FeedFormat = "rss" | "atom";
type FeedParts = (
  request: Request,
  locale: Locale,
  format: FeedFormat,
) => Promise<{ channel: FeedChannel; entries: FeedEntry[] }>;

const headers = (type: string) => ({
  "Content-Type": type,
  "Cache-Control": "public, max-age=300",
  "X-Content-Type-Options": "nosniff",
});

const feed = { access: { public: true }, query: z.object({ locale: z.enum(locales).catch("pl") }) } as const;

/** The area's two feed routes, named `<area>.rss` and `<area>.atom`. */
export function feedHandlers(area: string, feedParts: FeedParts) {
  return {
    rss: routeHandler({ ...feed, name: `${area}.rss` }, async ({ request, query }) => {
      const { channel, entries } = await feedParts(request, query.locale, "rss");
      return new Response(rssFeed(channel, entries), { headers: headers("application/rss+xml; charset=utf-8") });
    }),
    atom: routeHandler({ ...feed, name: `${area}.atom` }, async ({ request, query }) => {
      const { channel, entries } = await feedParts(request, query.locale, "atom");
      return new Response(atomFeed(channel, entries), { headers: headers("application/atom+xml; charset=utf-8") });
    }),
  };
}
