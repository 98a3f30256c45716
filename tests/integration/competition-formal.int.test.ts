import { db } from "@/lib/db/client";
import { createOrganisation } from "@/tests/factories/organisations";
import { createActor, createMember, createOfficial, type TestActor } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { actAs } from "@/tests/helpers/concurrent-session";
import {
  createFreshInstitution,
  createSubmittableDraft,
  currentRevisions,
  openCompetitionWithLead,
} from "@/tests/helpers/offer-drafts";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/concurrent-session"));

import {
  markFormallyCompleteAction,
  openFormalCheckAction,
  rejectFormallyAction,
  requestCorrectionAction,
  saveFormalAnswersAction,
} from "@/lib/competitions/formal/actions";
import { formalCheckView, formalOfferView } from "@/lib/competitions/formal/queries";
import { defaultDueDay } from "@/lib/offers/corrections/due";
import { offerStageOf } from "@/lib/offers/status-view";
import { submitOffer } from "@/lib/offers/submission/mutations";

jest.setTimeout(60_000);

beforeAll(async () => {
  await createInstanceSettings();
});

/** The deadline just after the last submission (so every offer came on time), and so already passed. */
const deadlinePassed = (competitionId: string) =>
  db().$executeRaw`UPDATE "Competition" SET
    "offersDeadline" = (SELECT max("submittedAt") FROM "Offer" WHERE "competitionId" = ${competitionId}) + interval '1 millisecond',
    "offersOpenAt" = clock_timestamp() - interval '2 days'
    WHERE id = ${competitionId}`;

/** A competition with one submitted offer (single), its lead's owner and an official of the office. */
async function submittedOffer() {
  const { competition, task, lead } = await openCompetitionWithLead();
  const offer = await createSubmittableDraft(task.id, lead.id);
  const owner = await createMember(lead.id, "OWNER");
  await submitOffer({ offerId: offer.id, revisions: await currentRevisions(offer.id) }, owner, "pl");
  const official = await createOfficial(competition.institutionId);
  return { competition, offer, lead, owner, official };
}

function as<T>(actor: TestActor | null, call: () => Promise<T>): Promise<T> {
  actAs(actor);
  return call();
}

async function openedCheck() {
  const setup = await submittedOffer();
  await deadlinePassed(setup.competition.id);
  await as(setup.official, () => openFormalCheckAction({ competitionId: setup.competition.id }));
  const items = await db().formalChecklistItem.findMany({
    where: { competitionId: setup.competition.id },
    orderBy: { position: "asc" },
  });
  return { ...setup, items };
}

describe("the formal check", () => {
  it("opens after the deadline only, seeding the checklist once, for the addressed office only", async () => {
    const { competition, official, owner } = await submittedOffer();
    const open = () => openFormalCheckAction({ competitionId: competition.id });
    expect((await as(official, open)).data).toEqual({ refused: "FORMAL_CHECK_NOT_OPEN" });
    await deadlinePassed(competition.id);
    expect((await as(null, open)).serverError).toBe("UNAUTHENTICATED");
    expect((await as(owner, open)).serverError).toBe("FORBIDDEN");
    const otherOffice = await createOfficial((await createFreshInstitution("Urząd Inny")).id);
    expect((await as(otherOffice, open)).serverError).toBe("FORBIDDEN");
    const first = (await as(official, open)).data as { items: number };
    expect(first.items).toBeGreaterThanOrEqual(4);
    expect((await as(official, open)).data).toEqual(first);
    expect(await db().formalChecklistItem.count({ where: { competitionId: competition.id } })).toBe(first.items);

    expect(await formalCheckView(competition.slug, otherOffice)).toBeNull();
    expect(await formalCheckView(competition.slug, owner)).toBeNull();
    const view = await formalCheckView(competition.slug, official);
    expect(view?.counts).toEqual({ PENDING: 1, TO_CORRECT: 0, COMPLETE: 0, REJECTED: 0 });
  });

  it("suggests answers from the version, and completes only with every item answered and none unmet", async () => {
    const { competition, offer, official, owner, items } = await openedCheck();
    const view = await formalOfferView(competition.slug, offer.id, official);
    expect(view).not.toBeNull();
    expect(await formalOfferView(competition.slug, offer.id, owner)).toBeNull();
    const suggestion = (kind: string) => view!.items.find((item) => item.kind === kind)?.suggestion;
    expect(suggestion("DEADLINE")).toBe("MET");
    expect(suggestion("FIELDS")).toBe("MET");
    expect(suggestion("ELIGIBILITY")).toBe("MET");
    expect(suggestion("STATEMENT")).toBe("MET");

    const complete = () => markFormallyCompleteAction({ offerId: offer.id });
    expect((await as(official, complete)).data).toEqual({ refused: "ITEMS_UNANSWERED" });
    const answer = (value: "MET" | "NOT_MET") =>
      as(official, () =>
        saveFormalAnswersAction({
          offerId: offer.id,
          answers: items.map((item, index) => ({ itemId: item.id, answer: index === 1 ? value : "MET" })),
        }),
      );
    await answer("NOT_MET");
    expect((await as(official, complete)).data).toEqual({ refused: "ITEMS_NOT_MET" });
    await answer("MET");
    expect((await as(owner, complete)).serverError).toBe("FORBIDDEN");
    expect((await as(official, complete)).data).toEqual({ done: true });
    // The applicant's page reads the stage at once.
    expect(await offerStageOf(offer.id)).toEqual({ stage: "UNDER_EVALUATION" });
    const notice = await db().notificationEvent.findFirst({
      where: { type: "offer.formal_result", subjectId: offer.id },
      select: { data: true },
    });
    expect(notice?.data).toEqual({ status: "COMPLETE" });
    // Decided: neither answers nor another outcome are taken.
    expect((await answer("MET")).data).toEqual({ refused: "REVIEW_DECIDED" });
    expect((await as(official, () => rejectFormallyAction({ offerId: offer.id, reason: "x" }))).data).toEqual({
      refused: "REVIEW_DECIDED",
    });
  });

  it("rejects with a reason only, which the applicants read", async () => {
    const { competition, offer, official } = await openedCheck();
    const reject = (reason: string) => as(official, () => rejectFormallyAction({ offerId: offer.id, reason }));
    expect((await reject("   ")).validationErrors).toBeDefined();
    expect(await db().formalReview.findUnique({ where: { offerId: offer.id } })).toBeNull();
    expect((await reject("Oferta złożona przez podmiot nieuprawniony.")).data).toEqual({ done: true });
    expect(await offerStageOf(offer.id)).toEqual({
      stage: "FORMALLY_REJECTED",
      reason: "Oferta złożona przez podmiot nieuprawniony.",
    });
    expect((await formalCheckView(competition.slug, official))?.counts.REJECTED).toBe(1);
    // The database holds the rule too (CHECK FormalReview_rejection_reason).
    await expect(
      db().formalReview.update({ where: { offerId: offer.id }, data: { rejectionReason: " " } }),
    ).rejects.toThrow();
  });

  it("refuses a correction of an offer that came late, and one asked for outside the allowed days", async () => {
    const { offer, official, items } = await openedCheck();
    const deadlineItem = items.find((item) => item.kind === "DEADLINE")!;
    const today = defaultDueDay(0, new Date());
    const request = (dueOn: string) =>
      as(official, () =>
        requestCorrectionAction({ offerId: offer.id, sections: ["plan"], message: "Uzupełnij harmonogram.", dueOn }),
      );
    expect((await request(today)).validationErrors).toBeDefined();
    await as(official, () =>
      saveFormalAnswersAction({ offerId: offer.id, answers: [{ itemId: deadlineItem.id, answer: "NOT_MET" }] }),
    );
    expect((await request(defaultDueDay(7, new Date()))).data).toEqual({ refused: "NOT_CORRECTABLE" });
    expect(await db().correctionRequest.count({ where: { offerId: offer.id } })).toBe(0);
  });

  it("is not shown to a visitor, an organisation, nor an official of another office", async () => {
    const { competition, offer } = await openedCheck();
    const stranger = await createMember((await createOrganisation({ verifiedAt: new Date() })).id, "OWNER");
    for (const reader of [await createActor(), stranger]) {
      expect(await formalCheckView(competition.slug, reader)).toBeNull();
      expect(await formalOfferView(competition.slug, offer.id, reader)).toBeNull();
    }
  });
});
