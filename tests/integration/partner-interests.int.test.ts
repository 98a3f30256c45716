// The workflow from interest to a partnership (issue 23, item 4): every
// action as a visitor, a member without the role, another organisation, an
// unverified organisation and the right role; one interest per request and
// side; the daily limit; one's own, closed, expired and hidden requests; the
// most partners wanted; contacts hidden before acceptance and shown after;
// confirmation, consent on both profiles, ending and completion.
import { db } from "@/lib/db/client";
import { closeOrganisationRequestAction } from "@/lib/partnerships/requests/actions";
import { interestSectionView, requestInterestsView } from "@/lib/partnerships/interests/queries";
import { partnershipSectionView } from "@/lib/partnerships/profile/section-view";
import {
  myPartnershipsView,
  publicPartnershipsOf,
  publicPartnershipsOfParty,
} from "@/lib/partnerships/workflow/queries";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createActor, createMember, createOfficial, type TestActor } from "@/tests/factories/people";
import { createPartnerRequest } from "@/tests/factories/partner-interests";
import { createInstanceSettings, createPartnershipSettings } from "@/tests/factories/settings";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import {
  acceptInterestAction,
  declineInterestsAction,
  sendInterestAction,
  shortlistInterestAction,
  withdrawInterestAction,
} from "@/lib/partnerships/interests/actions";
import { fitOfParty } from "@/lib/partnerships/suggestions/fit-of-party";
import {
  completePartnershipAction,
  confirmPartnershipAction,
  endPartnershipAction,
  partnershipConsentAction,
} from "@/lib/partnerships/workflow/actions";

const DAY = 24 * 3600 * 1000;
const MESSAGE = "Mamy kuchnię i dwudziestu wolontariuszy gotowych pomagać od stycznia.";

let author: { id: string; slug: string }; // the organisation posting requests
let authorOwner: TestActor;
let sender: { id: string; slug: string }; // a verified organisation sending interest
let senderEditor: TestActor;
let senderMember: TestActor;
let unverified: { id: string };
let unverifiedOwner: TestActor;
let stranger: TestActor; // the owner of a third, verified organisation
let office: { id: string };
let official: TestActor;

const send = (requestId: string, party: string, over: Record<string, unknown> = {}) =>
  sendInterestAction({ requestId, actingFor: party, message: MESSAGE, coveredNeeds: ["VOLUNTEERS"], ...over });
const org = (id: string) => `organisation:${id}`;
const data = (result: unknown) => (result as { data?: unknown } | undefined)?.data;
const serverError = (result: unknown) => (result as { serverError?: string } | undefined)?.serverError;

beforeAll(async () => {
  await createInstanceSettings();
  await createPartnershipSettings({ dailyInterestLimit: 10 });
  author = await createOrganisation({ name: "Stowarzyszenie Kuchnia Sąsiedzka", verifiedAt: new Date() });
  authorOwner = await createMember(author.id, "OWNER", { email: "autorka@kuchnia.example.org" });
  await db().organisationContact.createMany({
    data: [
      { organisationId: author.id, kind: "PHONE", value: "+48 77 123 45 67", visibility: "PUBLIC" },
      {
        organisationId: author.id,
        kind: "EMAIL",
        value: "biuro-wewnetrzne@kuchnia.example.org",
        visibility: "MEMBERS",
      },
    ],
  });
  sender = await createOrganisation({ name: "Fundacja Wolontariat", verifiedAt: new Date() });
  senderEditor = await createMember(sender.id, "EDITOR", { email: "redaktor@wolontariat.example.org" });
  senderMember = await createMember(sender.id, "MEMBER");
  await db().organisationContact.create({
    data: {
      organisationId: sender.id,
      kind: "EMAIL",
      value: "kontakt@wolontariat.example.org",
      visibility: "SIGNED_IN",
    },
  });
  unverified = await createOrganisation({ name: "Nowe Koło" });
  unverifiedOwner = await createMember(unverified.id, "OWNER");
  const third = await createOrganisation({ name: "Klub Trzeci", verifiedAt: new Date() });
  stranger = await createMember(third.id, "OWNER");
  office = await createInstitution({ name: "Urząd Gminy Partnerskiej" });
  official = await createOfficial(office.id);
});

describe("expressing interest", () => {
  it("is refused to visitors, plain members, other organisations' people and unverified organisations; nothing is written", async () => {
    const request = await createPartnerRequest({ organisationId: author.id });
    actAs(null);
    expect(serverError(await send(request.id, org(sender.id)))).toBe("UNAUTHENTICATED");
    actAs(senderMember);
    expect(serverError(await send(request.id, org(sender.id)))).toBe("FORBIDDEN");
    actAs(stranger);
    expect(serverError(await send(request.id, org(sender.id)))).toBe("FORBIDDEN");
    actAs(unverifiedOwner);
    expect(data(await send(request.id, org(unverified.id)))).toEqual({ refused: "unverified" });
    actAs(senderEditor);
    expect(serverError(await send(request.id, "organisation:cmnosuchorganisation00000"))).toBe("NOT_FOUND");
    expect(await db().partnerInterest.count({ where: { requestId: request.id } })).toBe(0);
    expect((await db().partnerRequest.findUniqueOrThrow({ where: { id: request.id } })).interestCount).toBe(0);
  });

  it("is sent by an editor once per request and side, with the needs it covers, counted, audited and told to the author", async () => {
    const request = await createPartnerRequest({ organisationId: author.id });
    actAs(senderEditor);
    const result = data(await send(request.id, org(sender.id), { coveredNeeds: ["VOLUNTEERS", "KITCHEN"] }));
    expect(result).toMatchObject({ sent: true });
    const interest = await db().partnerInterest.findFirstOrThrow({ where: { requestId: request.id } });
    expect(interest).toMatchObject({
      organisationId: sender.id,
      authorId: senderEditor.id,
      status: "SUBMITTED",
      coveredNeeds: ["VOLUNTEERS", "KITCHEN"],
    });
    // The fit the suggestions would show, stored for the author's list to sort by.
    expect(interest.fitScore).toBeGreaterThan(0);
    expect(interest.fitScore).toBeCloseTo(await fitOfParty(request.id, { kind: "organisation", id: sender.id }), 6);
    expect((await db().partnerRequest.findUniqueOrThrow({ where: { id: request.id } })).interestCount).toBe(1);
    expect(
      await db().auditEvent.count({
        where: { action: "partnership.interest_sent", subjectId: interest.id, actingForOrganisationId: sender.id },
      }),
    ).toBe(1);
    const notice = await db().notificationEvent.findFirstOrThrow({
      where: { type: "partnership.interest_received", subjectId: request.id },
    });
    expect(notice.audience).toMatchObject({ organisations: [{ id: author.id, roles: ["OWNER", "EDITOR"] }] });
    // The e-mail is the daily digest's (grouped per request), not one each.
    expect(data(await send(request.id, org(sender.id)))).toEqual({ refused: "alreadySent" });
    expect(await db().partnerInterest.count({ where: { requestId: request.id } })).toBe(1);
  });

  it("refuses bad input with field errors and needs the request does not list", async () => {
    const request = await createPartnerRequest({ organisationId: author.id });
    actAs(senderEditor);
    const short = (await send(request.id, org(sender.id), { message: "Chętnie" })) as { validationErrors?: object };
    expect(short.validationErrors).toMatchObject({ message: { _errors: ["interestMessageTooShort"] } });
    const long = (await send(request.id, org(sender.id), { message: "x".repeat(1001) })) as {
      validationErrors?: object;
    };
    expect(long.validationErrors).toMatchObject({ message: { _errors: ["interestMessageTooLong"] } });
    expect(data(await send(request.id, org(sender.id), { coveredNeeds: ["MINIBUS"] }))).toEqual({
      refused: "needsNotInRequest",
    });
    expect(await db().partnerInterest.count({ where: { requestId: request.id } })).toBe(0);
  });

  it("is refused on one's own request and on closed, expired, past-date and hidden requests", async () => {
    actAs(authorOwner);
    const own = await createPartnerRequest({ organisationId: author.id });
    expect(data(await send(own.id, org(author.id)))).toEqual({ refused: "ownRequest" });
    actAs(senderEditor);
    for (const [overrides, refusal] of [
      [{ status: "CLOSED" }, "notOpen"],
      [{ status: "EXPIRED" }, "notOpen"],
      [{ visibility: "HIDDEN" }, "notOpen"],
      [{ repliesCloseOn: new Date(Date.now() - 2 * DAY) }, "repliesClosed"],
    ] as const) {
      const request = await createPartnerRequest({ organisationId: author.id }, overrides);
      expect(data(await send(request.id, org(sender.id)))).toEqual({ refused: refusal });
    }
  });

  it("takes offices only where the request welcomes local government, and their officials need two-factor authentication", async () => {
    const notWelcoming = await createPartnerRequest({ organisationId: author.id });
    const welcoming = await createPartnerRequest({ organisationId: author.id }, { welcomesLocalGovernment: true });
    const party = `institution:${office.id}`;
    actAs(await createOfficial(office.id, "OFFICIAL", { twoFactor: false }));
    expect(serverError(await send(welcoming.id, party))).toBe("TWO_FACTOR_REQUIRED");
    actAs(senderEditor);
    expect(serverError(await send(welcoming.id, party))).toBe("FORBIDDEN");
    actAs(official);
    expect(data(await send(notWelcoming.id, party))).toEqual({ refused: "officesNotWelcome" });
    expect(data(await send(welcoming.id, party))).toMatchObject({ sent: true });
  });

  it("stops at the side's daily limit", async () => {
    await createPartnershipSettings({ dailyInterestLimit: 2 });
    const daily = await createOrganisation({ name: "Fundacja Codzienna", verifiedAt: new Date() });
    const owner = await createMember(daily.id, "OWNER");
    actAs(owner);
    const requests = [];
    for (let i = 0; i < 3; i += 1) requests.push(await createPartnerRequest({ organisationId: author.id }));
    expect(data(await send(requests[0]!.id, org(daily.id)))).toMatchObject({ sent: true });
    expect(data(await send(requests[1]!.id, org(daily.id)))).toMatchObject({ sent: true });
    expect(data(await send(requests[2]!.id, org(daily.id)))).toEqual({ refused: "dailyLimit" });
    expect(await db().partnerInterest.count({ where: { organisationId: daily.id } })).toBe(2);
    await createPartnershipSettings({ dailyInterestLimit: 10 });
  });

  it("is withdrawn by its side before a decision, lowering the count; not by the author, not after a decision", async () => {
    const request = await createPartnerRequest({ organisationId: author.id });
    actAs(senderEditor);
    await send(request.id, org(sender.id));
    const interest = await db().partnerInterest.findFirstOrThrow({ where: { requestId: request.id } });
    actAs(authorOwner);
    expect(serverError(await withdrawInterestAction({ interestId: interest.id }))).toBe("FORBIDDEN");
    actAs(senderEditor);
    expect(data(await withdrawInterestAction({ interestId: interest.id }))).toEqual({ withdrawn: true });
    expect(await db().partnerInterest.findUniqueOrThrow({ where: { id: interest.id } })).toMatchObject({
      status: "WITHDRAWN",
    });
    expect((await db().partnerRequest.findUniqueOrThrow({ where: { id: request.id } })).interestCount).toBe(0);
    expect(data(await withdrawInterestAction({ interestId: interest.id }))).toEqual({ refused: "alreadyDecided" });
  });
});

/** A request of the author's with interests from `count` new verified organisations; their editors. */
async function requestWithInterests(count: number, overrides: Parameters<typeof createPartnerRequest>[1] = {}) {
  const request = await createPartnerRequest({ organisationId: author.id }, { authorId: authorOwner.id, ...overrides });
  const senders = [];
  for (let i = 0; i < count; i += 1) {
    const organisation = await createOrganisation({ name: `Partner ${i}`, verifiedAt: new Date() });
    const editor = await createMember(organisation.id, "EDITOR");
    actAs(editor);
    await send(request.id, org(organisation.id));
    const interest = await db().partnerInterest.findFirstOrThrow({
      where: { requestId: request.id, organisationId: organisation.id },
    });
    senders.push({ organisation, editor, interest });
  }
  return { request, senders };
}

describe("the author's decisions", () => {
  it("are refused to visitors, the interested side and other organisations", async () => {
    const { request, senders } = await requestWithInterests(1);
    const interestId = senders[0]!.interest.id;
    for (const [actor, code] of [
      [null, "UNAUTHENTICATED"],
      [senders[0]!.editor, "FORBIDDEN"],
      [stranger, "FORBIDDEN"],
      [await createMember(author.id, "MEMBER"), "FORBIDDEN"],
    ] as const) {
      actAs(actor);
      expect(serverError(await shortlistInterestAction({ interestId }))).toBe(code);
      expect(serverError(await acceptInterestAction({ interestId }))).toBe(code);
      expect(serverError(await declineInterestsAction({ requestId: request.id, interestIds: [interestId] }))).toBe(
        code,
      );
    }
    expect(await db().partnerInterest.findUniqueOrThrow({ where: { id: interestId } })).toMatchObject({
      status: "SUBMITTED",
    });
    expect(await db().partnership.count({ where: { requestId: request.id } })).toBe(0);
  });

  it("shortlist, accept into a proposed partnership, and refuse accepting beyond the most partners wanted", async () => {
    const { request, senders } = await requestWithInterests(3, { maxPartners: 2 });
    actAs(authorOwner);
    const [first, second, third] = senders.map((s) => s.interest.id) as [string, string, string];
    expect(data(await shortlistInterestAction({ interestId: first }))).toEqual({ shortlisted: true });
    expect(data(await acceptInterestAction({ interestId: first }))).toMatchObject({ accepted: true });
    expect(data(await acceptInterestAction({ interestId: second }))).toMatchObject({ accepted: true });
    expect(data(await acceptInterestAction({ interestId: third }))).toEqual({ refused: "partnersFull" });
    expect(data(await acceptInterestAction({ interestId: first }))).toEqual({ refused: "alreadyDecided" });
    const stored = await db().partnerRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(stored.acceptedCount).toBe(2);
    const partnerships = await db().partnership.findMany({ where: { requestId: request.id } });
    expect(partnerships).toHaveLength(2);
    expect(partnerships[0]).toMatchObject({
      status: "PROPOSED",
      requesterOrganisationId: author.id,
      requesterInstitutionId: null,
    });
    expect(await db().partnerInterest.findUniqueOrThrow({ where: { id: third } })).toMatchObject({
      status: "SUBMITTED",
    });
    expect(
      await db().notificationEvent.count({
        where: { type: "partnership.proposed", subjectId: { in: partnerships.map((p) => p.id) } },
      }),
    ).toBe(2);
    // The database's CHECK is the last guard.
    await expect(
      db().partnerRequest.update({ where: { id: request.id }, data: { acceptedCount: 3 } }),
    ).rejects.toThrow();
  });

  it("decline several at once with one reason each sender is told; ids of other requests change nothing", async () => {
    const { request, senders } = await requestWithInterests(2);
    const other = await requestWithInterests(1);
    actAs(authorOwner);
    const ids = senders.map((s) => s.interest.id);
    const result = data(
      await declineInterestsAction({
        requestId: request.id,
        interestIds: [...ids, other.senders[0]!.interest.id],
        note: "Szukamy partnera z własnym busem.",
      }),
    );
    expect(result).toEqual({ declined: 2 });
    expect(
      await db().partnerInterest.findMany({ where: { id: { in: ids } }, select: { status: true, decisionNote: true } }),
    ).toEqual([
      { status: "DECLINED", decisionNote: "Szukamy partnera z własnym busem." },
      { status: "DECLINED", decisionNote: "Szukamy partnera z własnym busem." },
    ]);
    expect(
      await db().partnerInterest.findUniqueOrThrow({ where: { id: other.senders[0]!.interest.id } }),
    ).toMatchObject({
      status: "SUBMITTED",
    });
    const notices = await db().notificationEvent.findMany({
      where: { type: "partnership.interest_decided", subjectId: request.id },
    });
    expect(notices.map((n) => n.data)).toEqual([
      { decision: "DECLINED", reason: "Szukamy partnera z własnym busem." },
      { decision: "DECLINED", reason: "Szukamy partnera z własnym busem." },
    ]);
    actAs(senders[0]!.editor);
    expect(data(await withdrawInterestAction({ interestId: ids[0]! }))).toEqual({ refused: "alreadyDecided" });
  });

  it("are refused on a closed request, whose waiting senders are told when its author closes it", async () => {
    const { request, senders } = await requestWithInterests(2);
    actAs(authorOwner);
    await acceptInterestAction({ interestId: senders[0]!.interest.id });
    await closeOrganisationRequestAction({ requestId: request.id, note: "Mamy komplet." });
    expect(await db().partnerRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "CLOSED",
    });
    expect(
      await db().notificationEvent.count({
        where: { type: "partnership.request_closed_to_others", subjectId: request.id },
      }),
    ).toBe(1);
    const notice = await db().notificationEvent.findFirstOrThrow({
      where: { type: "partnership.request_closed_to_others", subjectId: request.id },
    });
    expect(notice.audience).toMatchObject({ organisations: [{ id: senders[1]!.organisation.id }] });
    expect(notice.data).toEqual({ reason: "Mamy komplet." });
    expect(data(await acceptInterestAction({ interestId: senders[1]!.interest.id }))).toEqual({
      refused: "requestClosed",
    });
  });
});

describe("contact details", () => {
  it("appear nowhere before acceptance, and to both sides after it", async () => {
    const { request, senders } = await requestWithInterests(1);
    const { editor, interest, organisation } = senders[0]!;
    await db().organisationContact.create({
      data: { organisationId: organisation.id, kind: "PHONE", value: "+48 600 100 200", visibility: "PUBLIC" },
    });
    const authorView = await requestInterestsView(request.slug, authorOwner);
    expect(authorView!.groups[0]!.interests[0]!.contacts).toBeNull();
    const senderMine = await myPartnershipsView(editor);
    expect(senderMine.interests[0]!.contacts).toBeNull();
    const section = await interestSectionView(request, editor);
    expect(JSON.stringify([authorView, senderMine, section])).not.toMatch(/autorka@|600 100 200|\+48 77/);

    actAs(authorOwner);
    const accepted = await acceptInterestAction({ interestId: interest.id });
    expect(JSON.stringify(accepted)).not.toMatch(/@|\+48/);
    const afterAuthor = await requestInterestsView(request.slug, authorOwner);
    const shown = afterAuthor!.groups.find((g) => g.status === "ACCEPTED")!.interests[0]!.contacts;
    expect(shown).toMatchObject({
      personEmail: editor.email,
      channels: [{ kind: "PHONE", value: "+48 600 100 200" }],
    });
    const afterSender = await myPartnershipsView(editor);
    expect(afterSender.interests[0]!.contacts).toMatchObject({
      personEmail: "autorka@kuchnia.example.org",
      channels: [{ kind: "PHONE", value: "+48 77 123 45 67" }],
    });
    // What the author keeps for its own members stays theirs.
    expect(JSON.stringify(afterSender)).not.toContain("biuro-wewnetrzne@");
    expect(afterSender.partnerships[0]!.contacts).toMatchObject({ personEmail: "autorka@kuchnia.example.org" });
    // A stranger's view of the page never has them.
    expect(await requestInterestsView(request.slug, stranger)).toBeNull();
  });
});

describe("a partnership", () => {
  async function proposed() {
    const { request, senders } = await requestWithInterests(1, { title: "Wspólna kuchnia na festynie" });
    actAs(authorOwner);
    const result = data(await acceptInterestAction({ interestId: senders[0]!.interest.id })) as {
      partnershipId: string;
    };
    return {
      request,
      partnershipId: result.partnershipId,
      partner: senders[0]!.organisation,
      partnerEditor: senders[0]!.editor,
    };
  }

  it("is confirmed by each side as itself only, formed with both, and shown on both profiles only with both consents", async () => {
    const { partnershipId, partner, partnerEditor } = await proposed();
    actAs(null);
    expect(serverError(await confirmPartnershipAction({ partnershipId, side: "partner", showPublicly: true }))).toBe(
      "UNAUTHENTICATED",
    );
    actAs(partnerEditor);
    expect(serverError(await confirmPartnershipAction({ partnershipId, side: "requester", showPublicly: true }))).toBe(
      "FORBIDDEN",
    );
    actAs(stranger);
    expect(serverError(await confirmPartnershipAction({ partnershipId, side: "partner", showPublicly: true }))).toBe(
      "FORBIDDEN",
    );
    actAs(authorOwner);
    expect(data(await confirmPartnershipAction({ partnershipId, side: "requester", showPublicly: true }))).toEqual({
      confirmed: true,
      formed: false,
    });
    expect(data(await confirmPartnershipAction({ partnershipId, side: "requester", showPublicly: true }))).toEqual({
      refused: "alreadyConfirmed",
    });
    actAs(partnerEditor);
    expect(data(await confirmPartnershipAction({ partnershipId, side: "partner", showPublicly: false }))).toEqual({
      confirmed: true,
      formed: true,
    });
    expect(await db().partnership.findUniqueOrThrow({ where: { id: partnershipId } })).toMatchObject({
      status: "FORMED",
      requesterShowsPublicly: true,
      partnerShowsPublicly: false,
    });
    expect(
      await db().notificationEvent.count({ where: { type: "partnership.formed", subjectId: partnershipId } }),
    ).toBe(1);
    expect((await publicPartnershipsOf(author.id)).some((p) => p.id === partnershipId)).toBe(false);

    expect(data(await partnershipConsentAction({ partnershipId, side: "partner", showPublicly: true }))).toEqual({
      saved: true,
    });
    const onAuthor = await publicPartnershipsOf(author.id);
    expect(onAuthor.find((p) => p.id === partnershipId)).toMatchObject({
      title: "Wspólna kuchnia na festynie",
      partner: { kind: "organisation", id: partner.id },
    });
    expect((await publicPartnershipsOf(partner.id)).find((p) => p.id === partnershipId)).toMatchObject({
      partner: { id: author.id },
    });
    // The organisation page's section shows it even for a side with no partnership profile.
    expect((await partnershipSectionView(partner.id, "pl"))?.formed.map((p) => p.id)).toEqual([partnershipId]);
    expect(
      await db().auditEvent.count({
        where: {
          subjectId: partnershipId,
          action: { in: ["partnership.confirmed", "partnership.formed", "partnership.consent_changed"] },
        },
      }),
    ).toBe(4);
  });

  it("is ended by either side before it is formed, freeing the request's place; not after", async () => {
    const { request, partnershipId, partnerEditor } = await proposed();
    actAs(partnerEditor);
    expect(data(await completePartnershipAction({ partnershipId, side: "partner", wouldWorkAgain: true }))).toEqual({
      refused: "notFormed",
    });
    expect(data(await endPartnershipAction({ partnershipId, side: "partner" }))).toEqual({ ended: true });
    expect(await db().partnership.findUniqueOrThrow({ where: { id: partnershipId } })).toMatchObject({
      status: "ENDED",
    });
    expect((await db().partnerRequest.findUniqueOrThrow({ where: { id: request.id } })).acceptedCount).toBe(0);
    expect(data(await endPartnershipAction({ partnershipId, side: "partner" }))).toEqual({ refused: "notProposed" });
  });

  it("is marked completed by either side with whether it would work together again, both answers kept", async () => {
    const { partnershipId, partnerEditor } = await proposed();
    actAs(authorOwner);
    await confirmPartnershipAction({ partnershipId, side: "requester", showPublicly: true });
    actAs(partnerEditor);
    await confirmPartnershipAction({ partnershipId, side: "partner", showPublicly: true });
    expect(data(await endPartnershipAction({ partnershipId, side: "partner" }))).toEqual({ refused: "notProposed" });
    expect(data(await completePartnershipAction({ partnershipId, side: "partner", wouldWorkAgain: false }))).toEqual({
      completed: true,
    });
    expect(data(await completePartnershipAction({ partnershipId, side: "partner", wouldWorkAgain: true }))).toEqual({
      refused: "alreadyCompleted",
    });
    actAs(authorOwner);
    expect(data(await completePartnershipAction({ partnershipId, side: "requester", wouldWorkAgain: true }))).toEqual({
      completed: true,
    });
    expect(await db().partnership.findUniqueOrThrow({ where: { id: partnershipId } })).toMatchObject({
      status: "COMPLETED",
      requesterWouldAgain: true,
      partnerWouldAgain: false,
    });
    const mine = await myPartnershipsView(partnerEditor);
    expect(mine.partnerships.find((p) => p.id === partnershipId)).toMatchObject({
      side: "partner",
      ourWouldAgain: false,
      shownPublicly: true,
    });
  });

  it("is marked completed before the project's end date only with the side's word that it ended early", async () => {
    const { request, partnershipId, partnerEditor } = await proposed();
    actAs(authorOwner);
    await confirmPartnershipAction({ partnershipId, side: "requester", showPublicly: false });
    actAs(partnerEditor);
    await confirmPartnershipAction({ partnershipId, side: "partner", showPublicly: false });
    const endsOn = new Date(Date.now() + 60 * 24 * 3600 * 1000);
    await db().partnerRequest.update({ where: { id: request.id }, data: { endsOn } });
    const formed = await db().partnership.findUniqueOrThrow({ where: { id: partnershipId } });
    const input = { partnershipId, side: "partner" as const, wouldWorkAgain: true };
    actAs(null);
    expect(serverError(await completePartnershipAction({ ...input, endedEarly: true }))).toBe("UNAUTHENTICATED");
    actAs(stranger);
    expect(serverError(await completePartnershipAction({ ...input, endedEarly: true }))).toBe("FORBIDDEN");
    actAs(partnerEditor);
    expect((await myPartnershipsView(partnerEditor)).partnerships.find((p) => p.id === partnershipId)?.endsLater).toBe(
      endsOn.toISOString().slice(0, 10),
    );
    expect(data(await completePartnershipAction(input))).toEqual({ refused: "beforeProjectEnd" });
    expect(data(await completePartnershipAction({ ...input, endedEarly: false }))).toEqual({
      refused: "beforeProjectEnd",
    });
    expect(await db().partnership.findUniqueOrThrow({ where: { id: partnershipId } })).toEqual(formed);
    expect(data(await completePartnershipAction({ ...input, endedEarly: true }))).toEqual({ completed: true });
    expect(await db().partnership.findUniqueOrThrow({ where: { id: partnershipId } })).toMatchObject({
      status: "COMPLETED",
      partnerWouldAgain: true,
    });
    expect(
      (await db().auditEvent.findFirstOrThrow({ where: { subjectId: partnershipId, action: "partnership.completed" } }))
        .details,
    ).toMatchObject({ endedEarly: true });
    // Once the end date has passed, no early-end word is asked for.
    await db().partnerRequest.update({ where: { id: request.id }, data: { endsOn: new Date("2026-01-31T00:00:00Z") } });
    actAs(authorOwner);
    expect(data(await completePartnershipAction({ partnershipId, side: "requester", wouldWorkAgain: true }))).toEqual({
      completed: true,
    });
  });
});

describe("an office's request", () => {
  it("is decided by its officials, whose office's contacts the accepted organisation then sees", async () => {
    await db().institution.update({
      where: { id: office.id },
      data: { email: "sekretariat@gmina.example.org", address: "ul. Rynek 1, 48-300 Nysa" },
    });
    const request = await createPartnerRequest({ institutionId: office.id }, { authorId: official.id });
    actAs(senderEditor);
    await send(request.id, org(sender.id));
    const interest = await db().partnerInterest.findFirstOrThrow({ where: { requestId: request.id } });
    expect((await myPartnershipsView(senderEditor)).interests.find((i) => i.id === interest.id)!.contacts).toBeNull();
    expect(serverError(await acceptInterestAction({ interestId: interest.id }))).toBe("FORBIDDEN");
    actAs(await createOfficial(office.id, "OFFICIAL", { twoFactor: false }));
    expect(serverError(await acceptInterestAction({ interestId: interest.id }))).toBe("TWO_FACTOR_REQUIRED");
    actAs(official);
    const { partnershipId } = data(await acceptInterestAction({ interestId: interest.id })) as {
      partnershipId: string;
    };
    expect(await db().partnership.findUniqueOrThrow({ where: { id: partnershipId } })).toMatchObject({
      requesterInstitutionId: office.id,
      requesterOrganisationId: null,
      partnerOrganisationId: sender.id,
    });
    expect(data(await confirmPartnershipAction({ partnershipId, side: "requester", showPublicly: true }))).toEqual({
      confirmed: true,
      formed: false,
    });
    const seen = (await myPartnershipsView(senderEditor)).interests.find((i) => i.id === interest.id)!.contacts;
    expect(seen).toMatchObject({
      address: "ul. Rynek 1, 48-300 Nysa",
      channels: [{ kind: "EMAIL", value: "sekretariat@gmina.example.org" }],
      personEmail: official.email,
    });
    actAs(senderEditor);
    await confirmPartnershipAction({ partnershipId, side: "partner", showPublicly: true });
    // Shown on the office's page too, naming the organisation.
    expect(await publicPartnershipsOfParty({ kind: "institution", id: office.id })).toMatchObject([
      { id: partnershipId, partner: { kind: "organisation", id: sender.id } },
    ]);
    const forOffice = await myPartnershipsView(official);
    expect(forOffice.requests.map((r) => r.id)).toContain(request.id);
    expect(forOffice.partnerships.find((p) => p.id === partnershipId)).toMatchObject({ side: "requester" });
  });
});

describe("the request page's interest section", () => {
  it("asks visitors to sign in, gives the author counts, and others their side's state or the form", async () => {
    const { request, senders } = await requestWithInterests(1);
    expect(await interestSectionView(request, null)).toEqual({ kind: "visitor", slug: request.slug, open: true });
    const forAuthor = await interestSectionView(request, authorOwner);
    expect(forAuthor).toMatchObject({ kind: "author", counts: { SUBMITTED: 1, ACCEPTED: 0 } });
    expect(await interestSectionView(request, senders[0]!.editor)).toMatchObject({
      kind: "sender",
      sides: [{ choice: org(senders[0]!.organisation.id), interest: { status: "SUBMITTED" }, refusal: null }],
    });
    expect(await interestSectionView(request, unverifiedOwner)).toMatchObject({
      kind: "sender",
      sides: [{ interest: null, refusal: "unverified" }],
    });
    expect(await interestSectionView(request, await createActor())).toEqual({ kind: "none", open: true });
    // An office sees no form where local government is not welcome.
    expect(await interestSectionView(request, official)).toEqual({ kind: "none", open: true });
  });
});

describe("the demo workflow", () => {
  it("puts interests in several states and one formed partnership on the demo requests, once", async () => {
    const { seedDemoPartnershipWorkflow } = await import("@/lib/demo/partnership-workflow");
    const demo: Record<string, string> = {};
    for (const slug of [
      "opolskie-centrum-wolontariatu",
      "zdrowie-bez-barier",
      "zielona-odra",
      "forum-praw-obywatelskich",
    ]) {
      const organisation = await createOrganisation({ verifiedAt: new Date() });
      await db().organisation.update({ where: { id: organisation.id }, data: { slug } });
      await createMember(organisation.id, "OWNER");
      demo[slug] = organisation.id;
    }
    await db().partnershipProfile.create({
      data: { organisationId: demo["opolskie-centrum-wolontariatu"]!, offeredResources: ["VOLUNTEERS"] },
    });
    const kitchen = await createPartnerRequest(
      { organisationId: author.id },
      { slug: "kuchnia-dla-seniorow-partner-wolontariusze", authorId: authorOwner.id },
    );
    await createPartnerRequest(
      { organisationId: author.id },
      { slug: "festiwal-pogranicza-partner-czeski-i-niemiecki" },
    );
    const holidays = await createPartnerRequest(
      { institutionId: office.id },
      { slug: "bezpieczne-wakacje-partnerzy-gminy", welcomesLocalGovernment: true },
    );
    await seedDemoPartnershipWorkflow();
    await seedDemoPartnershipWorkflow();

    const interests = await db().partnerInterest.findMany({
      where: {
        request: {
          slug: {
            in: [
              "kuchnia-dla-seniorow-partner-wolontariusze",
              "festiwal-pogranicza-partner-czeski-i-niemiecki",
              "bezpieczne-wakacje-partnerzy-gminy",
            ],
          },
        },
      },
      select: { status: true, organisationId: true, requestId: true, coveredNeeds: true },
    });
    expect(interests).toHaveLength(7);
    expect(new Set(interests.map((i) => i.status))).toEqual(
      new Set(["SUBMITTED", "SHORTLISTED", "ACCEPTED", "DECLINED"]),
    );
    expect(
      interests.find((i) => i.requestId === kitchen.id && i.organisationId === demo["opolskie-centrum-wolontariatu"]),
    ).toMatchObject({ status: "ACCEPTED", coveredNeeds: ["VOLUNTEERS"] });
    // The foundation stays free to answer the office's request in the demo journey.
    expect(interests.filter((i) => i.requestId === holidays.id).map((i) => i.organisationId)).not.toContain(
      demo["opolskie-centrum-wolontariatu"],
    );
    const stored = await db().partnerRequest.findUniqueOrThrow({ where: { id: kitchen.id } });
    expect({ interests: stored.interestCount, accepted: stored.acceptedCount }).toEqual({ interests: 3, accepted: 1 });
    const formed = await db().partnership.findMany({ where: { requestId: kitchen.id } });
    expect(formed).toHaveLength(1);
    expect(formed[0]).toMatchObject({ status: "FORMED", requesterShowsPublicly: true, partnerShowsPublicly: true });
    expect((await publicPartnershipsOf(demo["opolskie-centrum-wolontariatu"]!)).map((p) => p.id)).toEqual([
      formed[0]!.id,
    ]);
  });
});

describe("trust falls with the facts (security review)", () => {
  it("takes no interest in a request whose organisation lost its verification, nor in one with all its partners", async () => {
    const lapsing = await createOrganisation({ name: "Fundacja Bez Weryfikacji", verifiedAt: new Date() });
    const lapsed = await createPartnerRequest({ organisationId: lapsing.id });
    await db().organisation.update({ where: { id: lapsing.id }, data: { verifiedAt: null } });
    const full = await createPartnerRequest({ organisationId: author.id }, { maxPartners: 1, acceptedCount: 1 });
    actAs(senderEditor);
    expect(data(await send(lapsed.id, org(sender.id)))).toEqual({ refused: "notOpen" });
    expect(data(await send(full.id, org(sender.id)))).toEqual({ refused: "full" });
    expect(await db().partnerInterest.count({ where: { requestId: { in: [lapsed.id, full.id] } } })).toBe(0);
  });

  it("accepts nothing on a hidden request, nor from an organisation no longer verified", async () => {
    const { request, senders } = await requestWithInterests(2);
    await db().partnerRequest.update({ where: { id: request.id }, data: { visibility: "HIDDEN" } });
    actAs(authorOwner);
    expect(data(await acceptInterestAction({ interestId: senders[0]!.interest.id }))).toEqual({
      refused: "requestHidden",
    });
    await db().partnerRequest.update({ where: { id: request.id }, data: { visibility: "PUBLISHED" } });
    await db().organisation.update({ where: { id: senders[1]!.organisation.id }, data: { verifiedAt: null } });
    expect(data(await acceptInterestAction({ interestId: senders[1]!.interest.id }))).toEqual({
      refused: "partnerUnverified",
    });
    expect(await db().partnership.count({ where: { requestId: request.id } })).toBe(0);
  });

  it("hides contacts again when a partnership ends before it forms, and names no hidden request on profiles", async () => {
    const { request, senders } = await requestWithInterests(1, { title: "Obraźliwy tytuł" });
    const { editor, interest, organisation } = senders[0]!;
    actAs(authorOwner);
    const { partnershipId } = data(await acceptInterestAction({ interestId: interest.id })) as {
      partnershipId: string;
    };
    expect((await myPartnershipsView(editor)).interests[0]!.contacts).not.toBeNull();
    actAs(editor);
    await endPartnershipAction({ partnershipId, side: "partner" });
    const after = await myPartnershipsView(editor);
    expect(after.interests[0]!.contacts).toBeNull();
    expect(after.partnerships[0]!.contacts).toBeNull();

    // A formed, consented partnership whose request a moderator hid: the profile does not repeat its title.
    await db().partnership.update({
      where: { id: partnershipId },
      data: { status: "FORMED", formedAt: new Date(), requesterShowsPublicly: true, partnerShowsPublicly: true },
    });
    await db().partnerRequest.update({ where: { id: request.id }, data: { visibility: "HIDDEN" } });
    const shown = await publicPartnershipsOfParty({ kind: "organisation", id: organisation.id });
    expect(shown).toHaveLength(1);
    expect(JSON.stringify(shown)).not.toContain("Obraźliwy tytuł");
  });

  it("tells only the people who act for a side now, and shows a writer's e-mail only while they do", async () => {
    const { request, senders } = await requestWithInterests(1);
    const { editor, interest, organisation } = senders[0]!;
    // The sender's editor leaves the organisation before the author decides.
    await db().organisationMembership.deleteMany({ where: { organisationId: organisation.id, userId: editor.id } });
    actAs(authorOwner);
    await acceptInterestAction({ interestId: interest.id });
    const decided = await db().notificationEvent.findFirstOrThrow({
      where: { type: "partnership.interest_decided", subjectId: request.id },
    });
    expect(JSON.stringify(decided.audience)).not.toContain(editor.id);
    const authorView = await requestInterestsView(request.slug, authorOwner);
    const contacts = authorView!.groups.find((g) => g.status === "ACCEPTED")!.interests[0]!.contacts;
    expect(contacts).toMatchObject({ personEmail: null });
  });
});
