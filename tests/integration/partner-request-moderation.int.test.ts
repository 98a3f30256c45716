// Partner requests under the platform's one moderation rule
// (lib/partnerships/requests/changes.ts) and the moderators' queue
// (/moderacja/partnerstwa): an office's request and its changes apply; an
// organisation's are public at once and looked at afterwards; the forum's
// blocked words hold a new request off the lists, or a change to a published
// one while the last accepted text stays public. Every decision is tried by a
// visitor, a plain member, another organisation's owner and the request's own
// owner (none of whom moderates) before a moderator; a decision on a text the
// moderator was not shown is refused.
import { db } from "@/lib/db/client";
import { publicRequestBySlug } from "@/lib/partnerships/list/queries";
import { addDays, warsawDay } from "@/lib/partnerships/requests/dates";
import { requestVersion, shownRequestSelect } from "@/lib/partnerships/requests/moderation";
import { partnerRequestModerationQueue } from "@/lib/partnerships/requests/moderation-queue";
import { partnerRequestPageView } from "@/lib/partnerships/requests/page-view";
import { acceptPartnerRequest } from "@/lib/partnerships/requests/moderation";
import { partnerRequestForEditing } from "@/lib/partnerships/requests/queries";
import { announcePartnerRequest } from "@/lib/partnerships/suggestions/announce";
import type { PartnerRequestFieldsInput } from "@/lib/partnerships/requests/schemas";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createPartnerRequestRow } from "@/tests/factories/partner-requests";
import { createMember, createModerator, createOfficial, type TestActor } from "@/tests/factories/people";
import { createInstanceSettings, createPartnershipSettings } from "@/tests/factories/settings";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import {
  acceptPartnerRequestAction,
  closeInstitutionRequestAction,
  closeOrganisationRequestAction,
  createRequestForInstitutionAction,
  createRequestForOrganisationAction,
  hidePartnerRequestAction,
  rejectPartnerRequestAction,
  renewOrganisationRequestAction,
  restorePartnerRequestAction,
  updateInstitutionRequestAction,
  updateOrganisationRequestAction,
} from "@/lib/partnerships/requests/actions";

const today = () => warsawDay(new Date());
let key = 0;
const newKey = () => `moderation-key-${String(++key).padStart(8, "0")}`;
const BLOCKED = "Szukamy partnera, a urzędnicy to kretyni";

let verified: { id: string };
let other: { id: string };
let office: { id: string };
let owner: TestActor;
let editor: TestActor;
let member: TestActor;
let otherOwner: TestActor;
let official: TestActor;
let moderator: TestActor;

function fields(overrides: Partial<PartnerRequestFieldsInput> = {}): PartnerRequestFieldsInput {
  return {
    title: "Kuchnia dla seniorów – szukamy wolontariuszy",
    initiative: "Codzienne obiady dla samotnych seniorów, gotowane i rozwożone przez wolontariuszy.",
    callName: "",
    callUrl: "",
    roles: ["VOLUNTEERS"],
    partnerLegalForms: [],
    requiresPublicBenefit: false,
    welcomesLocalGovernment: false,
    sphereIds: [],
    area: "REGION",
    territoryCodes: [],
    radiusKm: "",
    neededCompetences: [],
    neededResources: ["KITCHEN"],
    offeredCompetences: [],
    offeredResources: [],
    partnerGives: "Dwóch wolontariuszy dziennie i samochód do rozwożenia obiadów.",
    partnerGets: "Szkolenie sanitarne, ubezpieczenie i udział w projekcie.",
    budgetSharePercent: "",
    budgetNote: "",
    startsOn: "",
    endsOn: "",
    timelineNote: "",
    repliesCloseOn: addDays(today(), 30),
    maxPartners: "2",
    ...overrides,
  };
}

const row = (id: string) => db().partnerRequest.findUniqueOrThrow({ where: { id } });
/** What the queue shows the moderator of the request now. */
const shownNow = async (id: string) =>
  requestVersion(await db().partnerRequest.findUniqueOrThrow({ where: { id }, select: shownRequestSelect }));
const queueIds = async () => {
  const queue = await partnerRequestModerationQueue();
  return {
    held: queue.held.map((item) => item.id),
    changes: queue.changes.map((item) => item.id),
    review: queue.review.map((item) => item.id),
  };
};
const heldNotices = (requestId: string) =>
  db().notificationEvent.count({ where: { type: "partnership.request_held", subjectId: requestId } });
const noticesTo = (requestId: string) =>
  db().notificationEvent.findMany({
    where: { type: "partnership.request_moderated", subjectId: requestId },
    orderBy: { createdAt: "asc" },
    select: { data: true },
  });

/** Every decision is refused to those who do not moderate, the request's own owner included, and changes nothing. */
async function refusedToNonModerators(requestId: string, decide: () => Promise<{ serverError?: string } | undefined>) {
  const before = await row(requestId);
  for (const [actor, code] of [
    [null, "UNAUTHENTICATED"],
    [member, "FORBIDDEN"],
    [otherOwner, "FORBIDDEN"],
    [owner, "FORBIDDEN"],
  ] as const) {
    actAs(actor);
    expect((await decide())?.serverError).toBe(code);
  }
  expect(await row(requestId)).toEqual(before);
}

beforeAll(async () => {
  await createInstanceSettings();
  await createPartnershipSettings({ maxReplyDays: 90 });
  await db().forumBlockedWord.upsert({ where: { pattern: "kretyn*" }, create: { pattern: "kretyn*" }, update: {} });
  verified = await createOrganisation({ name: "Fundacja Zweryfikowana", verifiedAt: new Date() });
  other = await createOrganisation({ name: "Inna Fundacja", verifiedAt: new Date() });
  office = await createInstitution({ name: "Powiat Nyski", kind: "POWIAT_OFFICE", territoryCode: "1607" });
  owner = await createMember(verified.id, "OWNER");
  editor = await createMember(verified.id, "EDITOR");
  member = await createMember(verified.id, "MEMBER");
  otherOwner = await createMember(other.id, "OWNER");
  official = await createOfficial(office.id);
  moderator = await createModerator();
});

describe("posting a request", () => {
  it("publishes an office's request as it stands, and an organisation's at once, on the moderators' list", async () => {
    actAs(official);
    const fromOffice = await createRequestForInstitutionAction({
      ...fields({ title: "Festyn powiatowy – szukamy partnerów" }),
      institutionId: office.id,
      submissionKey: newKey(),
    });
    expect(fromOffice?.data).toMatchObject({ held: false });
    actAs(editor);
    const fromOrganisation = await createRequestForOrganisationAction({
      ...fields(),
      organisationId: verified.id,
      submissionKey: newKey(),
    });
    expect(fromOrganisation?.data).toMatchObject({ held: false });
    const written = (result: typeof fromOffice) =>
      db().partnerRequest.findFirstOrThrow({ where: { slug: (result?.data as { slug: string }).slug } });
    const officeRow = await written(fromOffice);
    const organisationRow = await written(fromOrganisation);
    expect(officeRow).toMatchObject({ visibility: "PUBLISHED", reviewRequestedAt: null });
    expect(organisationRow.visibility).toBe("PUBLISHED");
    expect(organisationRow.reviewRequestedAt).not.toBeNull();
    expect(await publicRequestBySlug(organisationRow.slug)).not.toBeNull();
    const queue = await queueIds();
    expect(queue.review).toContain(organisationRow.id);
    expect(queue.review).not.toContain(officeRow.id);
  });

  it("holds a request with a blocked word off the lists until a moderator publishes it", async () => {
    actAs(editor);
    const result = await createRequestForOrganisationAction({
      ...fields({ title: BLOCKED }),
      organisationId: verified.id,
      submissionKey: newKey(),
    });
    expect(result?.data).toMatchObject({ held: true });
    const held = await db().partnerRequest.findFirstOrThrow({ where: { title: BLOCKED } });
    expect(held.visibility).toBe("PENDING");
    expect(await publicRequestBySlug(held.slug)).toBeNull();
    expect(await partnerRequestPageView({ slug: held.slug, locale: "pl", viewer: null })).toBeNull();
    expect(await partnerRequestPageView({ slug: held.slug, locale: "pl", viewer: otherOwner })).toBeNull();
    const seenByParty = await partnerRequestPageView({ slug: held.slug, locale: "pl", viewer: owner });
    expect(seenByParty).toMatchObject({ visibility: "PENDING", withheld: { reason: null } });
    expect((await queueIds()).held).toContain(held.id);
    // The moderators hear of it; nobody else does until it is public.
    expect(await heldNotices(held.id)).toBe(1);
    expect(
      await db().notificationEvent.count({ where: { type: "partnership.request_fits", subjectId: held.id } }),
    ).toBe(0);

    // Edited while it waits, even with no word changed: a decision on what the moderator saw before is refused.
    const stale = await shownNow(held.id);
    actAs(editor);
    expect(
      (
        await updateOrganisationRequestAction({
          ...fields({ title: BLOCKED, roles: ["EXPERTISE"] }),
          requestId: held.id,
        })
      )?.data,
    ).toMatchObject({ held: true });
    actAs(moderator);
    expect((await acceptPartnerRequestAction({ requestId: held.id, shown: stale }))?.data).toEqual({
      refused: "changedSinceShown",
    });
    expect((await row(held.id)).visibility).toBe("PENDING");

    const shown = await shownNow(held.id);
    await refusedToNonModerators(held.id, () => acceptPartnerRequestAction({ requestId: held.id, shown }));
    actAs(moderator);
    expect((await acceptPartnerRequestAction({ requestId: held.id, shown }))?.data).toEqual({ accepted: true });
    expect(await row(held.id)).toMatchObject({ visibility: "PUBLISHED", reviewRequestedAt: null });
    expect(await publicRequestBySlug(held.slug)).not.toBeNull();
    expect(await noticesTo(held.id)).toEqual([{ data: { decision: "published", reason: "none" } }]);
    expect((await acceptPartnerRequestAction({ requestId: held.id, shown: await shownNow(held.id) }))?.data).toEqual({
      refused: "notWaiting",
    });
  });

  it("rejects a held request with a reason its party is told; corrected, it is listed again and looked at once more", async () => {
    actAs(editor);
    const title = `${BLOCKED} (drugie)`;
    await createRequestForOrganisationAction({
      ...fields({ title }),
      organisationId: verified.id,
      submissionKey: newKey(),
    });
    const held = await db().partnerRequest.findFirstOrThrow({ where: { title } });
    const shown = await shownNow(held.id);
    const input = { requestId: held.id, shown, reason: "Obraźliwe słowa w tytule." };
    await refusedToNonModerators(held.id, () => rejectPartnerRequestAction(input));
    actAs(moderator);
    expect((await rejectPartnerRequestAction({ ...input, reason: "Nie" }))?.validationErrors).toEqual({
      reason: { _errors: ["newsReasonTooShort"] },
    });
    expect((await rejectPartnerRequestAction(input))?.data).toEqual({ rejected: true });
    expect(await row(held.id)).toMatchObject({ visibility: "REJECTED", moderationNote: "Obraźliwe słowa w tytule." });
    expect(await noticesTo(held.id)).toEqual([{ data: { decision: "rejected", reason: "Obraźliwe słowa w tytule." } }]);
    expect((await queueIds()).held).not.toContain(held.id);

    actAs(editor);
    const corrected = await updateOrganisationRequestAction({
      ...fields({ title: "Kuchnia dla seniorów – poprawione" }),
      requestId: held.id,
    });
    expect(corrected?.data).toMatchObject({ held: false });
    const after = await row(held.id);
    expect(after).toMatchObject({ visibility: "PUBLISHED", moderationNote: null });
    expect(after.reviewRequestedAt).not.toBeNull();
    expect(await publicRequestBySlug(held.slug)).not.toBeNull();
  });
});

describe("editing a published request", () => {
  it("applies an office's change and leaves it off the moderators' list", async () => {
    const request = await createPartnerRequestRow({ institutionId: office.id, title: "Szkolenia dla sołtysów" });
    actAs(official);
    const result = await updateInstitutionRequestAction({
      ...fields({ title: "Szkolenia dla sołtysów i radnych" }),
      requestId: request.id,
    });
    expect(result?.data).toMatchObject({ held: false });
    expect(await row(request.id)).toMatchObject({
      title: "Szkolenia dla sołtysów i radnych",
      reviewRequestedAt: null,
      pendingFields: null,
    });
  });

  it("applies an organisation's change and puts it back on the moderators' list, to be marked looked at", async () => {
    const request = await createPartnerRequestRow({ organisationId: verified.id, title: "Festyn rodzinny" });
    expect((await queueIds()).review).not.toContain(request.id);
    actAs(editor);
    await updateOrganisationRequestAction({ ...fields({ title: "Festyn rodzinny w parku" }), requestId: request.id });
    const changed = await row(request.id);
    expect(changed.title).toBe("Festyn rodzinny w parku");
    expect(changed.reviewRequestedAt).not.toBeNull();
    expect((await publicRequestBySlug(request.slug))?.title).toBe("Festyn rodzinny w parku");
    expect((await queueIds()).review).toContain(request.id);

    const shown = await shownNow(request.id);
    // Changed again after the moderator opened the queue: the decision on what they saw is refused.
    await updateOrganisationRequestAction({ ...fields({ title: "Festyn rodzinny nad rzeką" }), requestId: request.id });
    actAs(moderator);
    expect((await acceptPartnerRequestAction({ requestId: request.id, shown }))?.data).toEqual({
      refused: "changedSinceShown",
    });
    const current = await shownNow(request.id);
    // Public already: rejecting it would leave it public while telling the party otherwise.
    expect(
      (await rejectPartnerRequestAction({ requestId: request.id, shown: current, reason: "Nie pasuje do zasad." }))
        ?.data,
    ).toEqual({ refused: "changeAlreadyPublic" });
    await refusedToNonModerators(request.id, () =>
      acceptPartnerRequestAction({ requestId: request.id, shown: current }),
    );
    actAs(moderator);
    expect((await acceptPartnerRequestAction({ requestId: request.id, shown: current }))?.data).toEqual({
      accepted: true,
    });
    expect((await row(request.id)).reviewRequestedAt).toBeNull();
    expect((await queueIds()).review).not.toContain(request.id);
    // Looked at and kept: nothing new for the party.
    expect(await noticesTo(request.id)).toEqual([]);
  });

  it("holds a change with a blocked word while the last accepted text stays public; a new edit replaces it", async () => {
    const request = await createPartnerRequestRow({ organisationId: verified.id, title: "Warsztaty kulinarne" });
    actAs(editor);
    const held = await updateOrganisationRequestAction({ ...fields({ title: BLOCKED }), requestId: request.id });
    expect(held?.data).toMatchObject({ held: true });
    let stored = await row(request.id);
    expect(stored.title).toBe("Warsztaty kulinarne");
    expect(stored.pendingFields).toMatchObject({ title: BLOCKED });
    expect((await publicRequestBySlug(request.slug))?.title).toBe("Warsztaty kulinarne");
    expect((await partnerRequestPageView({ slug: request.slug, locale: "pl", viewer: null }))?.change).toBeNull();
    expect((await partnerRequestPageView({ slug: request.slug, locale: "pl", viewer: owner }))?.change).toEqual({
      waiting: true,
      heldClosingNote: null,
      rejectedNote: null,
    });
    // The party's edit form starts from the waiting change.
    expect((await partnerRequestForEditing(request.slug, owner))?.values.title).toBe(BLOCKED);

    const replacement = `${BLOCKED} – druga wersja`;
    await updateOrganisationRequestAction({ ...fields({ title: replacement }), requestId: request.id });
    stored = await row(request.id);
    expect(stored.pendingFields).toMatchObject({ title: replacement });
    // The moderators were told once: the replacement is already on their list.
    expect(await heldNotices(request.id)).toBe(1);
    const queued = (await partnerRequestModerationQueue()).changes.find((item) => item.id === request.id);
    // Old and new side by side (the form's other fields differ from the stored row's too).
    expect(queued?.change?.worded).toEqual(
      expect.arrayContaining([{ field: "title", before: "Warsztaty kulinarne", after: replacement }]),
    );
    expect(queued?.change?.listed).toEqual(expect.arrayContaining(["roles", "neededResources"]));
    expect(queued?.title).toBe(replacement);

    const shown = await shownNow(request.id);
    const input = { requestId: request.id, shown, reason: "Obraźliwe słowa w tytule." };
    await refusedToNonModerators(request.id, () => rejectPartnerRequestAction(input));
    actAs(moderator);
    expect((await rejectPartnerRequestAction(input))?.data).toEqual({ rejected: true });
    stored = await row(request.id);
    expect(stored).toMatchObject({
      title: "Warsztaty kulinarne",
      pendingFields: null,
      changeNote: "Obraźliwe słowa w tytule.",
      visibility: "PUBLISHED",
    });
    expect((await partnerRequestPageView({ slug: request.slug, locale: "pl", viewer: owner }))?.change).toEqual({
      waiting: false,
      heldClosingNote: null,
      rejectedNote: "Obraźliwe słowa w tytule.",
    });
    expect(await noticesTo(request.id)).toEqual([
      { data: { decision: "changeRejected", reason: "Obraźliwe słowa w tytule." } },
    ]);

    actAs(editor);
    await updateOrganisationRequestAction({ ...fields({ title: replacement }), requestId: request.id });
    const shownAgain = await shownNow(request.id);
    await refusedToNonModerators(request.id, () =>
      acceptPartnerRequestAction({ requestId: request.id, shown: shownAgain }),
    );
    actAs(moderator);
    expect((await acceptPartnerRequestAction({ requestId: request.id, shown: shownAgain }))?.data).toEqual({
      accepted: true,
    });
    expect(await row(request.id)).toMatchObject({
      title: replacement,
      pendingFields: null,
      changeNote: null,
      reviewRequestedAt: null,
    });
    expect((await publicRequestBySlug(request.slug))?.title).toBe(replacement);
  });

  it("holds an office's change with a blocked word too", async () => {
    const request = await createPartnerRequestRow({ institutionId: office.id, title: "Rajd rowerowy" });
    actAs(official);
    expect(
      (await updateInstitutionRequestAction({ ...fields({ title: BLOCKED }), requestId: request.id }))?.data,
    ).toMatchObject({ held: true });
    expect(await row(request.id)).toMatchObject({ title: "Rajd rowerowy" });
    expect((await queueIds()).changes).toContain(request.id);
  });

  it("lets a moderator hide a request from the queue with a reason", async () => {
    const request = await createPartnerRequestRow({ organisationId: other.id, reviewRequestedAt: new Date() });
    actAs(moderator);
    expect(
      (await hidePartnerRequestAction({ requestId: request.id, reason: "Reklama działalności gospodarczej." }))?.data,
    ).toEqual({ hidden: true });
    expect((await row(request.id)).visibility).toBe("HIDDEN");
    expect((await queueIds()).review).not.toContain(request.id);
  });
});

describe("closing a request with a note", () => {
  const closedNotices = (requestId: string) =>
    db().notificationEvent.findMany({
      where: { type: "partnership.request_closed_to_others", subjectId: requestId },
      select: { data: true },
    });

  it("closes at once but holds a note with a blocked word: not shown, not sent, public once a moderator accepts it", async () => {
    const request = await createPartnerRequestRow({ organisationId: verified.id, authorId: owner.id });
    await db().partnerInterest.create({
      data: { requestId: request.id, organisationId: other.id, message: "Chętnie pomożemy przy festynie." },
    });
    const note = `Dziękujemy za zgłoszenia. ${BLOCKED}`;
    actAs(owner);
    expect((await closeOrganisationRequestAction({ requestId: request.id, note }))?.data).toEqual({
      slug: request.slug,
    });
    const closed = await row(request.id);
    expect(closed).toMatchObject({ status: "CLOSED", closingNote: null });
    expect(closed.reviewRequestedAt).not.toBeNull();
    expect((await partnerRequestPageView({ slug: request.slug, locale: "pl", viewer: null }))?.closingNote).toBeNull();
    // The party is told its note waits (not that "changes" wait); nobody else sees it.
    expect((await partnerRequestPageView({ slug: request.slug, locale: "pl", viewer: owner }))?.change).toEqual({
      waiting: false,
      heldClosingNote: note,
      rejectedNote: null,
    });
    expect((await partnerRequestPageView({ slug: request.slug, locale: "pl", viewer: otherOwner }))?.change).toBeNull();
    // Those still waiting learn it closed, without the held words.
    expect(await closedNotices(request.id)).toEqual([{ data: {} }]);
    expect(await heldNotices(request.id)).toBe(1);
    const queued = (await partnerRequestModerationQueue()).changes.find((item) => item.id === request.id);
    expect(queued?.change?.worded).toEqual([{ field: "closingNote", before: "", after: note }]);
    expect(queued?.unreadableChange).toBe(false);

    const shown = await shownNow(request.id);
    await refusedToNonModerators(request.id, () => acceptPartnerRequestAction({ requestId: request.id, shown }));
    actAs(moderator);
    expect((await acceptPartnerRequestAction({ requestId: request.id, shown }))?.data).toEqual({ accepted: true });
    expect(await row(request.id)).toMatchObject({ closingNote: note, pendingFields: null, reviewRequestedAt: null });
    expect((await partnerRequestPageView({ slug: request.slug, locale: "pl", viewer: null }))?.closingNote).toBe(note);
    expect(await noticesTo(request.id)).toEqual([{ data: { decision: "closingNoteAccepted", reason: "none" } }]);
  });

  it("drops a held closing note a moderator rejects: the request stays closed with no note", async () => {
    const request = await createPartnerRequestRow({ institutionId: office.id, authorId: official.id });
    actAs(official);
    await closeInstitutionRequestAction({ requestId: request.id, note: BLOCKED });
    expect(await row(request.id)).toMatchObject({ status: "CLOSED", closingNote: null });
    actAs(moderator);
    const reason = "Obraźliwe słowa w notatce.";
    expect(
      (await rejectPartnerRequestAction({ requestId: request.id, shown: await shownNow(request.id), reason }))?.data,
    ).toEqual({ rejected: true });
    expect(await row(request.id)).toMatchObject({
      status: "CLOSED",
      closingNote: null,
      pendingFields: null,
      changeNote: reason,
    });
    expect((await queueIds()).changes).not.toContain(request.id);
    expect(await noticesTo(request.id)).toEqual([{ data: { decision: "closingNoteRejected", reason } }]);
  });

  it("shows an organisation's plain note at once and puts it on the moderators' list; an office's stands", async () => {
    const fromOrganisation = await createPartnerRequestRow({ organisationId: verified.id });
    const fromOffice = await createPartnerRequestRow({ institutionId: office.id });
    actAs(owner);
    await closeOrganisationRequestAction({ requestId: fromOrganisation.id, note: "Mamy już komplet partnerów." });
    actAs(official);
    await closeInstitutionRequestAction({ requestId: fromOffice.id, note: "Mamy już komplet partnerów." });
    const organisations = await row(fromOrganisation.id);
    expect(organisations.closingNote).toBe("Mamy już komplet partnerów.");
    expect(organisations.reviewRequestedAt).not.toBeNull();
    expect(await row(fromOffice.id)).toMatchObject({
      closingNote: "Mamy już komplet partnerów.",
      reviewRequestedAt: null,
    });
    const queue = await queueIds();
    expect(queue.review).toContain(fromOrganisation.id);
    expect(queue.review).not.toContain(fromOffice.id);
  });

  it("is refused to a suspended person", async () => {
    const request = await createPartnerRequestRow({ organisationId: verified.id });
    const suspended = await createMember(verified.id, "EDITOR");
    await db().forumSuspension.create({
      data: { userId: suspended.id, until: new Date(Date.now() + 86_400_000), reason: "Spam." },
    });
    actAs(suspended);
    expect((await closeOrganisationRequestAction({ requestId: request.id, note: "Koniec." }))?.data).toEqual({
      refused: "suspended",
    });
    expect(await row(request.id)).toMatchObject({ status: "OPEN", closingNote: null });
  });
});

describe("accepting what was held, as it stands now", () => {
  it("refuses to publish a held request once its organisation lost verification, and announces none", async () => {
    const lapsing = await createOrganisation({ name: "Fundacja Wygasająca", verifiedAt: new Date() });
    const lapsingOwner = await createMember(lapsing.id, "OWNER");
    actAs(lapsingOwner);
    const title = `${BLOCKED} (trzecie)`;
    await createRequestForOrganisationAction({
      ...fields({ title }),
      organisationId: lapsing.id,
      submissionKey: newKey(),
    });
    const held = await db().partnerRequest.findFirstOrThrow({ where: { title } });
    const shown = await shownNow(held.id);
    await db().organisation.update({ where: { id: lapsing.id }, data: { verifiedAt: null } });
    actAs(moderator);
    expect((await acceptPartnerRequestAction({ requestId: held.id, shown }))?.data).toEqual({
      refused: "organisationNotVerified",
    });
    expect((await row(held.id)).visibility).toBe("PENDING");
    await db().organisation.update({ where: { id: lapsing.id }, data: { verifiedAt: new Date() } });
    expect((await acceptPartnerRequestAction({ requestId: held.id, shown }))?.data).toEqual({ accepted: true });
  });

  it("announces no request of an organisation that is no longer verified (the lists' rule)", async () => {
    const reader = await createOrganisation({ name: "Fundacja Czytająca", verifiedAt: new Date() });
    const readerOwner = await createMember(reader.id, "OWNER");
    await db().notificationPreference.create({
      data: { userId: readerOwner.id, type: "partnership.request_fits", channel: "IMMEDIATE" },
    });
    const unverified = await createOrganisation({ name: "Fundacja Niezweryfikowana" });
    const request = await createPartnerRequestRow({ organisationId: unverified.id });
    expect(await announcePartnerRequest(request.id)).toBe(0);
    expect(
      await db().notificationEvent.count({ where: { type: "partnership.request_fits", subjectId: request.id } }),
    ).toBe(0);
    const listed = await createPartnerRequestRow({ organisationId: verified.id });
    expect(await announcePartnerRequest(listed.id)).toBeGreaterThan(0);
  });

  it("keeps a renewal's closing day: the renewal moves the held change's day too, and a decision on the old one is refused", async () => {
    const request = await createPartnerRequestRow({ organisationId: verified.id, title: "Warsztaty stolarskie" });
    actAs(editor);
    const changed = fields({
      title: "Warsztaty stolarskie",
      budgetNote: BLOCKED,
      repliesCloseOn: addDays(today(), 10),
    });
    expect((await updateOrganisationRequestAction({ ...changed, requestId: request.id }))?.data).toMatchObject({
      held: true,
    });
    const stale = await shownNow(request.id);
    const renewedTo = addDays(today(), 80);
    expect(
      (await renewOrganisationRequestAction({ requestId: request.id, repliesCloseOn: renewedTo }))?.data,
    ).toMatchObject({ slug: request.slug });
    actAs(moderator);
    expect((await acceptPartnerRequestAction({ requestId: request.id, shown: stale }))?.data).toEqual({
      refused: "changedSinceShown",
    });
    const queued = (await partnerRequestModerationQueue()).changes.find((item) => item.id === request.id);
    expect(queued?.change?.worded.map((change) => change.field)).not.toContain("repliesCloseOn");
    expect(
      (await acceptPartnerRequestAction({ requestId: request.id, shown: await shownNow(request.id) }))?.data,
    ).toEqual({ accepted: true });
    const accepted = await row(request.id);
    expect(accepted.budgetNote).toBe(BLOCKED);
    expect(accepted.repliesCloseOn.toISOString().slice(0, 10)).toBe(renewedTo);
  });

  it("refuses to accept a held change on a closed request, and one whose fields no longer pass", async () => {
    const closing = await createPartnerRequestRow({ organisationId: verified.id, title: "Piknik sąsiedzki" });
    actAs(editor);
    await updateOrganisationRequestAction({ ...fields({ title: BLOCKED }), requestId: closing.id });
    await closeOrganisationRequestAction({ requestId: closing.id, note: "" });
    const before = await row(closing.id);
    actAs(moderator);
    expect(
      (await acceptPartnerRequestAction({ requestId: closing.id, shown: await shownNow(closing.id) }))?.data,
    ).toEqual({ refused: "requestClosed" });
    expect(await row(closing.id)).toEqual(before);

    const later = await createPartnerRequestRow({ organisationId: verified.id, title: "Kiermasz ozdób" });
    actAs(editor);
    await updateOrganisationRequestAction({
      ...fields({ title: `${BLOCKED} (kiermasz)`, repliesCloseOn: addDays(today(), 5) }),
      requestId: later.id,
    });
    const shown = await shownNow(later.id);
    // Ten days on, the change's closing day has passed: accepting it would reopen the request into the past.
    const inTenDays = new Date(Date.now() + 10 * 86_400_000);
    await expect(acceptPartnerRequest(moderator, later.id, shown, { ip: null }, inTenDays)).rejects.toMatchObject({
      refusal: "changeNoLongerFits",
    });
    expect((await row(later.id)).title).toBe("Kiermasz ozdób");
  });
});

describe("a hidden request", () => {
  it("edited without a word changed is not restored on what the moderator read before", async () => {
    const { initiative, partnerGives, partnerGets } = fields();
    const request = await createPartnerRequestRow({
      organisationId: verified.id,
      title: "Zbiórka książek",
      ...{ initiative, partnerGives, partnerGets },
    });
    actAs(moderator);
    await hidePartnerRequestAction({ requestId: request.id, reason: "Proszę poprawić opis zapytania." });
    const stale = await shownNow(request.id);
    actAs(editor);
    await updateOrganisationRequestAction({
      ...fields({ title: "Zbiórka książek", roles: ["EXPERTISE"], maxPartners: "20" }),
      requestId: request.id,
    });
    actAs(moderator);
    expect((await restorePartnerRequestAction({ requestId: request.id, shown: stale }))?.data).toEqual({
      refused: "changedSinceShown",
    });
    expect((await row(request.id)).visibility).toBe("HIDDEN");
    expect(
      (await restorePartnerRequestAction({ requestId: request.id, shown: await shownNow(request.id) }))?.data,
    ).toEqual({ restored: true });
    expect((await row(request.id)).visibility).toBe("PUBLISHED");
  });
});

describe("the queue", () => {
  it("shows every field the screen reads, so the moderator sees the flagged words", async () => {
    actAs(editor);
    const texts = {
      callName: "Fundusz Inicjatyw Lokalnych",
      callUrl: "https://example.org/nabor",
      timelineNote: "Od marca do czerwca.",
      budgetNote: BLOCKED,
    };
    await createRequestForOrganisationAction({
      ...fields({ title: "Kuchnia z budżetem", ...texts }),
      organisationId: verified.id,
      submissionKey: newKey(),
    });
    const held = (await partnerRequestModerationQueue()).held.find((item) => item.title === "Kuchnia z budżetem");
    expect(held).toMatchObject({ ...texts, closingNote: null });
  });
});
