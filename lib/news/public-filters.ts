// The news list's and feeds' URL parameters: each checked on its own, an
// invalid one dropped (and reported) rather than failing the page.
import { z } from "zod";
import { NewsKind } from "@/lib/generated/prisma/enums";
import type { NewsListFilters } from "@/lib/news/queries";
import { parseSearchParams, searchQueryOf } from "@/lib/http/search-params";
import { authorTopicParams } from "@/lib/search/author-topic-filters";
import { recordId } from "@/lib/validation/record-id";

const PARAMS = {
  q: z.string().trim().min(1).max(200),
  kind: z.enum(NewsKind),
  // Who wrote it: an office (a select) or an organisation (searched by name).
  institution: recordId,
  ...authorTopicParams,
  page: z.coerce.number().int().min(1).max(10_000),
} as const;

export type NewsSearchParams = Partial<{ [K in keyof typeof PARAMS]: z.output<(typeof PARAMS)[K]> }>;

export const parseNewsSearch = (raw: Record<string, string | string[] | undefined>) =>
  parseSearchParams<NewsSearchParams>(PARAMS, raw);

export function toNewsFilters(params: NewsSearchParams): NewsListFilters {
  return {
    q: params.q,
    kind: params.kind,
    organisationId: params.organisation,
    institutionId: params.institution,
    sphereId: params.sphere,
    territoryCode: params.territory,
    page: params.page ?? 1,
  };
}

/** The query string of a search, for links (pagination, feeds) that keep it. */
export const newsQuery = (params: NewsSearchParams, page?: number) => searchQueryOf(params, page);
