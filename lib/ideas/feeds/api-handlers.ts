// The ideas board as open data (/api/v1/ideas and /api/v1/ideas/{slug}):
// the list page's filters, newest first, cursor pagination, and the same
// rate limit, ETags, caching and CORS as the organisations API.
import { z } from "zod";
import { apiError, cacheableJson, chargeClient } from "@/lib/directory/api-handlers";
import { rateLimitHeaders } from "@/lib/http/memory-rate-limit";
import { routeHandler } from "@/lib/http/route-handler";
import { ideaFilterNames, parseIdeaFilters, type IdeaFilters } from "@/lib/ideas/feeds/filters";
import {
  IDEAS_API_DEFAULT_LIMIT,
  IDEAS_API_MAX_LIMIT,
  decodeIdeaCursor,
  encodeIdeaCursor,
  toPublicIdea,
} from "@/lib/ideas/feeds/open-data";
import {
  countMatchingIdeas,
  matchingIdeaIds,
  publicIdeaBySlug,
  publicIdeaRows,
  type IdeaCursor,
} from "@/lib/ideas/feeds/queries";

const limitSchema = z.coerce.number().int().min(1).max(IDEAS_API_MAX_LIMIT);

/** Reads the list's parameters, or lists the ones that are wrong (unknown ones too: a typo must not widen a search). */
export function readIdeasApiQuery(
  url: URL,
): { filters: IdeaFilters; limit: number; cursor: IdeaCursor | null } | { invalid: string[] } {
  const { filters, invalid } = parseIdeaFilters(url.searchParams);
  const problems = [...invalid];
  const rawLimit = url.searchParams.get("limit");
  const limit =
    rawLimit === null ? { success: true as const, data: IDEAS_API_DEFAULT_LIMIT } : limitSchema.safeParse(rawLimit);
  if (!limit.success) problems.push("limit");
  const rawCursor = url.searchParams.get("cursor");
  const cursor = rawCursor === null ? null : decodeIdeaCursor(rawCursor);
  if (rawCursor !== null && cursor === null) problems.push("cursor");
  const known = new Set<string>([...ideaFilterNames, "limit", "cursor"]);
  for (const key of url.searchParams.keys()) if (!known.has(key)) problems.push(key);
  if (problems.length > 0 || !limit.success) return { invalid: [...new Set(problems)] };
  return { filters, limit: limit.data, cursor };
}

const openData = (name: string) =>
  ({ name, access: { public: true }, refusal: (status: number, code: string) => apiError(status, code) }) as const;

/** GET /api/v1/ideas */
export const handleIdeasList = routeHandler(openData("ideas.api.list"), async ({ request }) => {
  const decision = chargeClient(request);
  if (!decision.allowed) return apiError(429, "RATE_LIMITED", {}, rateLimitHeaders(decision));
  const url = new URL(request.url);
  const query = readIdeasApiQuery(url);
  if ("invalid" in query)
    return apiError(400, "INVALID_PARAMETERS", { parameters: query.invalid }, rateLimitHeaders(decision));
  // One more than a page tells whether another follows.
  const [total, ids] = await Promise.all([
    countMatchingIdeas(query.filters),
    matchingIdeaIds(query.filters, { limit: query.limit + 1, after: query.cursor }),
  ]);
  const rows = await publicIdeaRows(ids.slice(0, query.limit));
  const last = rows.at(-1);
  const nextUrl = ids.length > query.limit && last?.publishedAt ? new URL(url) : null;
  if (nextUrl && last?.publishedAt)
    nextUrl.searchParams.set("cursor", encodeIdeaCursor({ publishedAt: last.publishedAt, id: last.id }));
  const now = new Date();
  const body = {
    data: rows.map((row) => toPublicIdea(row, now)),
    meta: { total, limit: query.limit, sort: "newest" },
    links: { self: url.pathname + url.search, next: nextUrl ? nextUrl.pathname + nextUrl.search : null },
  };
  return cacheableJson(request, body, rateLimitHeaders(decision));
});

/** GET /api/v1/ideas/{slug}: one published entry (any other answers 404, as if it did not exist). */
export const handleIdeaDetail = routeHandler(
  { ...openData("ideas.api.detail"), params: z.object({ slug: z.string().regex(/^[a-z0-9-]{1,120}$/) }) },
  async ({ request, params }) => {
    const decision = chargeClient(request);
    if (!decision.allowed) return apiError(429, "RATE_LIMITED", {}, rateLimitHeaders(decision));
    const row = await publicIdeaBySlug(params.slug);
    if (!row) return apiError(404, "NOT_FOUND", {}, rateLimitHeaders(decision));
    return cacheableJson(request, { data: toPublicIdea(row, new Date()) }, rateLimitHeaders(decision));
  },
);
