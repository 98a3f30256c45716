// Reading the public list of open competitions: published ones only (a draft is
// its office's alone), in the tab's phase, filtered and searched. The phase is
// computed from the dates (lib/offers/calc/deadline.ts), so the tabs ask the
// database by the same instants: open means offersOpenAt ≤ now < offersDeadline.
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TaskForm } from "@/lib/generated/prisma/enums";
import { phaseAt, type CompetitionPhase } from "@/lib/offers/calc/deadline";
import { idsOrCorrected, type QueryCorrection } from "@/lib/search/forgiving";
import type { PublicCompetitionPhase } from "@/lib/competitions/public-filters";

export const PUBLIC_PAGE_SIZE = 20;

export type CompetitionListFilters = {
  phase: PublicCompetitionPhase;
  q?: string;
  institutionId?: string;
  sphereId?: string;
  territoryCode?: string;
  form?: TaskForm;
  /** Grosze: competitions in which a grant of at least this much is possible. */
  minGrantPossible?: number;
  page: number;
};

/** Every status a reader may see; DRAFT never leaves the office. */
export const VISIBLE_STATUSES = ["PUBLISHED", "DECIDED", "ANNULLED"] as const;

const listSelect = {
  id: true,
  slug: true,
  title: true,
  status: true,
  offersOpenAt: true,
  offersDeadline: true,
  totalPool: true,
  maxGrantCeiling: true,
  institution: { select: { id: true, name: true, officeName: true } },
  spheres: {
    select: { sphere: { select: { id: true, code: true, namePl: true, nameEn: true, nameDe: true } } },
    orderBy: { sphere: { sortOrder: "asc" } },
  },
} satisfies Prisma.CompetitionSelect;

type Row = Prisma.CompetitionGetPayload<{ select: typeof listSelect }>;

/** A competition as a card shows it; money in grosze as safe integers. */
export type CompetitionListItem = Omit<Row, "totalPool" | "maxGrantCeiling"> & {
  phase: CompetitionPhase;
  totalPool: number;
  maxGrantCeiling: number | null;
};

export function toListItem(row: Row, now: Date): CompetitionListItem {
  return {
    ...row,
    totalPool: Number(row.totalPool),
    maxGrantCeiling: row.maxGrantCeiling === null ? null : Number(row.maxGrantCeiling),
    phase: phaseAt(row, now),
  };
}

export function phaseWhere(phase: PublicCompetitionPhase, now: Date): Prisma.CompetitionWhereInput {
  switch (phase) {
    case "open":
      return { status: "PUBLISHED", offersOpenAt: { lte: now }, offersDeadline: { gt: now } };
    case "upcoming":
      return { status: "PUBLISHED", offersOpenAt: { gt: now } };
    case "evaluation":
      return { status: "PUBLISHED", offersDeadline: { lte: now } };
    case "decided":
      return { status: { in: ["DECIDED", "ANNULLED"] } };
  }
}

/**
 * Competitions that concern a territory: marked with it or a unit inside it
 * (codes share their prefix: 16 ⊃ 1607 ⊃ 1607053), announced by an office
 * there, or covering the powiat or region around it, as consultations do.
 */
function territoryWhere(code: string): Prisma.CompetitionWhereInput {
  const enclosing = [code.slice(0, 2), code.slice(0, 4)].filter((prefix) => prefix.length < code.length);
  return {
    OR: [
      { territories: { some: { territoryCode: { startsWith: code } } } },
      { institution: { territoryCode: { startsWith: code } } },
      ...(enclosing.length
        ? [
            { territories: { some: { territoryCode: { in: enclosing } } } },
            { institution: { territoryCode: { in: enclosing } } },
          ]
        : []),
    ],
  };
}

/** Ids of the visible competitions the words find (title, summary, the tasks' kinds), by the Polish search. */
async function searchIds(q: string, limit = 1000): Promise<string[]> {
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT id FROM "Competition"
    WHERE status IN ('PUBLISHED', 'DECIDED', 'ANNULLED') AND "searchVector" @@ pl_search_query(${q})
    LIMIT ${limit}`;
  return rows.map((row) => row.id);
}

export function filtersWhere(
  filters: Omit<CompetitionListFilters, "page" | "q">,
  now: Date,
  ids?: string[],
): Prisma.CompetitionWhereInput {
  return {
    AND: [
      phaseWhere(filters.phase, now),
      filters.institutionId ? { institutionId: filters.institutionId } : {},
      filters.sphereId ? { spheres: { some: { sphereId: filters.sphereId } } } : {},
      filters.territoryCode ? territoryWhere(filters.territoryCode) : {},
      filters.form ? { tasks: { some: { form: filters.form } } } : {},
      filters.minGrantPossible !== undefined ? { maxGrantCeiling: { gte: BigInt(filters.minGrantPossible) } } : {},
      ids ? { id: { in: ids } } : {},
    ],
  };
}

/** Open ones by the nearest deadline; upcoming by opening; the rest newest deadline first. */
function orderFor(phase: PublicCompetitionPhase): Prisma.CompetitionOrderByWithRelationInput[] {
  if (phase === "open") return [{ offersDeadline: "asc" }, { id: "asc" }];
  if (phase === "upcoming") return [{ offersOpenAt: "asc" }, { id: "asc" }];
  return [{ offersDeadline: "desc" }, { id: "asc" }];
}

/** One page of the list; words that find nothing are corrected (lib/search/forgiving.ts), and `correction` says so. */
export async function listPublicCompetitions(
  filters: CompetitionListFilters,
  now = new Date(),
  { pageSize = PUBLIC_PAGE_SIZE, correct = true }: { pageSize?: number; correct?: boolean } = {},
): Promise<{ items: CompetitionListItem[]; total: number; correction?: QueryCorrection }> {
  // The open data API searches the words as given (no silent correction): `correct` is the list page's.
  const { ids, correction } = !filters.q
    ? { ids: undefined, correction: undefined }
    : correct
      ? await idsOrCorrected(filters.q, searchIds)
      : { ids: await searchIds(filters.q), correction: undefined };
  const where = filtersWhere(filters, now, ids);
  const [rows, total] = await Promise.all([
    db().competition.findMany({
      where,
      select: listSelect,
      orderBy: orderFor(filters.phase),
      skip: (filters.page - 1) * pageSize,
      take: pageSize,
    }),
    db().competition.count({ where }),
  ]);
  return { items: rows.map((row) => toListItem(row, now)), total, correction };
}

/** The offices that have announced competitions, for the office filter. */
export async function listCompetitionOffices(): Promise<{ id: string; name: string }[]> {
  return db().institution.findMany({
    where: { competitions: { some: { status: { in: [...VISIBLE_STATUSES] } } } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
