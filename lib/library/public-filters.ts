// The library list's URL parameters: each checked on its own, an invalid one
// dropped (and reported) rather than failing the page.
import { z } from "zod";
import { LibraryDocumentKind, LibraryDocumentStatus } from "@/lib/generated/prisma/enums";
import type { LibraryFilters } from "@/lib/library/queries";
import { parseSearchParams, searchQueryOf } from "@/lib/http/search-params";
import { authorTopicParams } from "@/lib/search/author-topic-filters";
import { recordId } from "@/lib/validation/record-id";

const PARAMS = {
  q: z.string().trim().min(1).max(200),
  kind: z.enum(LibraryDocumentKind),
  status: z.enum(LibraryDocumentStatus),
  institution: recordId,
  ...authorTopicParams,
  page: z.coerce.number().int().min(1).max(10_000),
} as const;

export type LibrarySearchParams = Partial<{ [K in keyof typeof PARAMS]: z.output<(typeof PARAMS)[K]> }>;

export const parseLibrarySearch = (raw: Record<string, string | string[] | undefined>) =>
  parseSearchParams<LibrarySearchParams>(PARAMS, raw);
export const libraryQuery = (params: LibrarySearchParams, page?: number) => searchQueryOf(params, page);

export function toLibraryFilters(params: LibrarySearchParams): LibraryFilters {
  return {
    q: params.q,
    kind: params.kind,
    status: params.status,
    organisationId: params.organisation,
    institutionId: params.institution,
    sphereId: params.sphere,
    territoryCode: params.territory,
    page: params.page ?? 1,
  };
}
