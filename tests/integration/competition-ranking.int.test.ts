// The commission's ranking, proposals, close and reopening (issue 26, S3): who
// sees what (a member sees others' scores only after their own card), proposals
// refused above the request, without the reason of a cut and beyond the pool
// (also when 20 arrive at once), divergence resolved by the chair, the close
// refused while incomplete or divergent, and reopened by the office with a reason.
import { db } from "@/lib/db/client";
import { createOfficial, createActor, type TestActor } from "@/tests/factories/people";
import { createFreshInstitution } from "@/tests/helpers/offer-drafts";
import { createInstanceSettings } from "@/tests/factories/settings";
import {
  competitionUnderEvaluation,
  createCard,
  createCommissionMember,
  createDeclaration,
  createAssessment,
  createTaskDecision,
} from "@/tests/factories/evaluation";
import { actAs, runAs } from "@/tests/helpers/concurrent-session";
import { drainQueue } from "@/tests/helpers/jobs";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/concurrent-session"));

import {
  closeCommissionAction,
  proposeAmountAction,
  reopenCommissionAction,
  resolveDivergenceAction,
} from "@/lib/competitions/evaluation/actions";
import { rankingView } from "@/lib/competitions/evaluation/ranking-view";

beforeAll(async () => {
  await createInstanceSettings();
});

type Setup = Awaited<ReturnType<typeof competitionUnderEvaluation>>;
type Seat = Setup["members"][number];

/** Scores (tenths) per criterion of the test criteria (10, 10, 5 points); Σ = the card's total. */
async function score(seat: Seat, offerId: string, scores: number[], status: "SUBMITTED" | "DRAFT" = "SUBMITTED") {
  await createDeclaration({ memberId: seat.member.id, offerId });
  return createCard({ memberId: seat.member.id, offerId, scores, status });
}

/** The chair declares "no conflict" on these offers (the chair's work on an offer needs it, as a member's card does). */
async function clearChair(setup: Setup, offerIds: string[]) {
  for (const offerId of offerIds) await createDeclaration({ memberId: setup.chair!.member.id, offerId });
}

const propose = (offerId: string, amount: string, extra: Partial<{ cutReason: string; revision: number }> = {}) =>
  proposeAmountAction({ offerId, amount, cutReason: "", opinion: "", recommended: "", revision: 0, ...extra });

describe("the ranking page's view", () => {
  let setup: Setup;
  beforeAll(async () => {
    setup = await competitionUnderEvaluation({ offers: 3, commission: true });
    const [a, b, c] = setup.offers.map((o) => o.offer.id);
    const [m1, m2] = setup.members;
    // a: 150 + 160 → 15.50; b: 150 + 160 → 15.50 (ex aequo); c: 100 + 110 → 10.50; an expert's 250 on c is not counted.
    await score(m1!, a!, [80, 70, 0]);
    await score(m2!, a!, [80, 80, 0]);
    await score(m1!, b!, [75, 75, 0]);
    await score(m2!, b!, [80, 80, 0]);
    await score(setup.chair!, c!, [50, 50, 0]);
    await score(m1!, c!, [55, 55, 0]);
    await clearChair(setup, [a!, b!]);
    await createAssessment({ offerId: c!, commissionId: setup.commission!.id, proposedAmount: 800_000 });
    const expert = await createCommissionMember({ commissionId: setup.commission!.id, role: "EXPERT" });
    await score(expert, c!, [100, 100, 50]);
  });

  it("ranks by the exact mean with ex aequo ranks, for the office's official and the chair", async () => {
    for (const reader of [setup.official, setup.chair!.actor]) {
      const view = (await rankingView(setup.competition.slug, reader))!;
      expect(view.rows.map((r) => [r.title, r.rank, r.score, r.cards])).toEqual([
        ["Oferta 1", 1, "15.50", 2],
        ["Oferta 2", 1, "15.50", 2],
        ["Oferta 3", 3, "10.50", 2],
      ]);
      expect(view.rows[2]!.range).toEqual({ min: "10.0", max: "11.0" });
    }
  });

  it("hides the others' scores from a member until their own card for that offer is submitted", async () => {
    const m2 = setup.members[1]!;
    const view = (await rankingView(setup.competition.slug, m2.actor))!;
    const c = view.rows.find((r) => r.title === "Oferta 3")!;
    expect(c).toMatchObject({ hidden: true, score: null, rank: null, range: null, divergent: false });
    // Nor the chair's proposal, cut reason or opinion: they would anchor the member as the scores would.
    expect(c).toMatchObject({ cards: null, proposed: null, cutReason: "", opinion: "", recommended: null });
    expect(view.rows.filter((r) => !r.hidden).map((r) => r.title)).toEqual(["Oferta 1", "Oferta 2"]);
    expect(view.rows.at(-1)!.title).toBe("Oferta 3");
    expect(view.reader).toMatchObject({ mayChair: false, seesAllScores: false, mayDownloadProtocol: false });
  });

  it("is not found for a visitor, an applicant, another office's official and a member without two-factor", async () => {
    const otherOffice = await createOfficial((await createFreshInstitution()).id);
    const applicant = setup.offers[0]!.owner;
    const noTwoFactor = await createCommissionMember({ commissionId: setup.commission!.id, twoFactor: false });
    for (const reader of [null, applicant, otherOffice, noTwoFactor.actor]) {
      expect(await rankingView(setup.competition.slug, reader)).toBeNull();
    }
  });
});

describe("the chair's proposals", () => {
  it("are refused above the request, for a cut without its reason, and beyond the pool", async () => {
    const setup = await competitionUnderEvaluation({ offers: 2, commission: true, tasks: [{ pool: 1_500_000 }] });
    const [a, b] = setup.offers.map((o) => o.offer.id) as [string, string];
    await clearChair(setup, [a, b]);
    actAs(setup.chair!.actor);
    expect((await propose(a, "10 000,01")).data).toEqual({ refused: "AMOUNT_ABOVE_REQUESTED" });
    expect((await propose(a, "8000", { cutReason: "  " })).data).toEqual({ refused: "CUT_REASON_REQUIRED" });
    expect((await propose(a, "10000")).data).toMatchObject({ revision: 1 });
    expect((await propose(b, "5000,01", { cutReason: "Koszty zawyżone." })).data).toEqual({
      refused: "POOL_EXCEEDED",
    });
    expect((await propose(b, "5000", { cutReason: "Koszty zawyżone." })).data).toMatchObject({ revision: 1 });
    // The same revision twice: the second writer saw an old proposal.
    expect((await propose(a, "9000", { cutReason: "Mniej uczestników.", revision: 0 })).data).toEqual({
      refused: "STALE",
    });
    const stored = await db().offerAssessment.findMany({
      where: { taskId: setup.task.id },
      orderBy: { offerId: "asc" },
    });
    expect(stored.reduce((sum, s) => sum + Number(s.proposedAmount), 0)).toBe(1_500_000);
    expect(stored.find((s) => s.offerId === b)).toMatchObject({ cutReason: "Koszty zawyżone." });
    expect(stored.find((s) => s.offerId === a)).toMatchObject({ cutReason: null });
    const view = (await rankingView(setup.competition.slug, setup.chair!.actor))!;
    expect(view.pool).toEqual({ pool: 1_500_000, allocated: 1_500_000, remaining: 0, over: 0 });
  });

  it("are the chair's only: a member, the office's official and an applicant cannot propose", async () => {
    const setup = await competitionUnderEvaluation({ offers: 1, commission: true });
    const offerId = setup.offers[0]!.offer.id;
    actAs(setup.members[0]!.actor);
    expect((await propose(offerId, "10000")).serverError).toBe("FORBIDDEN");
    actAs(setup.official);
    expect((await propose(offerId, "10000")).serverError).toBe("NOT_FOUND");
    actAs(setup.offers[0]!.owner);
    expect((await propose(offerId, "10000")).serverError).toBe("NOT_FOUND");
    actAs(null);
    expect((await propose(offerId, "10000")).serverError).toBe("UNAUTHENTICATED");
    expect(await db().offerAssessment.count({ where: { offerId } })).toBe(0);
  });

  it("never exceed the pool when 20 arrive at once", async () => {
    // 20 offers of 10 000 zł each against a pool of 50 000 zł: exactly five fit.
    const setup = await competitionUnderEvaluation({ offers: 20, commission: true, tasks: [{ pool: 5_000_000 }] });
    await clearChair(
      setup,
      setup.offers.map(({ offer }) => offer.id),
    );
    const results = await Promise.all(
      setup.offers.map(({ offer }) => runAs(setup.chair!.actor, () => propose(offer.id, "10000"))),
    );
    const accepted = results.filter((r) => r.data && "revision" in r.data);
    expect(accepted).toHaveLength(5);
    expect(results.filter((r) => r.data && "refused" in r.data && r.data.refused === "POOL_EXCEEDED")).toHaveLength(15);
    const sum = await db().offerAssessment.aggregate({
      where: { taskId: setup.task.id },
      _sum: { proposedAmount: true },
    });
    expect(sum._sum.proposedAmount).toBe(5_000_000n);
  });
});

describe("a chair or secretary without a no-conflict declaration for an offer", () => {
  let setup: Setup;
  let conflicted: string;
  let undeclared: string;
  let cleared: string;
  beforeAll(async () => {
    setup = await competitionUnderEvaluation({ offers: 3, commission: true });
    [conflicted, undeclared, cleared] = setup.offers.map((o) => o.offer.id) as [string, string, string];
    // Every offer divergent (100 and 200 tenths of 250), so a resolution would be open to the chair.
    for (const offerId of [conflicted, undeclared, cleared]) {
      await score(setup.members[0]!, offerId, [50, 50, 0]);
      await score(setup.members[1]!, offerId, [90, 90, 20]);
      await createAssessment({ offerId, commissionId: setup.commission!.id, proposedAmount: 500_000 });
    }
    await createDeclaration({ memberId: setup.chair!.member.id, offerId: conflicted, conflict: true });
    await clearChair(setup, [cleared]);
  });

  it("is refused the proposal and the divergence's resolution before anything is written", async () => {
    actAs(setup.chair!.actor);
    const before = await db().offerAssessment.findMany({ orderBy: { offerId: "asc" } });
    const resolve = (offerId: string, resolution: "KEEP_MEAN" | "COMMISSION_SCORE" = "COMMISSION_SCORE") =>
      resolveDivergenceAction({ offerId, resolution, note: "Uzgodniono.", agreedScore: "25" });
    for (const [offerId, refused] of [
      [conflicted, "CONFLICT_DECLARED"],
      [undeclared, "DECLARATION_REQUIRED"],
    ] as const) {
      expect((await propose(offerId, "10000", { revision: 1 })).data).toEqual({ refused });
      expect((await resolve(offerId)).data).toEqual({ refused });
    }
    expect(await db().offerAssessment.findMany({ orderBy: { offerId: "asc" } })).toEqual(before);
    // The offer the chair declared no conflict on stays theirs.
    expect((await resolve(cleared, "KEEP_MEAN")).data).toEqual({ resolved: true });
  });

  it("sees the row's title and a marker only; the office's official still sees every figure", async () => {
    const secretary = await createCommissionMember({ commissionId: setup.commission!.id, role: "SECRETARY" });
    await createDeclaration({ memberId: secretary.member.id, offerId: cleared });
    for (const reader of [setup.chair!.actor, secretary.actor]) {
      const view = (await rankingView(setup.competition.slug, reader))!;
      for (const offerId of [conflicted, undeclared]) {
        expect(view.rows.find((r) => r.offerId === offerId)).toMatchObject({
          conflicted: true,
          hidden: true,
          rank: null,
          score: null,
          cards: null,
          range: null,
          divergent: false,
          attention: null,
          proposed: null,
          cutReason: "",
          opinion: "",
          recommended: null,
          resolution: null,
        });
      }
      expect(view.rows[0]).toMatchObject({ offerId: cleared, conflicted: false, score: "15.00", cards: 2 });
      // The pool still counts every proposal (its total only).
      expect(view.pool.allocated).toBe(1_500_000);
    }
    const office = (await rankingView(setup.competition.slug, setup.official))!;
    expect(office.rows.every((r) => !r.conflicted && !r.hidden && r.score === "15.00")).toBe(true);
  });
});

describe("divergence, closing and reopening", () => {
  let setup: Setup;
  let chair: TestActor;
  let a: string;
  let b: string;
  beforeAll(async () => {
    setup = await competitionUnderEvaluation({ offers: 2, commission: true });
    chair = setup.chair!.actor;
    [a, b] = setup.offers.map((o) => o.offer.id) as [string, string];
    await clearChair(setup, [a, b]);
    // Scale 25 points (250 tenths, own funds count in a supporting task); 30 % = 75 tenths.
    // a: 100 and 175 → a range of exactly 75: not divergent. b: 100 and 176: divergent.
    await score(setup.members[0]!, a, [50, 50, 0]);
    await score(setup.members[1]!, a, [80, 80, 15]);
    await score(setup.members[0]!, b, [50, 50, 0]);
  });

  it("refuses the close while an offer has too few cards, then while a divergence is unresolved", async () => {
    actAs(chair);
    const close = () =>
      closeCommissionAction({ competitionId: setup.competition.id, ngoAbsenceGround: "NONE_NOMINATED" });
    expect((await close()).data).toEqual({ refused: "EVALUATION_INCOMPLETE" });
    let view = (await rankingView(setup.competition.slug, chair))!;
    expect(view.closeBlockers.map((item) => item.reason)).toEqual(["TOO_FEW_CARDS"]);
    await score(setup.members[1]!, b, [80, 80, 16]);
    view = (await rankingView(setup.competition.slug, chair))!;
    expect(view.rows.map((r) => [r.title, r.divergent])).toEqual([
      ["Oferta 2", true],
      ["Oferta 1", false],
    ]);
    expect((await close()).data).toEqual({ refused: "EVALUATION_INCOMPLETE" });
    expect(view.closeBlockers.map((item) => item.reason)).toEqual(["DIVERGENCE_UNRESOLVED"]);
  });

  it("resolves a divergence only where there is one, and ranks by an agreed score", async () => {
    actAs(chair);
    const resolve = (offerId: string, resolution: "KEEP_MEAN" | "COMMISSION_SCORE", agreedScore = "") =>
      resolveDivergenceAction({ offerId, resolution, note: "Omówiono na posiedzeniu.", agreedScore });
    expect((await resolve(a, "KEEP_MEAN")).data).toEqual({ refused: "NOT_DIVERGENT" });
    expect((await resolve(b, "COMMISSION_SCORE", "25,1")).data).toEqual({ refused: "SCORE_INVALID" });
    expect((await resolve(b, "COMMISSION_SCORE", "10")).data).toEqual({ resolved: true });
    const view = (await rankingView(setup.competition.slug, chair))!;
    expect(view.rows.map((r) => [r.title, r.score, r.resolution])).toEqual([
      ["Oferta 1", "13.75", null],
      ["Oferta 2", "10.00", "COMMISSION_SCORE"],
    ]);
    expect(view.closeBlockers).toEqual([]);
  });

  it("asks the ground when no organisation's nominee sits on it, then closes, tells the officials and freezes the cards", async () => {
    actAs(setup.members[0]!.actor);
    expect(
      (await closeCommissionAction({ competitionId: setup.competition.id, ngoAbsenceGround: "" })).serverError,
    ).toBe("FORBIDDEN");
    actAs(chair);
    expect((await closeCommissionAction({ competitionId: setup.competition.id, ngoAbsenceGround: "" })).data).toEqual({
      refused: "NGO_ABSENCE_GROUND_REQUIRED",
    });
    expect(
      (await closeCommissionAction({ competitionId: setup.competition.id, ngoAbsenceGround: "NONE_NOMINATED" })).data,
    ).toEqual({ closed: true });
    const commission = await db().commission.findUniqueOrThrow({ where: { id: setup.commission!.id } });
    expect(commission).toMatchObject({ status: "CLOSED", closedById: chair.id, ngoAbsenceGround: "NONE_NOMINATED" });
    const event = await db().notificationEvent.findFirstOrThrow({
      where: { type: "commission.closed", subjectId: setup.competition.id },
    });
    expect(event.audience).toEqual({
      institutions: [{ id: setup.competition.institutionId, roles: ["ADMINISTRATOR", "OFFICIAL"] }],
    });
    // The officials are led to the ranking and its protocol; anyone else who holds the notice, to the competition.
    const { resolveNotificationLinks } = await import("@/lib/notifications/subject-links");
    const entry = {
      key: event.id,
      type: "commission.closed" as const,
      subjectId: event.subjectId,
      subjectType: event.subjectType,
      data: {},
    };
    const params = { slug: setup.competition.slug };
    expect((await resolveNotificationLinks([entry], setup.official)).get(event.id)).toEqual({
      pathname: "/competitions/[slug]/ranking",
      params,
    });
    expect((await resolveNotificationLinks([entry], setup.offers[0]!.owner)).get(event.id)).toEqual({
      pathname: "/competitions/[slug]",
      params,
    });
    expect((await propose(a, "10000")).data).toEqual({ refused: "COMMISSION_NOT_ACTIVE" });
    await expect(
      db().evaluationCard.update({
        where: { memberId_offerId: { memberId: setup.members[0]!.member.id, offerId: a } },
        data: { comment: "x" },
      }),
    ).rejects.toThrow();
    expect(await drainQueue("commission-protocol")).toBe(1);
    const stored = await db().commission.findUniqueOrThrow({ where: { id: setup.commission!.id } });
    expect(stored.protocolPdfFileId).not.toBeNull();
    expect(stored.protocolDocxFileId).not.toBeNull();
    expect(stored.protocolChecksum).toMatch(/^[0-9a-f]{64}$/);
    // The stored protocol is the final one: no PROJEKT mark, and the checksum of the data as closed.
    const { fileStore } = await import("@/lib/files/store");
    const { extractDocumentText } = await import("@/lib/library/text");
    const file = await db().storedFile.findUniqueOrThrow({ where: { id: stored.protocolPdfFileId! } });
    const text = (await extractDocumentText((await fileStore().get(file.storageKey))!, "pdf"))!;
    expect(text).toContain("Protokół z prac komisji konkursowej");
    expect(text).not.toContain("PROJEKT");
    expect(text).toContain(stored.protocolChecksum!.slice(0, 4));
  });

  it("is reopened by the office's official with a reason, not by the chair, and not once a task is decided", async () => {
    const reopen = () =>
      reopenCommissionAction({ competitionId: setup.competition.id, reason: "Korekta karty członka." });
    actAs(chair);
    expect((await reopen()).serverError).toBe("FORBIDDEN");
    actAs(setup.official);
    expect(
      (await reopenCommissionAction({ competitionId: setup.competition.id, reason: "krótko" })).validationErrors,
    ).toBeDefined();
    expect((await reopen()).data).toEqual({ reopened: true });
    expect(await db().commission.findUniqueOrThrow({ where: { id: setup.commission!.id } })).toMatchObject({
      status: "ACTIVE",
      reopenReason: "Korekta karty członka.",
    });
    expect((await reopen()).data).toEqual({ refused: "COMMISSION_NOT_CLOSED" });
    actAs(chair);
    await closeCommissionAction({ competitionId: setup.competition.id, ngoAbsenceGround: "NONE_NOMINATED" });
    await createTaskDecision({ taskId: setup.task.id });
    actAs(setup.official);
    expect((await reopen()).data).toEqual({ refused: "DECISION_TAKEN" });
  });
});

describe("the protocol", () => {
  let setup: Setup;
  beforeAll(async () => {
    setup = await competitionUnderEvaluation({ offers: 2, commission: true });
    const [a, b] = setup.offers.map((o) => o.offer.id) as [string, string];
    const [m1, m2] = setup.members as [Seat, Seat];
    await score(m1, a, [60, 70, 30]);
    await score(m2, a, [65, 70, 25]);
    await score(setup.chair!, a, [70, 70, 20]);
    await score(m1, b, [40, 45, 10]);
    // m2 declared a conflict for b after drafting: the card is void, kept and printed as such.
    await createDeclaration({ memberId: m2.member.id, offerId: b, conflict: true });
    await createCard({ memberId: m2.member.id, offerId: b, scores: [90, 90, 50], status: "VOID" });
    const expert = await createCommissionMember({ commissionId: setup.commission!.id, role: "EXPERT" });
    await score(expert, b, [30, 30, 10]);
    await clearChair(setup, [b]);
  });

  it("holds every card and every declaration, and its checksum does not change between renders", async () => {
    const { protocolData, protocolChecksum } = await import("@/lib/competitions/protocol/data");
    const data = (await protocolData(setup.competition.id))!;
    const cards = await db().evaluationCard.count({ where: { commissionId: setup.commission!.id } });
    const declarations = await db().conflictDeclaration.count({
      where: { member: { commissionId: setup.commission!.id } },
    });
    expect(data.cards).toHaveLength(cards);
    expect(cards).toBe(6);
    expect(data.declarations).toHaveLength(declarations);
    expect(data.declarations.filter((d) => d.statement === "wyłączony")).toHaveLength(1);
    expect(data.cards.filter((c) => c.kind === "advisory")).toHaveLength(1);
    expect(data.cards.filter((c) => c.state.startsWith("unieważniona"))).toHaveLength(1);
    expect(data.cards.every((c) => c.scores.length === 3 && c.scores.every((s) => s.justification !== ""))).toBe(true);
    expect(data.tasks[0]!.rows.map((r) => [r.rank, r.score, r.cards])).toEqual([
      ["1", "16.00", 3],
      ["2", "9.50", 1],
    ]);
    const again = (await protocolData(setup.competition.id))!;
    expect(protocolChecksum(again)).toBe(protocolChecksum(data));
  });

  it("renders as a PDF marked PROJEKT while the commission works, with every member and the checksum, and as DOCX", async () => {
    const { renderProtocol } = await import("@/lib/competitions/protocol/job");
    const { extractDocumentText } = await import("@/lib/library/text");
    const first = (await renderProtocol(setup.competition.id, "pdf"))!;
    const second = (await renderProtocol(setup.competition.id, "pdf"))!;
    expect(second.checksum).toBe(first.checksum);
    expect(Buffer.from(first.bytes.slice(0, 5)).toString()).toBe("%PDF-");
    const text = (await extractDocumentText(first.bytes, "pdf"))!;
    expect(text).toContain("PROJEKT");
    expect(text).toContain(first.checksum.slice(0, 4));
    for (const seat of [setup.chair!, ...setup.members]) {
      const person = await db().user.findUniqueOrThrow({ where: { id: seat.actor.id }, select: { name: true } });
      expect(text).toContain(person.name);
    }
    const docx = (await renderProtocol(setup.competition.id, "docx"))!;
    expect(Buffer.from(docx.bytes.slice(0, 2)).toString()).toBe("PK");
  });

  it("is downloaded by the office's official and the chair, and is not found for members and applicants", async () => {
    const { downloadProtocol } = await import("@/lib/competitions/protocol/handlers");
    const get = (actor: TestActor | null) => {
      actAs(actor);
      return downloadProtocol(new Request(`http://x/api/competitions/${setup.competition.id}/protocol?format=pdf`), {
        params: Promise.resolve({ id: setup.competition.id }),
      });
    };
    for (const actor of [setup.official, setup.chair!.actor]) {
      const response = await get(actor);
      expect(response.status).toBe(200);
      expect(response.headers.get("Content-Type")).toBe("application/pdf");
    }
    for (const actor of [setup.members[0]!.actor, setup.offers[0]!.owner, await createActor()]) {
      expect((await get(actor)).status).toBe(404);
    }
  });

  it("is not found for a secretary without a no-conflict declaration on every offer (none, or a conflict); the office keeps it", async () => {
    const { downloadProtocol } = await import("@/lib/competitions/protocol/handlers");
    const get = (actor: TestActor) => {
      actAs(actor);
      return downloadProtocol(new Request(`http://x/api/competitions/${setup.competition.id}/protocol?format=pdf`), {
        params: Promise.resolve({ id: setup.competition.id }),
      });
    };
    const [a, b] = setup.offers.map((o) => o.offer.id) as [string, string];
    const secretary = await createCommissionMember({ commissionId: setup.commission!.id, role: "SECRETARY" });
    await createDeclaration({ memberId: secretary.member.id, offerId: a });
    expect((await get(secretary.actor)).status).toBe(404);
    await createDeclaration({ memberId: secretary.member.id, offerId: b, conflict: true });
    expect((await get(secretary.actor)).status).toBe(404);
    expect((await rankingView(setup.competition.slug, secretary.actor))!.reader.mayDownloadProtocol).toBe(false);
    expect((await get(setup.official)).status).toBe(200);
  });
});
