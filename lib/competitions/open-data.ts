// Open competitions as open data (/api/v1/competitions and
// /api/v1/competitions/{slug}): only what their public pages show everyone.
// Money is written as PLN with two decimals (exact, from integer grosze);
// instants in UTC ISO 8601.
import { z } from "zod";
import type { CompetitionListItem } from "@/lib/competitions/list";
import type { CompetitionPageView } from "@/lib/competitions/page-view";
import { PUBLIC_PHASES } from "@/lib/competitions/public-filters";
import { env } from "@/lib/env";
import { TaskForm } from "@/lib/generated/prisma/enums";
import { getPathname } from "@/lib/i18n/navigation";
import { plnDecimal } from "@/lib/offers/calc/money";
import { recordId } from "@/lib/validation/record-id";

export const COMPETITIONS_API_DEFAULT_LIMIT = 50;
export const COMPETITIONS_API_MAX_LIMIT = 100;

/** The API's parameters: the list page's filters (phase defaults to open), a page and a limit. */
export const competitionsApiQuery = {
  phase: z.enum(PUBLIC_PHASES),
  office: recordId,
  sphere: z.string().regex(/^[a-z0-9-]{3,40}$/),
  territory: z.string().regex(/^\d{2}(\d{2}(\d{3})?)?$/),
  form: z.enum(TaskForm),
  amount: z.coerce.number().int().min(1).max(1_000_000_000),
  q: z.string().trim().min(1).max(200),
  page: z.coerce.number().int().min(1).max(10_000),
  limit: z.coerce.number().int().min(1).max(COMPETITIONS_API_MAX_LIMIT),
} as const;

export type CompetitionsApiQuery = Partial<{
  [K in keyof typeof competitionsApiQuery]: z.output<(typeof competitionsApiQuery)[K]>;
}>;

/** Reads the list's parameters, or names the wrong ones (unknown ones too: a typo must not widen a search). */
export function readCompetitionsApiQuery(url: URL): { query: CompetitionsApiQuery } | { invalid: string[] } {
  const query: Record<string, unknown> = {};
  const invalid: string[] = [];
  for (const [key, value] of url.searchParams) {
    const schema = competitionsApiQuery[key as keyof typeof competitionsApiQuery];
    const parsed = schema?.safeParse(value);
    if (!parsed?.success) invalid.push(key);
    else query[key] = parsed.data;
  }
  return invalid.length > 0 ? { invalid: [...new Set(invalid)] } : { query: query as CompetitionsApiQuery };
}

export function competitionUrl(slug: string): string {
  return new URL(
    getPathname({ href: { pathname: "/competitions/[slug]", params: { slug } }, locale: "pl" }),
    env().APP_URL,
  ).toString();
}

const pln = (grosze: number | null) => (grosze === null ? null : plnDecimal(grosze));

export function toPublicCompetition(item: CompetitionListItem) {
  return {
    id: item.id,
    slug: item.slug,
    title: item.title,
    phase: item.phase,
    institution: { id: item.institution.id, name: item.institution.officeName ?? item.institution.name },
    offersOpenAt: item.offersOpenAt.toISOString(),
    offersDeadline: item.offersDeadline.toISOString(),
    totalPool: pln(item.totalPool),
    maxGrantPossible: pln(item.maxGrantCeiling),
    spheres: item.spheres.map(({ sphere }) => ({ id: sphere.id, code: sphere.code, name: sphere.namePl })),
    url: competitionUrl(item.slug),
  };
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** One competition with its tasks, publications and deadline history. */
export function toPublicCompetitionDetail(c: CompetitionPageView) {
  return {
    id: c.id,
    slug: c.slug,
    reference: c.reference,
    title: c.title,
    phase: c.phase,
    institution: {
      id: c.institution.id,
      slug: c.institution.slug,
      name: c.institution.officeName ?? c.institution.name,
    },
    summary: c.summary,
    offersOpenAt: c.offersOpenAt.toISOString(),
    offersDeadline: c.offersDeadline.toISOString(),
    implementationStartsOn: day(c.implementationStartsOn),
    implementationEndsOn: day(c.implementationEndsOn),
    selectionDueOn: day(c.selectionDueOn),
    totalPool: pln(c.totalPool),
    parameters: {
      minGrant: pln(c.minGrant),
      maxGrant: pln(c.maxGrant),
      minOwnContributionBp: c.minOwnContributionBp,
      minOwnFinancialBp: c.minOwnFinancialBp,
      nonFinancialCounts: c.nonFinancialCounts,
      maxAdminCostBp: c.maxAdminCostBp,
      adminCapBase: c.adminCapBase,
      jointOffersAllowed: c.jointOffersAllowed,
    },
    tasks: c.tasks.map((task) => ({
      number: task.number,
      kindName: task.kindName,
      sphereCode: task.sphere.code,
      form: task.form,
      pool: pln(task.pool),
      minGrant: pln(task.minGrant),
      maxGrant: pln(task.maxGrant),
      status: task.status,
      sameKindHistory: task.history.map((h) => ({
        year: h.year,
        label: h.label,
        costs: pln(h.costs),
        grants: pln(h.grants),
        computed: h.computed,
      })),
    })),
    publications: c.publications.map((p) => ({ channel: p.channel, publishedOn: day(p.publishedOn), url: p.url })),
    deadlineChanges: c.deadlineChanges.map((change) => ({
      previousDeadline: change.previousDeadline.toISOString(),
      newDeadline: change.newDeadline.toISOString(),
      reason: change.reason,
      changedAt: change.createdAt.toISOString(),
    })),
    contact: { name: c.contactName, email: c.contactEmail || null, phone: c.contactPhone },
    url: competitionUrl(c.slug),
  };
}
