// The public list's narrowing parameters, shared by the list page, the map,
// the feeds and the open data API (one set of names, so a feed or an API call
// of the list as filtered is its query string). Client-safe.
//
// What the filters mean (see lib/partnerships/list/queries.ts for the SQL):
// - territory (a gmina, 7 digits, or a powiat, 4): requests seeking partners
//   there (a territory of the request is the unit, lies within it or encloses
//   it), requests with no territory limit (no territories and no radius),
//   requests whose radius from the author's seat reaches a gmina of it, and
//   requests whose author has its seat there (an organisation's seat gmina, an
//   office's own unit);
// - partner: a legal form (requests open to it: no forms listed, or the form
//   among them), "localGovernment" (requests that welcome offices) or
//   "withoutPublicBenefit" (requests not requiring public-benefit status);
// - closing: replies close within 7 or 30 days; closesBy: on or before a date.
import { z } from "zod";
import { LegalForm, PartnerRole } from "@/lib/generated/prisma/enums";

export const partnerRequestSorts = ["closing", "newest", "relevance"] as const;
export type PartnerRequestSort = (typeof partnerRequestSorts)[number];
export const partnerKindValues = [...Object.values(LegalForm), "localGovernment", "withoutPublicBenefit"] as const;
export const closingWindows = ["7", "30"] as const;

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
  });

export const partnerRequestFilterSchemas = {
  /** Words of the title, the initiative or the call, in any inflected form. */
  q: z.string().trim().min(1).max(200),
  role: z.enum(PartnerRole),
  /** A sphere of public benefit's id (udpp-4-1-17). */
  sphere: z.string().regex(/^[a-z0-9-]{1,40}$/),
  /** A powiat (4 digits) or a gmina (7). */
  territory: z.string().regex(/^(\d{4}|\d{7})$/),
  partner: z.enum(partnerKindValues),
  closing: z.enum(closingWindows),
  /** Replies close on or before this day (YYYY-MM-DD). */
  closesBy: isoDay,
} as const;

export type PartnerRequestFilters = {
  [K in keyof typeof partnerRequestFilterSchemas]?: z.output<(typeof partnerRequestFilterSchemas)[K]>;
};
export const partnerRequestFilterNames = Object.keys(
  partnerRequestFilterSchemas,
) as (keyof typeof partnerRequestFilterSchemas)[];

const pageSchema = z.coerce.number().int().min(1).max(10_000);
const sortSchema = z.enum(partnerRequestSorts);

export type PartnerRequestSearch = { filters: PartnerRequestFilters; sort: PartnerRequestSort; page: number };

function first(value: string | string[] | null | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text === null || text === undefined || text.trim() === "" ? undefined : text;
}

/**
 * The search in `raw` (a page's searchParams or a URL's), with the names of the
 * parameters present but not valid: the page drops them and says so, the API
 * refuses them. Relevance needs words; without them the order is closing soonest.
 */
export function parsePartnerRequestSearch(raw: Record<string, string | string[] | undefined> | URLSearchParams): {
  search: PartnerRequestSearch;
  invalid: string[];
} {
  const get = (name: string) => first(raw instanceof URLSearchParams ? raw.get(name) : raw[name]);
  const filters: Record<string, unknown> = {};
  const invalid: string[] = [];
  for (const name of partnerRequestFilterNames) {
    const value = get(name);
    if (value === undefined) continue;
    const parsed = partnerRequestFilterSchemas[name].safeParse(value);
    if (parsed.success) filters[name] = parsed.data;
    else invalid.push(name);
  }
  const rawSort = get("sort");
  const sort = rawSort === undefined ? undefined : sortSchema.safeParse(rawSort);
  if (sort && !sort.success) invalid.push("sort");
  const rawPage = get("page");
  const page = rawPage === undefined ? undefined : pageSchema.safeParse(rawPage);
  if (page && !page.success) invalid.push("page");
  const q = (filters as PartnerRequestFilters).q;
  const chosen = sort?.success ? sort.data : q ? "relevance" : "closing";
  return {
    search: {
      filters: filters as PartnerRequestFilters,
      sort: chosen === "relevance" && !q ? "closing" : chosen,
      page: page?.success ? page.data : 1,
    },
    invalid,
  };
}

/** The filters as a query string ("?role=VOLUNTEERS&q=…", or "" for none), in a fixed order: the feeds' links. */
export function partnerRequestFiltersQuery(filters: PartnerRequestFilters): string {
  const params = new URLSearchParams();
  for (const name of partnerRequestFilterNames) {
    const value = filters[name];
    if (value !== undefined) params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The whole search as a query string, for pagination links (the default order and the first page left out). */
export function partnerRequestSearchQuery(search: PartnerRequestSearch, page = search.page): string {
  const params = new URLSearchParams(partnerRequestFiltersQuery(search.filters));
  const defaultSort = search.filters.q ? "relevance" : "closing";
  if (search.sort !== defaultSort) params.set("sort", search.sort);
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}
