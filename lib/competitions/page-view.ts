// What a competition's public page shows: the announcement with every content
// art. 13 ust. 2 UDPP requires, its tasks with their pools, limits and the
// "same kind this and last year" rows, the required attachments, documents,
// publications, the deadline with its extensions, the contact and the
// commission call. Read in one place so the page only lays it out. The page is
// shared by every reader (lib/http/page-cache.ts): nothing here knows who reads
// it, and a draft has no public page (its officials use the preview).
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { phaseAt, type CompetitionPhase } from "@/lib/offers/calc/deadline";

const money = (value: bigint | null): number | null => (value === null ? null : Number(value));

const pageSelect = {
  id: true,
  slug: true,
  reference: true,
  title: true,
  summary: true,
  awardRules: true,
  implementationTerms: true,
  implementationStartsOn: true,
  implementationEndsOn: true,
  allowedYears: true,
  offersOpenAt: true,
  offersDeadline: true,
  selectionProcedure: true,
  selectionCriteria: true,
  selectionDueOn: true,
  draftBudgetBasis: true,
  minGrant: true,
  maxGrant: true,
  minOwnContributionBp: true,
  minOwnFinancialBp: true,
  nonFinancialCounts: true,
  maxAdminCostBp: true,
  adminCapBase: true,
  resultsTableWaived: true,
  jointOffersAllowed: true,
  recipientPaymentsAllowed: true,
  maxOffersPerApplicantPerTask: true,
  confirmationRequired: true,
  confirmationDueAt: true,
  confirmationChannels: true,
  contactName: true,
  contactEmail: true,
  contactPhone: true,
  status: true,
  publishedAt: true,
  totalPool: true,
  institution: { select: { id: true, name: true, officeName: true, slug: true } },
  spheres: {
    select: { sphere: { select: { id: true, code: true, namePl: true, nameEn: true, nameDe: true } } },
    orderBy: { sphere: { sortOrder: "asc" } },
  },
  territories: {
    select: { territory: { select: { code: true, name: true, kind: true } } },
    orderBy: { territoryCode: "asc" },
  },
  tasks: {
    select: {
      id: true,
      number: true,
      kindName: true,
      description: true,
      form: true,
      pool: true,
      minGrant: true,
      maxGrant: true,
      minOwnContributionBp: true,
      maxAdminCostBp: true,
      startsOn: true,
      endsOn: true,
      status: true,
      sphere: { select: { code: true, namePl: true, nameEn: true, nameDe: true } },
      // The results (art. 15 ust. 2h): shown once the competition is decided.
      awards: {
        select: { id: true, recipientName: true, amount: true, organisation: { select: { slug: true } } },
        orderBy: [{ amount: "desc" }, { recipientName: "asc" }],
      },
      history: {
        select: { id: true, year: true, label: true, costs: true, grants: true, computed: true },
        orderBy: [{ year: "desc" }, { label: "asc" }],
      },
    },
    orderBy: { position: "asc" },
  },
  publications: {
    select: { channel: true, publishedOn: true, url: true, note: true },
    orderBy: { publishedOn: "asc" },
  },
  deadlineChanges: {
    select: {
      id: true,
      previousDeadline: true,
      newDeadline: true,
      reason: true,
      actReference: true,
      createdAt: true,
      document: { select: { id: true, title: true } },
    },
    orderBy: { createdAt: "asc" },
  },
  documents: {
    select: { id: true, title: true, kind: true, file: { select: { kind: true, size: true } } },
    orderBy: { position: "asc" },
  },
  attachmentRequirements: {
    select: { id: true, label: true, description: true, required: true, perApplicant: true, condition: true },
    orderBy: { position: "asc" },
  },
  commissionCall: { select: { opensAt: true, closesAt: true } },
  _count: { select: { questions: { where: { status: "ANSWERED" } } } },
} satisfies Prisma.CompetitionSelect;

type Row = Prisma.CompetitionGetPayload<{ select: typeof pageSelect }>;

export type SelectionCriterion = { key: string; name: string; maxPoints: number; onlySupport?: boolean };

function criteria(value: Prisma.JsonValue): SelectionCriterion[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) =>
    item && typeof item === "object" && !Array.isArray(item) && typeof item.name === "string"
      ? [
          {
            key: String(item.key ?? item.name),
            name: item.name,
            maxPoints: typeof item.maxPoints === "number" ? item.maxPoints : 0,
            onlySupport: item.onlySupport === true,
          },
        ]
      : [],
  );
}

function shape(row: Row, now: Date) {
  const resultsPublic = row.status === "DECIDED" || row.status === "ANNULLED";
  return {
    ...row,
    phase: phaseAt(row, now) as CompetitionPhase,
    minGrant: money(row.minGrant),
    maxGrant: money(row.maxGrant),
    totalPool: Number(row.totalPool),
    selectionCriteria: criteria(row.selectionCriteria),
    tasks: row.tasks.map((task) => ({
      ...task,
      pool: Number(task.pool),
      minGrant: money(task.minGrant),
      maxGrant: money(task.maxGrant),
      history: task.history.map((h) => ({ ...h, costs: Number(h.costs), grants: Number(h.grants) })),
      // Awards exist from the office's decision on; they are public only once the results are (publishing sets DECIDED).
      awards: resultsPublic ? task.awards.map((a) => ({ ...a, amount: Number(a.amount) })) : [],
    })),
    answeredQuestions: row._count.questions,
  };
}

export type CompetitionPageView = ReturnType<typeof shape>;

/** The competition for its public page, or null when there is none to show (no such one, or a draft). */
export async function competitionPageView(slug: string, now = new Date()): Promise<CompetitionPageView | null> {
  const row = await db().competition.findUnique({ where: { slug }, select: pageSelect });
  if (!row || row.status === "DRAFT") return null;
  return shape(row, now);
}

/** The smallest facts of a visible competition, for its sub-pages (questions, commission call). */
export async function visibleCompetitionBySlug(slug: string) {
  const row = await db().competition.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      offersOpenAt: true,
      offersDeadline: true,
      institutionId: true,
      institution: { select: { name: true, officeName: true } },
    },
  });
  return row && row.status !== "DRAFT" ? row : null;
}
