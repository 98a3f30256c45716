// Reading remarks: the public ones beside the text (when policy.ts allows),
// the counts per unit, and a person's own.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { namedPerson, unlessErased } from "@/lib/accounts/erased-people";

const publicRemarkSelect = {
  id: true,
  unitId: true,
  currentWording: true,
  proposedWording: true,
  justification: true,
  createdAt: true,
  editedAt: true,
  decision: true,
  decisionReason: true,
  author: namedPerson,
  organisation: { select: { name: true, slug: true } },
  unit: { select: { key: true, label: true } },
  corrections: {
    select: { id: true, why: true, correctedByName: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  },
} satisfies Prisma.RemarkSelect;

export type PublicRemark = Prisma.RemarkGetPayload<{ select: typeof publicRemarkSelect }>;

/** Counts of submitted remarks per unit (null: general remarks), for the marks beside the text. */
export async function remarkCountsByUnit(consultationId: string): Promise<Map<string | null, number>> {
  const groups = await db().remark.groupBy({
    by: ["unitId"],
    where: { consultationId, state: "SUBMITTED" },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.unitId, group._count._all]));
}

export const REMARKS_PAGE_SIZE = 50;

/** Submitted remarks on one unit (or the general ones), oldest first, a page at a time. */
export async function listUnitRemarks(
  consultationId: string,
  unitId: string | null,
  page = 1,
): Promise<PublicRemark[]> {
  const remarks = await db().remark.findMany({
    where: { consultationId, unitId, state: "SUBMITTED" },
    select: publicRemarkSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    skip: (page - 1) * REMARKS_PAGE_SIZE,
    take: REMARKS_PAGE_SIZE,
  });
  return remarks.map((remark) => ({ ...remark, author: unlessErased(remark.author) }));
}

/** The person's own remarks in the consultation, withdrawn ones included. */
export async function listOwnRemarks(consultationId: string, userId: string) {
  return db().remark.findMany({
    where: { consultationId, authorId: userId },
    select: { ...publicRemarkSelect, state: true, answeredAt: true, answerSeenAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}
export type OwnRemark = Awaited<ReturnType<typeof listOwnRemarks>>[number];
