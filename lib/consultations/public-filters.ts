// The public list's URL parameters: each checked on its own, an invalid one
// dropped (and reported) rather than failing the page.
import { z } from "zod";
import { ConsultationKind } from "@/lib/generated/prisma/enums";
import type { PublicListFilters } from "@/lib/consultations/queries";
import { parseSearchParams, searchQueryOf } from "@/lib/http/search-params";
import { recordId } from "@/lib/validation/record-id";

const PARAMS = {
  q: z.string().trim().min(1).max(200),
  phase: z.enum(["open", "upcoming", "closed"]),
  kind: z.enum(ConsultationKind),
  organiser: recordId,
  sphere: z.string().regex(/^[a-z0-9-]{3,40}$/),
  territory: z.string().regex(/^\d{2}(\d{2}(\d{3})?)?$/),
  page: z.coerce.number().int().min(1).max(10_000),
} as const;

export type ConsultationSearchParams = Partial<{ [K in keyof typeof PARAMS]: z.output<(typeof PARAMS)[K]> }>;

export const parseConsultationSearch = (raw: Record<string, string | string[] | undefined>) =>
  parseSearchParams<ConsultationSearchParams>(PARAMS, raw);

export function toListFilters(params: ConsultationSearchParams): PublicListFilters {
  return {
    q: params.q,
    phase: params.phase,
    kind: params.kind,
    institutionId: params.organiser,
    sphereId: params.sphere,
    territoryCode: params.territory,
    page: params.page ?? 1,
  };
}

/** The query string of a search, for links (pagination) that keep it. */
export const searchQuery = (params: ConsultationSearchParams, page?: number) => searchQueryOf(params, page);
