// The public list's URL parameters: each checked on its own, an invalid one
// dropped (and reported) rather than failing the page. The tab (phase) is
// "open" when none is given: the list is first of all where offers are taken.
import { z } from "zod";
import { TaskForm } from "@/lib/generated/prisma/enums";
import { parseSearchParams, searchQueryOf } from "@/lib/http/search-params";
import { parsePln } from "@/lib/offers/calc/money";
import { recordId } from "@/lib/validation/record-id";
import type { CompetitionListFilters } from "@/lib/competitions/list";

export const PUBLIC_PHASES = ["open", "upcoming", "evaluation", "decided"] as const;
export type PublicCompetitionPhase = (typeof PUBLIC_PHASES)[number];

/**
 * "A grant of at least X" as people type money ("20 000", "20 000,50",
 * "20 000 zł"), read with parsePln in the reader's language; kept as typed so
 * the form, the chips and the links show it back. Anything else is refused (and
 * the page says so) rather than read as other digits ("20 000,50" was 2 000 050).
 */
export function amountGrosze(text: string, locale = "pl"): number | null {
  const parsed = parsePln(text, locale);
  return parsed.ok && parsed.value > 0 ? parsed.value : null;
}

const PARAMS = {
  q: z.string().trim().min(1).max(200),
  phase: z.enum(PUBLIC_PHASES),
  office: recordId,
  sphere: z.string().regex(/^[a-z0-9-]{3,40}$/),
  territory: z.string().regex(/^\d{2}(\d{2}(\d{3})?)?$/),
  form: z.enum(TaskForm),
  page: z.coerce.number().int().min(1).max(10_000),
} as const;

/** With "a grant of at least X zł is possible", as typed and read in the reader's language (see amountGrosze). */
const paramsFor = (locale: string) => ({
  ...PARAMS,
  amount: z
    .string()
    .trim()
    .max(40)
    .refine((text) => amountGrosze(text, locale) !== null),
});

export type CompetitionSearchParams = Partial<
  { [K in keyof typeof PARAMS]: z.output<(typeof PARAMS)[K]> } & { amount: string }
>;

export const parseCompetitionSearch = (raw: Record<string, string | string[] | undefined>, locale = "pl") =>
  parseSearchParams<CompetitionSearchParams>(paramsFor(locale), raw);

export function toListFilters(params: CompetitionSearchParams, locale = "pl"): CompetitionListFilters {
  return {
    q: params.q,
    phase: params.phase ?? "open",
    institutionId: params.office,
    sphereId: params.sphere,
    territoryCode: params.territory,
    form: params.form,
    minGrantPossible: params.amount === undefined ? undefined : (amountGrosze(params.amount, locale) ?? undefined),
    page: params.page ?? 1,
  };
}

/** The query string of a search, for links (pagination, tabs, chips) that keep it. */
export const searchQuery = (params: CompetitionSearchParams, page?: number) => searchQueryOf(params, page);
