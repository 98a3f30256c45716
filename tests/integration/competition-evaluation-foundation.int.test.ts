// Issue 26's foundation: the database's own defences behind the mutations (pool,
// frozen versions, closed commission), the commission scope, the legal rule read
// through a competition's snapshot, and the factories the slices build on.
import { randomUUID } from "node:crypto";
import { commissionScope } from "@/lib/competitions/commission/scope";
import { db } from "@/lib/db/client";
import { snapshotRule } from "@/lib/legal-rules/snapshot";
import { polishLocalToDate } from "@/lib/time/polish-local";
import {
  competitionUnderEvaluation,
  createAssessment,
  createCard,
  createCommission,
  createCommissionMember,
  createOfferDecision,
  createTaskDecision,
} from "@/tests/factories/evaluation";
import { createActor } from "@/tests/factories/people";

// Postgres: check_violation for the pool, object_not_in_prerequisite_state for the triggers.
const codeOf = (error: unknown) => (error as { meta?: { code?: string }; code?: string }).meta?.code;
async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return `${codeOf(error) ?? ""} ${String((error as Error).message)}`;
  }
  throw new Error("expected the database to refuse");
}

describe("the database behind the evaluation", () => {
  it("refuses proposals and awards above the task's pool, even written directly", async () => {
    const { task, offers, commission } = await competitionUnderEvaluation({
      offers: 3,
      tasks: [{ pool: 2_500_000 }],
      requestedGrant: 1_000_000,
      commission: true,
    });
    await createAssessment({ offerId: offers[0]!.offer.id, commissionId: commission!.id, proposedAmount: 1_000_000 });
    await createAssessment({ offerId: offers[1]!.offer.id, commissionId: commission!.id, proposedAmount: 1_000_000 });
    expect(
      await refusal(
        createAssessment({ offerId: offers[2]!.offer.id, commissionId: commission!.id, proposedAmount: 600_000 }),
      ),
    ).toMatch(/over pool/);
    // Exactly the pool is allowed.
    await createAssessment({ offerId: offers[2]!.offer.id, commissionId: commission!.id, proposedAmount: 500_000 });

    const decision = await createTaskDecision({ taskId: task.id });
    await createOfferDecision({ offerId: offers[0]!.offer.id, decisionId: decision.id, amount: 1_000_000 });
    await createOfferDecision({ offerId: offers[1]!.offer.id, decisionId: decision.id, amount: 1_000_000 });
    expect(
      await refusal(createOfferDecision({ offerId: offers[2]!.offer.id, decisionId: decision.id, amount: 500_001 })),
    ).toMatch(/over pool/);
    // A withdrawn award frees its money.
    await db().taskAward.updateMany({ where: { offerId: offers[1]!.offer.id }, data: { status: "WITHDRAWN" } });
    const again = await createOfferDecision({
      offerId: offers[2]!.offer.id,
      decisionId: decision.id,
      amount: 1_000_000,
    });
    expect(again.award?.amount).toBe(1_000_000n);
  });

  it("keeps submitted versions frozen but lets their PDF be stored later", async () => {
    const { offers } = await competitionUnderEvaluation({ offers: 1 });
    const versionId = offers[0]!.offer.currentVersionId!;
    expect(
      await refusal(db().offerVersion.update({ where: { id: versionId }, data: { content: { changed: true } } })),
    ).toMatch(/frozen/);
    expect(await refusal(db().offerVersion.update({ where: { id: versionId }, data: { kind: "CORRECTION" } }))).toMatch(
      /frozen/,
    );
    const file = await db().storedFile.create({
      data: {
        storageKey: `test/${randomUUID()}`,
        kind: "pdf",
        contentType: "application/pdf",
        originalName: "oferta.pdf",
        size: 10,
        sha256: "0".repeat(64),
      },
    });
    const updated = await db().offerVersion.update({ where: { id: versionId }, data: { pdfFileId: file.id } });
    expect(updated.pdfFileId).toBe(file.id);
  });

  it("refuses a card once the commission is closed", async () => {
    const { offers, commission, members } = await competitionUnderEvaluation({ offers: 1, commission: true });
    const card = await createCard({
      memberId: members[0]!.member.id,
      offerId: offers[0]!.offer.id,
      scores: [80, 70, 40],
    });
    expect(card.totalTenths).toBe(190);
    await db().commission.update({ where: { id: commission!.id }, data: { status: "CLOSED", closedAt: new Date() } });
    expect(
      await refusal(
        createCard({ memberId: members[1]!.member.id, offerId: offers[0]!.offer.id, scores: [50, 50, 50] }),
      ),
    ).toMatch(/closed/);
    expect(await refusal(db().evaluationCard.update({ where: { id: card.id }, data: { totalTenths: 200 } }))).toMatch(
      /closed/,
    );
  });

  it("enforces one chair and one active seat per person", async () => {
    const { commission, chair } = await competitionUnderEvaluation({ offers: 1, commission: true, members: 0 });
    expect(await refusal(createCommissionMember({ commissionId: commission!.id, role: "CHAIR" }))).toMatch(
      /CommissionMember_one_chair|Unique constraint/,
    );
    expect(
      await refusal(createCommissionMember({ commissionId: commission!.id, role: "MEMBER", actor: chair!.actor })),
    ).toMatch(/CommissionMember_user_active|Unique constraint/);
  });
});

describe("commissionScope", () => {
  it("gives an accepted, active member's role, and nothing to anyone else", async () => {
    const { competition, commission, chair, members } = await competitionUnderEvaluation({
      offers: 1,
      commission: true,
      members: 1,
    });
    expect(await commissionScope(competition.id, chair!.actor)).toEqual({ commissionRole: "CHAIR" });
    expect(await commissionScope(competition.id, members[0]!.actor)).toEqual({ commissionRole: "MEMBER" });

    const removed = await createCommissionMember({ commissionId: commission!.id, role: "EXPERT", removed: true });
    expect(await commissionScope(competition.id, removed.actor)).toBeNull();
    const invited = await createCommissionMember({ commissionId: commission!.id, accepted: false });
    expect(await commissionScope(competition.id, invited.actor)).toBeNull();
    expect(await commissionScope(competition.id, await createActor())).toBeNull();
    expect(await commissionScope(competition.id, null)).toBeNull();

    // A seat on another competition's commission is no seat on this one.
    const other = await competitionUnderEvaluation({ offers: 1 });
    const otherCommission = await createCommission({ competitionId: other.competition.id });
    const elsewhere = await createCommissionMember({ commissionId: otherCommission.id, role: "CHAIR" });
    expect(await commissionScope(competition.id, elsewhere.actor)).toBeNull();
    expect(await commissionScope(other.competition.id, elsewhere.actor)).toEqual({ commissionRole: "CHAIR" });
  });
});

describe("snapshotRule", () => {
  it("reads the competition's snapshot, else the value in force on its publication day", async () => {
    const published = polishLocalToDate("2026-05-04T12:00")!;
    expect(
      await snapshotRule({ "competition.reasonsRequestDays": 45 }, "competition.reasonsRequestDays", published),
    ).toBe(45);
    // Published before the key existed: the value of that day.
    expect(
      await snapshotRule({ "competition.announcementMinDays": 21 }, "competition.reasonsRequestDays", published),
    ).toBe(30);
    expect(await snapshotRule(null, "competition.reasonsRequestDays", published)).toBe(30);
    // A value of the wrong kind is not trusted.
    expect(
      await snapshotRule({ "competition.reasonsRequestDays": "30" }, "competition.reasonsRequestDays", published),
    ).toBe(30);
    await expect(
      snapshotRule({}, "competition.reasonsRequestDays", polishLocalToDate("2019-02-28T12:00")!),
    ).rejects.toThrow(/competition\.reasonsRequestDays/);
  });
});
