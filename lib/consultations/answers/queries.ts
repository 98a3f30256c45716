// Reading remarks for answering: the officials' worklist with the report's
// numbering, their progress, and the organisations to filter by.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnswerState } from "@/lib/consultations/answers/schemas";
import { unlessErased } from "@/lib/accounts/erased-people";

export type AnswerFilters = { unitId?: string | null; organisationId?: string; state: AnswerState; page: number };
export const ANSWER_PAGE_SIZE = 50;

function stateWhere(state: AnswerState): Prisma.RemarkWhereInput {
  if (state === "unanswered") return { state: "SUBMITTED", decision: null };
  if (state === "answered") return { state: "SUBMITTED", decision: { not: null } };
  if (state === "withdrawn") return { state: "WITHDRAWN" };
  return {};
}

/** The officials' worklist: remarks of the consultation filtered by unit, organisation and state, in the order of the text. */
export async function listRemarksForAnswering(consultationId: string, filters: AnswerFilters) {
  const where: Prisma.RemarkWhereInput = {
    consultationId,
    ...stateWhere(filters.state),
    ...(filters.unitId !== undefined ? { unitId: filters.unitId } : {}),
    ...(filters.organisationId ? { organisationId: filters.organisationId } : {}),
  };
  const [items, total] = await Promise.all([
    db().remark.findMany({
      where,
      select: {
        id: true,
        state: true,
        currentWording: true,
        proposedWording: true,
        justification: true,
        decision: true,
        decisionReason: true,
        answeredAt: true,
        createdAt: true,
        author: { select: { name: true, email: true, deletedAt: true } },
        organisation: { select: { name: true, krs: true } },
        unit: { select: { key: true, label: true, position: true } },
      },
      // In the order of the text (general remarks, without a unit, last), then as they came.
      orderBy: [{ unit: { position: "asc" } }, { createdAt: "asc" }, { id: "asc" }],
      skip: (filters.page - 1) * ANSWER_PAGE_SIZE,
      take: ANSWER_PAGE_SIZE,
    }),
    db().remark.count({ where }),
  ]);
  const numbers = await reportNumbers(
    consultationId,
    items.map((item) => item.id),
  );
  return {
    items: items.map((item) => ({ ...item, author: unlessErased(item.author), number: numbers.get(item.id) ?? null })),
    total,
  };
}

/**
 * Each remark's number (Lp.) as the report will give it: its place among the
 * remarks not withdrawn, in the order of the text. The worklist shows the same
 * number whatever the filter, so "remark no. 5" means one remark everywhere.
 */
async function reportNumbers(consultationId: string, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db().$queryRaw<{ id: string; number: bigint }[]>`
    SELECT id, number FROM (
      SELECT r.id, ROW_NUMBER() OVER (ORDER BY u.position ASC NULLS LAST, r."createdAt" ASC, r.id ASC) AS number
      FROM "Remark" r LEFT JOIN "ConsultationUnit" u ON u.id = r."unitId"
      WHERE r."consultationId" = ${consultationId} AND r.state = 'SUBMITTED'
    ) ranked
    WHERE id = ANY(${ids})`;
  return new Map(rows.map((row) => [row.id, Number(row.number)]));
}
export type RemarkForAnswering = Awaited<ReturnType<typeof listRemarksForAnswering>>["items"][number];

/** "37 of 52 answered": submitted remarks and how many have a decision. */
export async function answerProgress(consultationId: string): Promise<{ answered: number; total: number }> {
  const [total, answered] = await Promise.all([
    db().remark.count({ where: { consultationId, state: "SUBMITTED" } }),
    db().remark.count({ where: { consultationId, state: "SUBMITTED", decision: { not: null } } }),
  ]);
  return { answered, total };
}

/** The organisations that made remarks, for the filter. */
export async function remarkingOrganisations(consultationId: string) {
  return db().organisation.findMany({
    where: { remarks: { some: { consultationId } } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
