// The narrowing parameters of the ideas board's feeds, open data and export:
// the list page's filters under the list page's names and values
// (lib/ideas/public-filters.ts: kind, status, office, organisation, sphere,
// territory, words), so a feed of the list as filtered is its query string. Client-safe; unknown or malformed values are named
// so an API client hears which parameter is wrong.
import { z } from "zod";
import { IdeaKind, IdeaStatus } from "@/lib/generated/prisma/enums";
import { RECORD_ID_SOURCE, recordId } from "@/lib/validation/record-id";

export const ideaFilterSchemas = {
  kind: z.enum(IdeaKind),
  status: z.enum(IdeaStatus),
  /** Who it is addressed to, as the list page names it: an office's id, "operator" or "council". */
  office: z.string().regex(new RegExp(`^(operator|council|${RECORD_ID_SOURCE})$`)),
  /** A sphere of public benefit's id (udpp-4-1-17). */
  sphere: z.string().regex(/^[a-z0-9-]{1,40}$/),
  /** A TERYT code: the region (2 digits), a powiat (4) or a gmina (7); an entry matches by prefix. */
  territory: z.string().regex(/^(\d{2}|\d{4}|\d{7})$/),
  /** The id of the organisation the entry was written for. */
  organisation: recordId,
  /** Words of the title or description, in any inflected form. */
  q: z.string().trim().min(1).max(200),
} as const;

export type IdeaFilters = { [K in keyof typeof ideaFilterSchemas]?: z.output<(typeof ideaFilterSchemas)[K]> };
export const ideaFilterNames = Object.keys(ideaFilterSchemas) as (keyof typeof ideaFilterSchemas)[];

/** The filters in `params`, and the names of those present but not valid (an empty value is no filter). */
export function parseIdeaFilters(params: URLSearchParams): { filters: IdeaFilters; invalid: string[] } {
  const filters: Record<string, unknown> = {};
  const invalid: string[] = [];
  for (const name of ideaFilterNames) {
    const raw = params.get(name);
    if (raw === null || raw.trim() === "") continue;
    const parsed = ideaFilterSchemas[name].safeParse(raw);
    if (parsed.success) filters[name] = parsed.data;
    else invalid.push(name);
  }
  return { filters: filters as IdeaFilters, invalid };
}

/** The filters as a query string ("?kind=NEED&q=…", or "" for none), in a fixed order. */
export function ideaFiltersQuery(filters: IdeaFilters): string {
  const params = new URLSearchParams();
  for (const name of ideaFilterNames) {
    const value = filters[name];
    if (value !== undefined) params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
