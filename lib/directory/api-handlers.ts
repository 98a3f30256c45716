// Request handling of the open data API (/api/v1/organisations): the same
// search parameters as the directory page, cursor pagination, rate limits,
// ETags. Route files call these and stay thin.
import { createHash } from "node:crypto";
import { createTranslator } from "next-intl";
import { z } from "zod";
import {
  directoryParamSchemas,
  effectiveSort,
  parseDirectoryFilters,
  type DirectoryFilters,
} from "@/lib/directory/filters";
import { CONTENT_TYPES, exportStream, type ExportColumn } from "@/lib/directory/export";
import {
  API_DEFAULT_LIMIT,
  API_MAX_LIMIT,
  decodeCursor,
  encodeCursor,
  listOrganisationsPage,
  toPublicOrganisation,
} from "@/lib/directory/open-data";
import { countDirectory, directorySuggestion, type DirectoryItem } from "@/lib/directory/search";
import { env } from "@/lib/env";
import { messagesFor } from "@/lib/i18n/messages";
import { MemoryRateLimiter, rateLimitHeaders, type LimitDecision } from "@/lib/http/memory-rate-limit";
import { clientIpFrom } from "@/lib/http/request-context";
import { routeHandler } from "@/lib/http/route-handler";
import { organisationUrl } from "@/lib/organisations/urls";
import { publicPartnerships } from "@/lib/partnerships/profile/queries";
import { listSpheresInForce } from "@/lib/reference-data/queries";
import { sphereName } from "@/lib/reference-data/sphere-name";
import { sharedIntl } from "@/lib/i18n/shared-intl";

const limiter = new MemoryRateLimiter({ limit: env().API_RATE_LIMIT_PER_MINUTE, windowMs: 60_000 });

/** Counts `cost` requests against the caller's budget. */
export function chargeClient(request: Request, cost = 1): LimitDecision {
  const ip = clientIpFrom(request.headers.get("x-forwarded-for"), env().TRUSTED_PROXY_HOPS) ?? "unknown";
  let decision = limiter.hit(ip);
  for (let i = 1; i < cost && decision.allowed; i++) decision = limiter.hit(ip);
  return decision;
}

const OPEN_DATA_HEADERS = {
  // Open data: any site may read it from the browser.
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After",
};

export function apiError(
  status: number,
  code: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  return Response.json(
    { error: { code, ...extra } },
    { status, headers: { ...OPEN_DATA_HEADERS, "Cache-Control": "no-store", ...headers } },
  );
}

/** A JSON answer that a client holding the same version gets as 304 Not Modified. */
export function cacheableJson(request: Request, body: unknown, headers: Record<string, string>): Response {
  const text = JSON.stringify(body);
  const etag = `W/"${createHash("sha256").update(text).digest("base64url").slice(0, 27)}"`;
  const common = {
    ...OPEN_DATA_HEADERS,
    ...headers,
    ETag: etag,
    "Cache-Control": "public, max-age=60",
    Vary: "Accept-Encoding",
  };
  const held = request.headers.get("if-none-match");
  if (held && held.split(",").some((tag) => tag.trim() === etag || tag.trim() === "*"))
    return new Response(null, { status: 304, headers: common });
  return new Response(text, { status: 200, headers: { ...common, "Content-Type": "application/json; charset=utf-8" } });
}

export function profileUrl(item: Pick<DirectoryItem, "slug">): string {
  return organisationUrl(item.slug);
}

const limitSchema = z.coerce.number().int().min(1).max(API_MAX_LIMIT);

/** Reads the search parameters, or lists the ones that are wrong. */
export function readApiQuery(
  url: URL,
): { filters: DirectoryFilters; limit: number; cursor: string | null } | { invalid: string[] } {
  const { filters, invalid } = parseDirectoryFilters(url.searchParams);
  const problems: string[] = [...invalid];
  // Pages are the website's; programs follow cursors.
  if (url.searchParams.has("page")) problems.push("page");
  delete filters.page;
  const rawLimit = url.searchParams.get("limit");
  const limit =
    rawLimit === null ? { success: true as const, data: API_DEFAULT_LIMIT } : limitSchema.safeParse(rawLimit);
  if (!limit.success) problems.push("limit");
  const known = new Set([...Object.keys(directoryParamSchemas), "limit", "cursor"]);
  for (const key of url.searchParams.keys()) if (!known.has(key)) problems.push(key);
  if (problems.length > 0 || !limit.success) return { invalid: [...new Set(problems)] };
  return { filters, limit: limit.data, cursor: url.searchParams.get("cursor") };
}

/**
 * The open data routes are public: they keep their own caching (ETags,
 * public, max-age=60), CORS and rate-limit headers, and answer even a failure
 * in the API's own shape. Their parameters are checked here rather than by the
 * wrapper, as a refusal lists every wrong one.
 */
const openData = (name: string) =>
  ({ name, access: { public: true }, refusal: (status: number, code: string) => apiError(status, code) }) as const;

/** GET /api/v1/organisations */
export const handleOrganisationsList = routeHandler(openData("directory.api.list"), async ({ request }) => {
  const decision = chargeClient(request);
  if (!decision.allowed) return apiError(429, "RATE_LIMITED", {}, rateLimitHeaders(decision));
  const url = new URL(request.url);
  const query = readApiQuery(url);
  if ("invalid" in query)
    return apiError(400, "INVALID_PARAMETERS", { parameters: query.invalid }, rateLimitHeaders(decision));
  const sort = effectiveSort(query.filters);
  const cursor = query.cursor === null ? null : decodeCursor(query.cursor, sort);
  if (query.cursor !== null && cursor === null)
    return apiError(400, "INVALID_PARAMETERS", { parameters: ["cursor"] }, rateLimitHeaders(decision));
  const [{ total }, page] = await Promise.all([
    countDirectory(query.filters),
    listOrganisationsPage(query.filters, cursor, query.limit),
  ]);
  // One indexed lookup for the page's organisations, not a join in the directory's search.
  const partnerships = await publicPartnerships(page.items.map((item) => item.id));
  // Only when nothing is found: correcting costs a few lookups per word.
  const suggestion = total === 0 ? await directorySuggestion(query.filters) : undefined;
  const nextUrl = page.next ? new URL(url) : null;
  nextUrl?.searchParams.set("cursor", encodeCursor(page.next!));
  const body = {
    data: page.items.map((item) => toPublicOrganisation(item, profileUrl(item), partnerships.get(item.id) ?? null)),
    meta: { total, limit: query.limit, sort, ...(suggestion ? { suggestion } : {}) },
    links: { self: url.pathname + url.search, next: nextUrl ? nextUrl.pathname + nextUrl.search : null },
  };
  return cacheableJson(request, body, rateLimitHeaders(decision));
});

const exportSchema = z.object({ format: z.enum(["csv", "xlsx"]), locale: z.enum(["pl", "en", "de"]).default("pl") });

/** GET /api/v1/organisations/export?format=csv|xlsx: the whole current search as a file. */
export const handleOrganisationsExport = routeHandler(openData("directory.api.export"), async ({ request }) => {
  // A file can hold the whole register: it costs ten requests.
  const decision = chargeClient(request, 10);
  if (!decision.allowed) return apiError(429, "RATE_LIMITED", {}, rateLimitHeaders(decision));
  const url = new URL(request.url);
  const options = exportSchema.safeParse({
    format: url.searchParams.get("format") ?? undefined,
    locale: url.searchParams.get("locale") ?? undefined,
  });
  const { filters, invalid } = parseDirectoryFilters(url.searchParams);
  if (!options.success || invalid.length > 0) {
    const parameters = [...invalid, ...(options.success ? [] : options.error.issues.map((i) => String(i.path[0])))];
    return apiError(400, "INVALID_PARAMETERS", { parameters }, rateLimitHeaders(decision));
  }
  const { format, locale } = options.data;
  const t = createTranslator({ ...sharedIntl, locale, messages: messagesFor(locale) });
  const spheres = new Map((await listSpheresInForce()).map((s) => [s.id, sphereName(s, locale)]));
  const yesNo = (value: boolean) => (value ? t("directoryExport.yes") : t("directoryExport.no"));
  const columns: ExportColumn[] = [
    { heading: t("directoryExport.name"), value: (o) => o.name },
    { heading: t("directoryExport.shortName"), value: (o) => o.shortName ?? "" },
    { heading: t("directoryExport.legalForm"), value: (o) => t(`legalForms.${o.legalForm}`) },
    { heading: "KRS", value: (o) => o.krs ?? "" },
    { heading: "NIP", value: (o) => o.nip ?? "" },
    { heading: "REGON", value: (o) => o.regon ?? "" },
    { heading: t("directoryExport.seat"), value: (o) => o.seatName },
    { heading: t("directoryExport.seatTeryt"), value: (o) => o.seatTerritoryCode },
    { heading: t("directoryExport.opp"), value: (o) => yesNo(o.hasPublicBenefitStatus) },
    { heading: t("directoryExport.verified"), value: (o) => yesNo(o.verified) },
    { heading: t("directoryExport.inLiquidation"), value: (o) => yesNo(o.inLiquidation) },
    { heading: t("directoryExport.spheres"), value: (o) => o.sphereIds.map((id) => spheres.get(id) ?? id).join("; ") },
    {
      heading: t("directoryExport.targetGroups"),
      value: (o) => o.targetGroups.map((g) => t(`targetGroups.${g}`)).join("; "),
    },
    {
      heading: t("directoryExport.registeredOn"),
      value: (o) => (o.registeredOn ? o.registeredOn.toISOString().slice(0, 10) : ""),
    },
    { heading: t("directoryExport.url"), value: (o) => profileUrl(o) },
  ];
  const fileName = `${t("directoryExport.fileName")}-${new Date().toISOString().slice(0, 10)}.${format}`;
  return new Response(exportStream(format, filters, columns, t("directoryExport.sheetName")), {
    headers: {
      ...OPEN_DATA_HEADERS,
      ...rateLimitHeaders(decision),
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
});
