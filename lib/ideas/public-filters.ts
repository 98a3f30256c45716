// The ideas list's URL parameters: each checked on its own, an invalid one
// dropped (and reported) rather than failing the page.
import { z } from "zod";
import { IdeaKind, IdeaStatus } from "@/lib/generated/prisma/enums";
import { ideaFiltersQuery } from "@/lib/ideas/feeds/filters";
import { parseSearchParams, searchQueryOf } from "@/lib/http/search-params";
import { authorTopicParams } from "@/lib/search/author-topic-filters";
import { RECORD_ID_SOURCE } from "@/lib/validation/record-id";

export const ideaSortValues = ["newest", "supported", "waiting", "answered"] as const;

const PARAMS = {
  q: z.string().trim().min(1).max(200),
  kind: z.enum(IdeaKind),
  status: z.enum(IdeaStatus),
  // Who it is addressed to: an office, or the operator or the council.
  office: z.string().regex(new RegExp(`^(operator|council|${RECORD_ID_SOURCE})$`)),
  ...authorTopicParams,
  sort: z.enum(ideaSortValues),
  page: z.coerce.number().int().min(1).max(10_000),
} as const;

export type IdeaSearchParams = Partial<{ [K in keyof typeof PARAMS]: z.output<(typeof PARAMS)[K]> }>;

export const parseIdeaSearch = (raw: Record<string, string | string[] | undefined>) =>
  parseSearchParams<IdeaSearchParams>(PARAMS, raw);

export function toIdeaFilters(params: IdeaSearchParams) {
  return {
    q: params.q,
    kind: params.kind,
    status: params.status,
    office: params.office,
    organisationId: params.organisation,
    sphereId: params.sphere,
    territoryCode: params.territory,
    sort: params.sort ?? "newest",
    page: params.page ?? 1,
  };
}

/** The query string of a search, for links (pagination) that keep it. */
export const ideaQuery = (params: IdeaSearchParams, page?: number) => searchQueryOf(params, page);

/** The list's filters as the feeds' query string (no order, no page): a feed of the list as filtered. */
export function ideaFeedQuery(search: IdeaSearchParams): string {
  const { kind, status, office, organisation, sphere, territory, q } = search;
  return ideaFiltersQuery({ kind, status, office, organisation, sphere, territory, q });
}
