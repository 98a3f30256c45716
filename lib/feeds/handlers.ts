// The RSS and Atom routes of a list (news, the ideas board): public, cached by
// shared caches for five minutes, in the language asked for (Polish for an
// unknown one). The area says what its channel and entries are; the narrowing
// parameters are its list's own, so only the locale is validated here. An
// area may count each client's requests against a budget (`charge`, the open
// data API's per-client limit): over it, 429 and when to come back.
import "server-only";
import { z } from "zod";
import { atomFeed, rssFeed, type FeedChannel, type FeedEntry } from "@/lib/feeds/syndication";
import { rateLimitHeaders, type LimitDecision } from "@/lib/http/memory-rate-limit";
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
export function feedHandlers(
  area: string,
  feedParts: FeedParts,
  options: { charge?: (request: Request) => LimitDecision } = {},
) {
  const serve = (format: FeedFormat, type: string, write: typeof rssFeed) =>
    routeHandler({ ...feed, name: `${area}.${format}` }, async ({ request, query }) => {
      const decision = options.charge?.(request);
      const limits = decision ? rateLimitHeaders(decision) : {};
      if (decision && !decision.allowed)
        return new Response(null, { status: 429, headers: { "Cache-Control": "no-store", ...limits } });
      const { channel, entries } = await feedParts(request, query.locale, format);
      return new Response(write(channel, entries), { headers: { ...headers(type), ...limits } });
    });
  return {
    rss: serve("rss", "application/rss+xml; charset=utf-8", rssFeed),
    atom: serve("atom", "application/atom+xml; charset=utf-8", atomFeed),
  };
}
