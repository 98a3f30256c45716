// The competition commission (issue 26, design §3.3): the office appoints
// (officials, nominees without those of organisations taking part, experts;
// one chair), invites by e-mail, and the invited person accepts while signed
// in; members declare before reading each offer, the platform refuses "no
// conflict" where it knows a tie, and the offer's PDF and the card open only
// after a declaration of no conflict; cards are saved as typed (revisions),
// submitted complete, voided by a later conflict, refused once the commission
// closed; the secretary cannot score, an expert's card is advisory; other
// offices, applicants, officials who are not members and members without
// two-factor authentication get nothing.
import { db } from "@/lib/db/client";
import { storeUpload } from "@/lib/files/stored-files";
import { pdfFile } from "@/tests/factories/document-files";
import { createCompetition } from "@/tests/factories/competitions";
import { createOffer } from "@/tests/factories/offers";
import { createOrganisation } from "@/tests/factories/organisations";
import { createActor, createMember, createOfficial, type TestActor } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { drainQueue } from "@/tests/helpers/jobs";
import { createFreshInstitution } from "@/tests/helpers/offer-drafts";
import { routeContext } from "@/tests/helpers/route-context";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import {
  acceptCommissionInvitationAction,
  activateCommissionAction,
  addCommissionMemberAction,
  approveMinutesAction,
  changeCommissionRoleAction,
  declareAction,
  recordAttendanceAction,
  removeCommissionMemberAction,
  resendCommissionInvitationAction,
  saveCardAction,
  saveMinutesAction,
  scheduleMeetingAction,
  submitCardAction,
} from "@/lib/competitions/commission/actions";
import { downloadCommissionOfferPdf } from "@/lib/competitions/commission/handlers";
import { commissionPageView } from "@/lib/competitions/commission/queries";
import { votingAggregates } from "@/lib/competitions/evaluation/queries";

jest.setTimeout(60_000);

let competition: Awaited<ReturnType<typeof createCompetition>>;
let official: TestActor;
let otherOfficial: TestActor;
let applicantOrg: string;
let neutralOrg: string;
let admitted: { id: string };
let pending: { id: string };
let nominationOfApplicant: string;
let nominationOfNeutral: string;

async function mailTo(email: string): Promise<string> {
  await drainQueue("mail-send");
  return (await db().devMailboxMessage.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } })).text;
}
const tokenIn = (text: string) =>
  new URL(/https?:\/\/\S+\?invitation=[\w-]+/.exec(text)![0]).searchParams.get("invitation")!;

async function submittedOffer(leadOrganisationId: string, formal: "COMPLETE" | "PENDING", createdById?: string) {
  const offer = await createOffer({ taskId: competition.tasks[0]!.id, leadOrganisationId, submitted: true });
  const current = await db().offer.findUniqueOrThrow({ where: { id: offer.id }, select: { currentVersionId: true } });
  if (createdById)
    await db()
      .$executeRaw`UPDATE "OfferVersion" SET "submittedById" = ${createdById} WHERE id = ${current.currentVersionId}`;
  await db().formalReview.create({
    data: { offerId: offer.id, competitionId: competition.id, status: formal, versionId: current.currentVersionId! },
  });
  return offer;
}

beforeAll(async () => {
  await createInstanceSettings();
  const officeId = (await createFreshInstitution("Urząd Oceniający")).id;
  official = await createOfficial(officeId);
  otherOfficial = await createOfficial((await createFreshInstitution("Urząd Obok")).id);
  competition = await createCompetition({
    institutionId: officeId,
    deadlineInDays: -1,
    opensInDays: -20,
    overrides: {
      selectionCriteria: [
        { key: "k1", name: "Realność", maxPoints: 10, onlySupport: false },
        { key: "k2", name: "Koszty", maxPoints: 5, onlySupport: false },
      ],
    },
  });
  applicantOrg = (await createOrganisation({ name: "Fundacja Oferent", verifiedAt: new Date() })).id;
  neutralOrg = (await createOrganisation({ name: "Stowarzyszenie Neutralne", verifiedAt: new Date() })).id;
  admitted = await submittedOffer(applicantOrg, "COMPLETE");
  pending = await submittedOffer((await createOrganisation({ name: "Fundacja Druga" })).id, "PENDING");
  const call = await db().commissionCall.create({
    data: {
      competitionId: competition.id,
      description: "Nabór.",
      opensAt: new Date(Date.now() - 20 * 86_400_000),
      closesAt: new Date(Date.now() - 5 * 86_400_000),
    },
  });
  const nominate = (organisationId: string, nomineeName: string) =>
    db().commissionNomination.create({
      data: {
        callId: call.id,
        organisationId,
        nomineeName,
        nomineeEmail: `${organisationId}@nominee.example`,
        consentAt: new Date(),
      },
    });
  nominationOfApplicant = (await nominate(applicantOrg, "Kandydat Oferenta")).id;
  nominationOfNeutral = (await nominate(neutralOrg, "Kandydatka Neutralna")).id;
});

/** Appoints through the action and accepts the e-mailed invitation as `person`; returns the person. */
async function appointAndAccept(role: "CHAIR" | "SECRETARY" | "MEMBER" | "EXPERT", person: TestActor) {
  actAs(official);
  const added = await addCommissionMemberAction({
    competitionId: competition.id,
    origin: "EXTERNAL",
    name: `Osoba ${role}`,
    email: person.email,
    role,
  });
  expect(added.data).toEqual({ id: expect.any(String) });
  actAs(person);
  const accepted = await acceptCommissionInvitationAction({ token: tokenIn(await mailTo(person.email)) });
  expect(accepted.data).toEqual({ slug: competition.slug, twoFactorRequired: !person.twoFactorEnabled });
  return person;
}

/** A person with two-factor authentication on unless said otherwise. */
const emailed = (options: Parameters<typeof createActor>[0] = {}) => createActor({ twoFactor: true, ...options });

let chair: TestActor;
let member: TestActor;
let secretary: TestActor;
let expert: TestActor;
let tied: TestActor;
let noTwoFactor: TestActor;

describe("appointing", () => {
  it("is the office's alone: a visitor, another office's official and an applicant are refused", async () => {
    const input = {
      competitionId: competition.id,
      origin: "EXTERNAL" as const,
      name: "Ktoś",
      email: "k@x.example",
      role: "MEMBER" as const,
    };
    actAs(null);
    expect((await addCommissionMemberAction(input)).serverError).toBe("UNAUTHENTICATED");
    actAs(otherOfficial);
    expect((await addCommissionMemberAction(input)).serverError).toBe("FORBIDDEN");
    actAs(await createMember(applicantOrg, "OWNER"));
    expect((await addCommissionMemberAction(input)).serverError).toBe("FORBIDDEN");
    expect(await db().commissionMember.count({ where: { email: "k@x.example" } })).toBe(0);
  });

  it("refuses the nominee of an organisation taking part, and shows why; appoints the other", async () => {
    actAs(official);
    const refused = await addCommissionMemberAction({
      competitionId: competition.id,
      origin: "NGO_NOMINEE",
      nominationId: nominationOfApplicant,
      role: "MEMBER",
    });
    expect(refused.data).toEqual({ refused: "NOMINEE_EXCLUDED" });
    const view = await commissionPageView(competition.slug, official);
    expect(view && !view.twoFactor && view.office?.nominations).toEqual([
      expect.objectContaining({ name: "Kandydat Oferenta", excluded: "LEAD", appointed: false }),
      expect.objectContaining({ name: "Kandydatka Neutralna", excluded: null, appointed: false }),
    ]);
    const ok = await addCommissionMemberAction({
      competitionId: competition.id,
      origin: "NGO_NOMINEE",
      nominationId: nominationOfNeutral,
      role: "MEMBER",
    });
    expect(ok.data).toEqual({ id: expect.any(String) });
  });

  it("refuses to appoint before a chair is named, then appoints; one chair only", async () => {
    actAs(official);
    expect((await activateCommissionAction({ competitionId: competition.id })).data).toEqual({
      refused: "CHAIR_REQUIRED",
    });
    chair = await appointAndAccept("CHAIR", await emailed());
    actAs(official);
    expect(
      (
        await addCommissionMemberAction({
          competitionId: competition.id,
          origin: "EXTERNAL",
          name: "Drugi Przewodniczący",
          email: "drugi@x.example",
          role: "CHAIR",
        })
      ).data,
    ).toEqual({ refused: "CHAIR_TAKEN" });
    member = await appointAndAccept("MEMBER", await emailed());
    secretary = await appointAndAccept("SECRETARY", await emailed());
    expert = await appointAndAccept("EXPERT", await emailed());
    tied = await appointAndAccept("MEMBER", await emailed({ organisations: [{ id: applicantOrg }] }));
    noTwoFactor = await appointAndAccept("MEMBER", await emailed({ twoFactor: false }));
    actAs(official);
    expect((await activateCommissionAction({ competitionId: competition.id })).data).toEqual({ active: true });
  });

  it("appoints an official of the office, who is told in the platform too", async () => {
    const colleague = await createOfficial(competition.institutionId);
    actAs(official);
    const added = await addCommissionMemberAction({
      competitionId: competition.id,
      origin: "OFFICE",
      userId: colleague.id,
      role: "MEMBER",
    });
    expect(added.data).toEqual({ id: expect.any(String) });
    const event = await db().notificationEvent.findFirstOrThrow({
      where: { type: "commission.invited", subjectId: competition.id },
      select: { audience: true },
    });
    expect(event.audience).toEqual({ users: [colleague.id] });
    // The seat is the colleague's: another account holding the link cannot take it.
    const link = tokenIn(await mailTo(colleague.email));
    actAs(await emailed());
    expect((await acceptCommissionInvitationAction({ token: link })).data).toEqual({ refused: "OTHER_ACCOUNT" });
    actAs(colleague);
    expect((await acceptCommissionInvitationAction({ token: link })).data).toMatchObject({ slug: competition.slug });
    expect(
      await db().commissionMember.findFirstOrThrow({
        where: { commission: { competitionId: competition.id }, email: colleague.email },
        select: { userId: true, acceptedAt: true },
      }),
    ).toEqual({ userId: colleague.id, acceptedAt: expect.any(Date) });
    actAs(otherOfficial);
    const stranger = await addCommissionMemberAction({
      competitionId: competition.id,
      origin: "OFFICE",
      userId: otherOfficial.id,
      role: "MEMBER",
    });
    expect(stranger.serverError).toBe("FORBIDDEN");
    actAs(official);
    expect(
      (
        await addCommissionMemberAction({
          competitionId: competition.id,
          origin: "OFFICE",
          userId: otherOfficial.id,
          role: "MEMBER",
        })
      ).data,
    ).toEqual({ refused: "NOT_AN_OFFICIAL" });
  });

  it("uses each invitation link once", async () => {
    actAs(await createActor());
    const link = tokenIn(await mailTo(chair.email));
    expect((await acceptCommissionInvitationAction({ token: link })).serverError).toBe("LINK_USED");
    expect((await acceptCommissionInvitationAction({ token: "A".repeat(43) })).serverError).toBe("LINK_INVALID");
  });

  it("lets a nominee accept only under the invited address, and not from an organisation taking part", async () => {
    const address = `${neutralOrg}@nominee.example`;
    const link = tokenIn(await mailTo(address));
    actAs(await emailed());
    expect((await acceptCommissionInvitationAction({ token: link })).data).toEqual({ refused: "OTHER_ADDRESS" });
    // The invited address (in other letters' case), but the account belongs to an applicant (L4).
    const nominee = await emailed({ email: address.toUpperCase(), organisations: [{ id: applicantOrg }] });
    actAs(nominee);
    expect((await acceptCommissionInvitationAction({ token: link })).data).toEqual({ refused: "NOMINEE_EXCLUDED" });
    const seat = { commission: { competitionId: competition.id }, email: address };
    expect(await db().commissionMember.findFirstOrThrow({ where: seat, select: { acceptedAt: true } })).toEqual({
      acceptedAt: null,
    });
    await db().organisationMembership.deleteMany({ where: { userId: nominee.id } });
    expect((await acceptCommissionInvitationAction({ token: link })).data).toMatchObject({ slug: competition.slug });
    expect(await db().commissionMember.findFirstOrThrow({ where: seat, select: { userId: true } })).toEqual({
      userId: nominee.id,
    });
  });

  it("sends a member without two-factor authentication to switch it on, and refuses them meanwhile", async () => {
    expect(await commissionPageView(competition.slug, noTwoFactor)).toEqual({ twoFactor: true });
    actAs(noTwoFactor);
    const result = await declareAction({
      competitionId: competition.id,
      offerId: admitted.id,
      conflict: false,
      statementRead: true,
    });
    expect(result.serverError).toBe("TWO_FACTOR_REQUIRED");
  });
});

const scores = (a: number | null, b: number | null, why = "Uzasadnienie.") => [
  { criterionIndex: 0, scoreTenths: a, justification: why },
  { criterionIndex: 1, scoreTenths: b, justification: why },
];
const card = (revision: number, s = scores(75, 40)) => ({
  competitionId: competition.id,
  offerId: admitted.id,
  revision,
  scores: s,
  comment: "",
});

async function pdfAs(actor: TestActor | null, offerId = admitted.id) {
  actAs(actor);
  return downloadCommissionOfferPdf(
    new Request("http://localhost/pdf"),
    routeContext({ competitionId: competition.id, offerId }),
  );
}

describe("meetings", () => {
  it("are called, attended and minuted by the chair and the secretary, approved by the chair, then frozen", async () => {
    const schedule = {
      competitionId: competition.id,
      startsAt: "2030-03-05T10:00",
      place: "Sala 2",
      onlineUrl: "",
      agenda: "1. Ocena.",
    };
    actAs(member);
    expect((await scheduleMeetingAction(schedule)).serverError).toBe("FORBIDDEN");
    actAs(secretary);
    const scheduled = await scheduleMeetingAction(schedule);
    expect(scheduled.data).toEqual({ id: expect.any(String) });
    const meetingId = (scheduled.data as { id: string }).id;
    const stored = await db().commissionMeeting.findUniqueOrThrow({
      where: { id: meetingId },
      select: { startsAt: true },
    });
    // 10:00 in Warsaw in March is 09:00 UTC.
    expect(stored.startsAt.toISOString()).toBe("2030-03-05T09:00:00.000Z");
    const seats = await db().commissionMember.findMany({
      where: { commission: { competitionId: competition.id }, userId: { in: [chair.id, member.id] } },
      select: { id: true, userId: true },
    });
    const attendance = seats.map((seat) => ({ memberId: seat.id, present: seat.userId === chair.id, note: "" }));
    expect((await recordAttendanceAction({ competitionId: competition.id, meetingId, attendance })).data).toEqual({
      saved: true,
    });
    expect(
      (await saveMinutesAction({ competitionId: competition.id, meetingId, minutes: "Oceniono oferty." })).data,
    ).toEqual({ saved: true });
    expect((await approveMinutesAction({ competitionId: competition.id, meetingId })).serverError).toBe("FORBIDDEN");
    actAs(chair);
    expect((await approveMinutesAction({ competitionId: competition.id, meetingId })).data).toEqual({ approved: true });
    expect((await saveMinutesAction({ competitionId: competition.id, meetingId, minutes: "Zmiana." })).data).toEqual({
      refused: "MINUTES_APPROVED",
    });
    expect(await db().commissionAttendance.count({ where: { meetingId, present: true } })).toBe(1);
    const told = await db().notificationEvent.findFirstOrThrow({
      where: { type: "commission.meeting_scheduled", subjectId: competition.id },
      select: { audience: true, data: true },
    });
    expect((told.audience as { users: string[] }).users).toEqual(expect.arrayContaining([chair.id, member.id]));
    expect((told.audience as { users: string[] }).users).not.toContain(secretary.id);
    expect(told.data).toEqual({ deadline: "2030-03-05T09:00:00.000Z" });
  });
});

describe("declarations gate the offer", () => {
  beforeAll(async () => {
    // A PDF already stored with the version, so the route serves bytes without rendering.
    const version = await db().offer.findUniqueOrThrow({
      where: { id: admitted.id },
      select: { currentVersionId: true },
    });
    await storeUpload(
      { bytes: pdfFile(), name: "oferta.pdf", uploadedById: null },
      { accepted: ["pdf"], maxBytes: 1e7 },
      (tx, file) => tx.offerVersion.update({ where: { id: version.currentVersionId! }, data: { pdfFileId: file.id } }),
    );
  });

  it("lists the admitted offers to members with what they declared, not those still under formal review", async () => {
    const view = await commissionPageView(competition.slug, member);
    expect(view && !view.twoFactor && view.seat?.offers.map((o) => [o.id, o.declaration])).toEqual([
      [admitted.id, null],
    ]);
    const forSecretary = await commissionPageView(competition.slug, secretary);
    expect(forSecretary && !forSecretary.twoFactor && forSecretary.seat?.offers).toHaveLength(2);
  });

  it("answers 404 on the PDF and refuses the card without a declaration", async () => {
    expect((await pdfAs(member)).status).toBe(404);
    actAs(member);
    expect((await saveCardAction(card(0))).data).toEqual({ refused: "DECLARATION_REQUIRED" });
  });

  it("refuses 'no conflict' where the platform knows a tie, and accepts the conflict", async () => {
    actAs(tied);
    const input = { competitionId: competition.id, offerId: admitted.id, statementRead: true as const };
    expect((await declareAction({ ...input, conflict: false })).data).toEqual({ refused: "CONFLICT_KNOWN" });
    expect((await declareAction({ ...input, conflict: true })).data).toEqual({ conflict: true });
    expect((await pdfAs(tied)).status).toBe(404);
    actAs(tied);
    expect((await declareAction({ ...input, conflict: false })).data).toEqual({ refused: "DECLARATION_FINAL" });
  });

  it("refuses declarations for an offer not admitted", async () => {
    actAs(member);
    expect(
      (
        await declareAction({
          competitionId: competition.id,
          offerId: pending.id,
          conflict: false,
          statementRead: true,
        })
      ).data,
    ).toEqual({ refused: "OFFER_NOT_ADMITTED" });
  });

  it("opens the PDF after a declaration of no conflict, to that member only", async () => {
    actAs(member);
    expect(
      (
        await declareAction({
          competitionId: competition.id,
          offerId: admitted.id,
          conflict: false,
          statementRead: true,
        })
      ).data,
    ).toEqual({ conflict: false });
    const response = await pdfAs(member);
    expect(response.status).toBe(200);
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 4)
        .toString(),
    ).toBe("%PDF");
    expect((await pdfAs(chair)).status).toBe(404);
    expect((await pdfAs(official)).status).toBe(404);
    expect((await pdfAs(null)).status).toBe(404);
  });
});

describe("cards", () => {
  it("saves drafts by revision, refuses a stale one and an out-of-range score, then submits a complete card", async () => {
    actAs(member);
    expect((await saveCardAction(card(0, scores(75, null)))).data).toEqual({
      revision: 1,
      totalTenths: 75,
      status: "DRAFT",
    });
    expect((await saveCardAction(card(0))).data).toEqual({ refused: "STALE_CARD" });
    expect((await saveCardAction(card(1, scores(105, 40)))).data).toEqual({ refused: "SCORE_OUT_OF_RANGE" });
    expect((await submitCardAction(card(1, scores(75, 40, " ")))).data).toEqual({ refused: "JUSTIFICATION_REQUIRED" });
    expect((await submitCardAction(card(1))).data).toEqual({ revision: 2, totalTenths: 115, status: "SUBMITTED" });
    const stored = await db().evaluationCard.findFirstOrThrow({
      where: { offerId: admitted.id, member: { userId: member.id } },
      select: {
        status: true,
        advisory: true,
        scores: { orderBy: { criterionIndex: "asc" }, select: { scoreTenths: true } },
      },
    });
    expect(stored).toEqual({
      status: "SUBMITTED",
      advisory: false,
      scores: [{ scoreTenths: 75 }, { scoreTenths: 40 }],
    });
    expect((await saveCardAction(card(2))).data).toEqual({ refused: "CARD_SUBMITTED" });
  });

  it("keeps the secretary from scoring and an official who is not a member out", async () => {
    actAs(secretary);
    await declareAction({ competitionId: competition.id, offerId: admitted.id, conflict: false, statementRead: true });
    expect((await saveCardAction(card(0))).serverError).toBe("FORBIDDEN");
    actAs(official);
    expect((await saveCardAction(card(0))).serverError).toBe("NOT_FOUND");
    actAs(otherOfficial);
    expect((await saveCardAction(card(0))).serverError).toBe("NOT_FOUND");
  });

  it("marks an expert's card advisory", async () => {
    actAs(expert);
    await declareAction({ competitionId: competition.id, offerId: admitted.id, conflict: false, statementRead: true });
    expect((await submitCardAction(card(0))).data).toEqual({ revision: 1, totalTenths: 115, status: "SUBMITTED" });
    const stored = await db().evaluationCard.findFirstOrThrow({
      where: { offerId: admitted.id, member: { userId: expert.id } },
      select: { advisory: true },
    });
    expect(stored.advisory).toBe(true);
  });

  it("voids the card of a member who declares a conflict later, and closes the offer to them", async () => {
    actAs(chair);
    const input = { competitionId: competition.id, offerId: admitted.id, statementRead: true as const };
    await declareAction({ ...input, conflict: false });
    expect((await saveCardAction(card(0))).data).toMatchObject({ status: "DRAFT" });
    expect((await declareAction({ ...input, conflict: true })).data).toEqual({ conflict: true });
    const voided = await db().evaluationCard.findFirstOrThrow({
      where: { offerId: admitted.id, member: { userId: chair.id } },
      select: { status: true, voidedAt: true },
    });
    expect(voided.status).toBe("VOID");
    expect(voided.voidedAt).not.toBeNull();
    expect((await pdfAs(chair)).status).toBe(404);
    actAs(chair);
    expect((await saveCardAction(card(1))).data).toEqual({ refused: "CONFLICT_DECLARED" });
  });

  it("changes a role only before cards, and a removal (with its reason) ends the member's access at once", async () => {
    const seatOf = async (person: TestActor) =>
      (
        await db().commissionMember.findFirstOrThrow({
          where: { commission: { competitionId: competition.id }, userId: person.id },
          select: { id: true },
        })
      ).id;
    actAs(official);
    expect((await changeCommissionRoleAction({ memberId: await seatOf(member), role: "EXPERT" })).data).toEqual({
      refused: "ROLE_HAS_CARDS",
    });
    const expertSeat = await seatOf(expert);
    expect((await removeCommissionMemberAction({ memberId: expertSeat, reason: " " })).validationErrors).toBeDefined();
    actAs(otherOfficial);
    expect((await removeCommissionMemberAction({ memberId: expertSeat, reason: "Rezygnacja." })).serverError).toBe(
      "FORBIDDEN",
    );
    actAs(official);
    expect((await removeCommissionMemberAction({ memberId: expertSeat, reason: "Rezygnacja." })).data).toEqual({
      removed: true,
    });
    expect((await pdfAs(expert)).status).toBe(404);
    actAs(expert);
    expect((await saveCardAction(card(1))).serverError).toBe("NOT_FOUND");
    // The card stays, for the protocol, voided.
    expect(await db().evaluationCard.findMany({ where: { memberId: expertSeat }, select: { status: true } })).toEqual([
      { status: "VOID" },
    ]);
  });

  it("voids a removed member's submitted card, which stops counting in the ranking", async () => {
    const voter = await appointAndAccept("MEMBER", await emailed());
    actAs(voter);
    await declareAction({ competitionId: competition.id, offerId: admitted.id, conflict: false, statementRead: true });
    expect((await submitCardAction(card(0))).data).toMatchObject({ status: "SUBMITTED" });
    const { id: commissionId } = await db().commission.findUniqueOrThrow({ where: { competitionId: competition.id } });
    const counted = async () => (await votingAggregates(db(), commissionId, [admitted.id])).get(admitted.id)?.n ?? 0;
    const before = await counted();
    const seat = await db().commissionMember.findFirstOrThrow({
      where: { commission: { competitionId: competition.id }, userId: voter.id },
      select: { id: true },
    });
    actAs(official);
    expect((await removeCommissionMemberAction({ memberId: seat.id, reason: "Zatajony konflikt." })).data).toEqual({
      removed: true,
    });
    expect(await counted()).toBe(before - 1);
    expect(
      await db().evaluationCard.findFirstOrThrow({
        where: { memberId: seat.id },
        select: { status: true, voidedAt: true },
      }),
    ).toEqual({ status: "VOID", voidedAt: expect.any(Date) });
  });

  it("sends a new link only to someone who has not accepted; the old link stops working, an expired one says so", async () => {
    const newcomer = await createActor({ twoFactor: true });
    actAs(official);
    const added = await addCommissionMemberAction({
      competitionId: competition.id,
      origin: "EXTERNAL",
      name: "Nowa Osoba",
      email: newcomer.email,
      role: "MEMBER",
    });
    const memberId = (added.data as { id: string }).id;
    const first = tokenIn(await mailTo(newcomer.email));
    expect((await resendCommissionInvitationAction({ memberId })).data).toEqual({ sent: true });
    const second = tokenIn(await mailTo(newcomer.email));
    expect(second).not.toBe(first);
    const chairSeat = await db().commissionMember.findFirstOrThrow({
      where: { commission: { competitionId: competition.id }, userId: chair.id },
      select: { id: true },
    });
    expect((await resendCommissionInvitationAction({ memberId: chairSeat.id })).data).toEqual({
      refused: "ALREADY_ACCEPTED",
    });
    actAs(newcomer);
    expect((await acceptCommissionInvitationAction({ token: first })).serverError).toBe("LINK_INVALID");
    await db().commissionMember.update({
      where: { id: memberId },
      data: { inviteExpiresAt: new Date(Date.now() - 1000) },
    });
    expect((await acceptCommissionInvitationAction({ token: second })).serverError).toBe("LINK_EXPIRED");
  });

  it("refuses cards once the commission closed", async () => {
    await db().commission.update({
      where: { competitionId: competition.id },
      data: { status: "CLOSED", closedAt: new Date() },
    });
    actAs(member);
    expect((await saveCardAction(card(2))).data).toEqual({ refused: "COMMISSION_CLOSED" });
    actAs(secretary);
    expect(
      (
        await declareAction({
          competitionId: competition.id,
          offerId: admitted.id,
          conflict: true,
          statementRead: true,
        })
      ).data,
    ).toEqual({ refused: "COMMISSION_CLOSED" });
    actAs(official);
    expect((await activateCommissionAction({ competitionId: competition.id })).data).toEqual({
      refused: "COMMISSION_CLOSED",
    });
  });
});
