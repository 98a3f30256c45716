// Open partner requests as open data (/api/v1/partner-requests and
// /api/v1/partner-requests/{slug}): the list page's filters and orders, a page
// at a time, with the same rate limit, ETags, caching and CORS as the
// organisations API. Closed, expired and hidden requests do not exist here.
import { z } from "zod";
import { apiError, cacheableJson, chargeClient } from "@/lib/directory/api-handlers";
import { rateLimitHeaders } from "@/lib/http/memory-rate-limit";
import { routeHandler } from "@/lib/http/route-handler";
import {
  parsePartnerRequestSearch,
  partnerRequestFilterNames,
  type PartnerRequestSearch,
} from "@/lib/partnerships/list/filters";
import {
  PARTNER_REQUESTS_API_DEFAULT_LIMIT,
  PARTNER_REQUESTS_API_MAX_LIMIT,
  toPublicPartnerRequest,
} from "@/lib/partnerships/list/open-data";
import { publicRequestBySlug, searchPartnerRequests } from "@/lib/partnerships/list/queries";

const limitSchema = z.coerce.number().int().min(1).max(PARTNER_REQUESTS_API_MAX_LIMIT);

/** Reads the parameters, or lists the ones that are wrong (unknown ones too: a typo must not widen a search). */
export function readPartnerRequestsApiQuery(
  url: URL,
): { search: PartnerRequestSearch; limit: number } | { invalid: string[] } {
  const { search, invalid } = parsePartnerRequestSearch(url.searchParams);
  const problems = [...invalid];
  const rawLimit = url.searchParams.get("limit");
  const limit =
    rawLimit === null
      ? { success: true as const, data: PARTNER_REQUESTS_API_DEFAULT_LIMIT }
      : limitSchema.safeParse(rawLimit);
  if (!limit.success) problems.push("limit");
  const known = new Set<string>([...partnerRequestFilterNames, "sort", "page", "limit"]);
  for (const key of url.searchParams.keys()) if (!known.has(key)) problems.push(key);
  if (problems.length > 0 || !limit.success) return { invalid: [...new Set(problems)] };
  return { search, limit: limit.data };
}

const openData = (name: string) =>
  ({ name, access: { public: true }, refusal: (status: number, code: string) => apiError(status, code) }) as const;

/** GET /api/v1/partner-requests */
export const handlePartnerRequestsList = routeHandler(openData("partnerRequests.api.list"), async ({ request }) => {
  const decision = chargeClient(request);
  if (!decision.allowed) return apiError(429, "RATE_LIMITED", {}, rateLimitHeaders(decision));
  const url = new URL(request.url);
  const query = readPartnerRequestsApiQuery(url);
  if ("invalid" in query)
    return apiError(400, "INVALID_PARAMETERS", { parameters: query.invalid }, rateLimitHeaders(decision));
  const { search, limit } = query;
  const { rows, total } = await searchPartnerRequests(search.filters, search.sort, {
    offset: (search.page - 1) * limit,
    limit,
  });
  const link = (page: number) => {
    const next = new URL(url);
    next.searchParams.set("page", String(page));
    return next.pathname + next.search;
  };
  const body = {
    data: rows.map(toPublicPartnerRequest),
    meta: { total, page: search.page, limit, sort: search.sort },
    links: {
      self: url.pathname + url.search,
      next: search.page * limit < total ? link(search.page + 1) : null,
      prev: search.page > 1 ? link(search.page - 1) : null,
    },
  };
  return cacheableJson(request, body, rateLimitHeaders(decision));
});

/** GET /api/v1/partner-requests/{slug}: one open request (any other answers 404, as if it did not exist). */
export const handlePartnerRequestDetail = routeHandler(
  { ...openData("partnerRequests.api.detail"), params: z.object({ slug: z.string().regex(/^[a-z0-9-]{1,120}$/) }) },
  async ({ request, params }) => {
    const decision = chargeClient(request);
    if (!decision.allowed) return apiError(429, "RATE_LIMITED", {}, rateLimitHeaders(decision));
    const row = await publicRequestBySlug(params.slug);
    if (!row) return apiError(404, "NOT_FOUND", {}, rateLimitHeaders(decision));
    return cacheableJson(request, { data: toPublicPartnerRequest(row) }, rateLimitHeaders(decision));
  },
);
