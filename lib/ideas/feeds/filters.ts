// The narrowing parameters of the ideas board's feeds, open data and export:
// the list page's filters (kind, status, office, sphere, territory,
// organisation, words). Client-safe; unknown or malformed values are named
// so an API client hears which parameter is wrong.
import { z } from "zod";
import { IdeaKind, IdeaStatus } from "@/lib/generated/prisma/enums";

const slug = z.string().regex(/^[a-z0-9-]{1,120}$/);

export const ideaFilterSchemas = {
  kind: z.enum(IdeaKind),
  status: z.enum(IdeaStatus),
  /** The addressed office's slug. */
  institution: slug,
  /** A sphere of public benefit's id (udpp-4-1-17). */
  sphere: z.string().regex(/^[a-z0-9-]{1,40}$/),
  /** A TERYT code: the region (2 digits), a powiat (4) or a gmina (7); an entry matches by prefix. */
  territory: z.string().regex(/^(\d{2}|\d{4}|\d{7})$/),
  /** The slug of the organisation the entry was written for. */
  organisation: slug,
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
