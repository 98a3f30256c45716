// Open competitions as open data (/api/v1/competitions and /api/v1/competitions/{slug}):
// the list page's filters and order, page by page, with the same rate limit,
// ETags, caching and CORS as the rest of /api/v1. Drafts do not exist here.
import { z } from "zod";
import { listPublicCompetitions } from "@/lib/competitions/list";
import {
  COMPETITIONS_API_DEFAULT_LIMIT,
  readCompetitionsApiQuery,
  toPublicCompetition,
  toPublicCompetitionDetail,
} from "@/lib/competitions/open-data";
import { competitionPageView } from "@/lib/competitions/page-view";
import { apiError, cacheableJson, chargeClient } from "@/lib/directory/api-handlers";
import { rateLimitHeaders } from "@/lib/http/memory-rate-limit";
import { routeHandler } from "@/lib/http/route-handler";

const openData = (name: string) =>
  ({ name, access: { public: true }, refusal: (status: number, code: string) => apiError(status, code) }) as const;

/** GET /api/v1/competitions */
export const handleCompetitionsList = routeHandler(openData("competitions.api.list"), async ({ request }) => {
  const decision = chargeClient(request);
  if (!decision.allowed) return apiError(429, "RATE_LIMITED", {}, rateLimitHeaders(decision));
  const url = new URL(request.url);
  const read = readCompetitionsApiQuery(url);
  if ("invalid" in read)
    return apiError(400, "INVALID_PARAMETERS", { parameters: read.invalid }, rateLimitHeaders(decision));
  const { query } = read;
  const limit = query.limit ?? COMPETITIONS_API_DEFAULT_LIMIT;
  const page = query.page ?? 1;
  const phase = query.phase ?? "open";
  const { items, total } = await listPublicCompetitions(
    {
      phase,
      q: query.q,
      institutionId: query.office,
      sphereId: query.sphere,
      territoryCode: query.territory,
      form: query.form,
      minGrantPossible: query.amount === undefined ? undefined : query.amount * 100,
      page,
    },
    new Date(),
    { pageSize: limit, correct: false },
  );
  const link = (to: number) => {
    const next = new URL(url);
    next.searchParams.set("page", String(to));
    return next.pathname + next.search;
  };
  const body = {
    data: items.map(toPublicCompetition),
    meta: {
      total,
      page,
      limit,
      sort: phase === "open" ? "deadline" : phase === "upcoming" ? "opening" : "deadlineDesc",
    },
    links: {
      self: url.pathname + url.search,
      next: page * limit < total ? link(page + 1) : null,
      prev: page > 1 ? link(page - 1) : null,
    },
  };
  return cacheableJson(request, body, rateLimitHeaders(decision));
});

/** GET /api/v1/competitions/{slug}: one announced competition (a draft answers 404, as if it did not exist). */
export const handleCompetitionDetail = routeHandler(
  { ...openData("competitions.api.detail"), params: z.object({ slug: z.string().regex(/^[a-z0-9-]{1,160}$/) }) },
  async ({ request, params }) => {
    const decision = chargeClient(request);
    if (!decision.allowed) return apiError(429, "RATE_LIMITED", {}, rateLimitHeaders(decision));
    const competition = await competitionPageView(params.slug);
    if (!competition) return apiError(404, "NOT_FOUND", {}, rateLimitHeaders(decision));
    return cacheableJson(request, { data: toPublicCompetitionDetail(competition) }, rateLimitHeaders(decision));
  },
);
