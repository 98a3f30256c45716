// The directory's search state: what the page's URL, the exports and the open
// data API accept. One schema for all three, so a search shared as a link,
// downloaded as a spreadsheet or fetched by a program gives the same list.
import { z } from "zod";
import { LegalForm, TargetGroup } from "@/lib/generated/prisma/enums";

export const targetGroups = Object.values(TargetGroup);
export const directorySorts = ["relevance", "name", "newest"] as const;
export type DirectorySort = (typeof directorySorts)[number];

export const PAGE_SIZE = 20;
/** Deeper pages than this are refused: nobody reads them, and offsets that far cost the database. */
export const MAX_PAGE = 500;

const yes = z.enum(["1", "true"]).transform(() => true as const);

/** Each parameter on its own, so one bad value drops only itself on the page (the API reports it). */
export const directoryParamSchemas = {
  q: z
    .string()
    .trim()
    .max(200)
    .transform((q) => q.replace(/\s+/g, " ")),
  sphere: z.string().regex(/^[a-z0-9-]{1,40}$/),
  form: z.enum(LegalForm),
  powiat: z.string().regex(/^\d{4}$/),
  gmina: z.string().regex(/^\d{7}$/),
  group: z.enum(TargetGroup),
  opp: yes,
  verified: yes,
  sort: z.enum(directorySorts),
  page: z.coerce.number().int().min(1).max(MAX_PAGE),
} as const;

export type DirectoryParam = keyof typeof directoryParamSchemas;

export interface DirectoryFilters {
  q?: string;
  sphere?: string;
  form?: LegalForm;
  powiat?: string;
  gmina?: string;
  group?: TargetGroup;
  opp?: true;
  verified?: true;
  sort?: DirectorySort;
  page?: number;
}

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function first(params: RawParams, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Reads the search state. Unknown parameters are ignored; invalid ones are
 * dropped and listed in `invalid`, so the page shows the rest and the API can
 * answer 400.
 */
export function parseDirectoryFilters(params: RawParams): { filters: DirectoryFilters; invalid: DirectoryParam[] } {
  const filters: Record<string, unknown> = {};
  const invalid: DirectoryParam[] = [];
  for (const key of Object.keys(directoryParamSchemas) as DirectoryParam[]) {
    const raw = first(params, key);
    if (raw === undefined || raw === "") continue;
    const parsed = directoryParamSchemas[key].safeParse(raw);
    if (parsed.success) {
      if (parsed.data !== "") filters[key] = parsed.data;
    } else invalid.push(key);
  }
  const result = filters as DirectoryFilters;
  // A gmina outside the chosen powiat contradicts it: the gmina wins, being the narrower choice.
  if (result.gmina && result.powiat && !result.gmina.startsWith(result.powiat)) delete result.powiat;
  return { filters: result, invalid };
}

/** Relevance needs words to be relevant to; without them the list goes by name. */
export function effectiveSort(filters: DirectoryFilters): DirectorySort {
  if (filters.sort && (filters.sort !== "relevance" || filters.q)) return filters.sort;
  return filters.q ? "relevance" : "name";
}

/** The URL query for `filters` with `changes` applied; page resets unless changed itself. */
export function directoryQuery(
  filters: DirectoryFilters,
  changes: Partial<Record<keyof DirectoryFilters, unknown>> = {},
): string {
  const next: Record<string, unknown> = { ...filters, page: undefined, ...changes };
  const params = new URLSearchParams();
  for (const key of Object.keys(directoryParamSchemas)) {
    const value = next[key];
    if (value === undefined || value === null || value === "" || value === false) continue;
    if (key === "page" && value === 1) continue;
    params.set(key, value === true ? "1" : String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}
