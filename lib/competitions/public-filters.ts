// The public list's URL parameters: each checked on its own, an invalid one
// dropped (and reported) rather than failing the page. The tab (phase) is
// "open" when none is given: the list is first of all where offers are taken.
import { z } from "zod";
import { TaskForm } from "@/lib/generated/prisma/enums";
import { parseSearchParams, searchQueryOf } from "@/lib/http/search-params";
import { recordId } from "@/lib/validation/record-id";
import type { CompetitionListFilters } from "@/lib/competitions/list";

export const PUBLIC_PHASES = ["open", "upcoming", "evaluation", "decided"] as const;
export type PublicCompetitionPhase = (typeof PUBLIC_PHASES)[number];

const PARAMS = {
  q: z.string().trim().min(1).max(200),
  phase: z.enum(PUBLIC_PHASES),
  office: recordId,
  sphere: z.string().regex(/^[a-z0-9-]{3,40}$/),
  territory: z.string().regex(/^\d{2}(\d{2}(\d{3})?)?$/),
  form: z.enum(TaskForm),
  /** "A grant of at least X zł is possible": whole złoty, as people type them. */
  amount: z.coerce.number().int().min(1).max(1_000_000_000),
  page: z.coerce.number().int().min(1).max(10_000),
} as const;

export type CompetitionSearchParams = Partial<{ [K in keyof typeof PARAMS]: z.output<(typeof PARAMS)[K]> }>;

export const parseCompetitionSearch = (raw: Record<string, string | string[] | undefined>) =>
  parseSearchParams<CompetitionSearchParams>(PARAMS, raw);

export function toListFilters(params: CompetitionSearchParams): CompetitionListFilters {
  return {
    q: params.q,
    phase: params.phase ?? "open",
    institutionId: params.office,
    sphereId: params.sphere,
    territoryCode: params.territory,
    form: params.form,
    minGrantPossible: params.amount === undefined ? undefined : params.amount * 100,
    page: params.page ?? 1,
  };
}

/** The query string of a search, for links (pagination, tabs, chips) that keep it. */
export const searchQuery = (params: CompetitionSearchParams, page?: number) => searchQueryOf(params, page);
