// The news list's and feeds' URL parameters: each checked on its own, an
// invalid one dropped (and reported) rather than failing the page.
import { z } from "zod";
import { NewsKind } from "@/lib/generated/prisma/enums";
import type { NewsListFilters } from "@/lib/news/queries";

const PARAMS = {
  q: z.string().trim().min(1).max(200),
  kind: z.enum(NewsKind),
  // "organisation:<id>" or "institution:<id>": one filter for who wrote it.
  author: z.string().regex(/^(organisation|institution):[a-z0-9]{20,40}$/),
  sphere: z.string().regex(/^[a-z0-9-]{3,40}$/),
  territory: z.string().regex(/^\d{2}(\d{2}(\d{3})?)?$/),
  page: z.coerce.number().int().min(1).max(10_000),
} as const;

export type NewsSearchParams = Partial<{ [K in keyof typeof PARAMS]: z.output<(typeof PARAMS)[K]> }>;

export function parseNewsSearch(raw: Record<string, string | string[] | undefined>): { params: NewsSearchParams; dropped: boolean } {
  const params: Record<string, unknown> = {};
  let dropped = false;
  for (const [name, schema] of Object.entries(PARAMS)) {
    const value = Array.isArray(raw[name]) ? raw[name][0] : raw[name];
    if (value === undefined || value === "") continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) params[name] = parsed.data;
    else dropped = true;
  }
  return { params: params as NewsSearchParams, dropped };
}

export function toNewsFilters(params: NewsSearchParams): NewsListFilters {
  const [authorKind, authorId] = params.author?.split(":") ?? [];
  return {
    q: params.q,
    kind: params.kind,
    organisationId: authorKind === "organisation" ? authorId : undefined,
    institutionId: authorKind === "institution" ? authorId : undefined,
    sphereId: params.sphere,
    territoryCode: params.territory,
    page: params.page ?? 1,
  };
}

/** The query string of a search, for links (pagination, feeds) that keep it. */
export function newsQuery(params: NewsSearchParams, page?: number): string {
  const entries = Object.entries({ ...params, page: page && page > 1 ? page : undefined }).filter(([, value]) => value !== undefined && value !== "");
  return entries.length ? `?${new URLSearchParams(entries.map(([key, value]) => [key, String(value)])).toString()}` : "";
}
