// The office appoints a competition's commission (design L3, L7; permission
// competitions.appointCommission): the commission exists from its first
// member or setting as FORMING, with the competition's criteria frozen into
// it; the office appoints it (ACTIVE) once it has a chair and no member it
// may not keep, and only then do members declare and score. Settings are the
// office's own rules, not law, and stay editable until the commission closes.
import "server-only";
import { competitionApplicants } from "@/lib/competitions/commission/queries";
import { nomineeExclusion } from "@/lib/competitions/commission/exclusion";
import type { CriterionSnapshot } from "@/lib/competitions/evaluation/calc/cards";
import type { z } from "zod";
import type { settingsSchema } from "@/lib/competitions/commission/schemas";
import { db } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { RuleRefusal } from "@/lib/rule-errors/refusals";

export type AppointRefusal = "COMMISSION_CLOSED" | "COMMISSION_NOT_FORMING" | "CHAIR_REQUIRED" | "NOMINEE_EXCLUDED";

type Tx = Prisma.TransactionClient;

/** The competition's criteria as cards read them: points in tenths, by their position. */
export function criteriaSnapshotOf(criteria: unknown): CriterionSnapshot[] {
  if (!Array.isArray(criteria)) return [];
  return criteria.map((raw, index) => {
    const criterion = raw as { name?: unknown; maxPoints?: unknown; onlySupport?: unknown };
    return {
      index,
      name: String(criterion.name ?? ""),
      maxTenths: Math.round(Number(criterion.maxPoints ?? 0) * 10),
      onlySupport: criterion.onlySupport === true,
    };
  });
}

/** The competition's commission, created FORMING on first use; locked for the rest of the transaction. */
export async function openCommission(tx: Tx, competitionId: string) {
  const competition = await tx.competition.findUnique({
    where: { id: competitionId },
    select: { id: true, status: true, selectionCriteria: true },
  });
  if (!competition || competition.status === "DRAFT") throw new AppError("NOT_FOUND", `competition ${competitionId}`);
  await tx.commission.upsert({
    where: { competitionId },
    create: {
      competitionId,
      criteriaSnapshot: criteriaSnapshotOf(competition.selectionCriteria) as unknown as Prisma.InputJsonValue,
    },
    update: {},
  });
  const [commission] = await tx.$queryRaw<{ id: string; status: "FORMING" | "ACTIVE" | "CLOSED" }[]>`
    SELECT id, status::text AS status FROM "Commission" WHERE "competitionId" = ${competitionId} FOR UPDATE`;
  if (!commission) throw new AppError("INTERNAL", `commission of ${competitionId}`);
  if (commission.status === "CLOSED") throw new RuleRefusal<AppointRefusal>("COMMISSION_CLOSED");
  return commission;
}

export async function saveSettings(input: z.output<typeof settingsSchema>): Promise<void> {
  await db().$transaction(async (tx) => {
    const commission = await openCommission(tx, input.competitionId);
    await tx.commission.update({
      where: { id: commission.id },
      data: {
        actReference: input.actReference || null,
        divergenceThresholdBp: input.divergencePercent * 100,
        minVotingCards: input.minVotingCards,
        passThresholdBp: input.passPercent === null ? null : input.passPercent * 100,
        quorum: input.quorum,
      },
    });
  });
}

/**
 * FORMING → ACTIVE: refused without a chair, or while a nominee's organisation
 * has since become an applicant (L4; the office removes them first, with the
 * reason). Members invited but not yet accepted may accept later.
 */
export async function activateCommission(competitionId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const commission = await openCommission(tx, competitionId);
    if (commission.status !== "FORMING") throw new RuleRefusal<AppointRefusal>("COMMISSION_NOT_FORMING");
    const members = await tx.commissionMember.findMany({
      where: { commissionId: commission.id, removedAt: null },
      select: { role: true, nomination: { select: { organisationId: true } } },
    });
    if (!members.some((m) => m.role === "CHAIR")) throw new RuleRefusal<AppointRefusal>("CHAIR_REQUIRED");
    const applicants = await competitionApplicants(competitionId, tx);
    if (members.some((m) => m.nomination && nomineeExclusion(m.nomination.organisationId, applicants)))
      throw new RuleRefusal<AppointRefusal>("NOMINEE_EXCLUDED");
    await tx.commission.update({
      where: { id: commission.id },
      data: { status: "ACTIVE", appointedAt: await databaseNow(tx) },
    });
  });
}
