// A co-applicant joins a joint offer only with its consent (security review
// M1): who may accept, decline and withdraw (only the co-applicant's owners
// and editors, never the lead's people), what each answer changes and who is
// told, and that the offer cannot be submitted while a co-applicant has not
// accepted.
import { db } from "@/lib/db/client";
import { createOrganisation } from "@/tests/factories/organisations";
import { createActor, createMember, createOfficial } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { actAs } from "@/tests/helpers/concurrent-session";
import { createSubmittableDraft, currentRevisions, openCompetitionWithLead } from "@/tests/helpers/offer-drafts";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/concurrent-session"));

import {
  acceptCoApplicationAction,
  declineCoApplicationAction,
  leaveCoApplicationAction,
} from "@/lib/offers/co-applicants/actions";
import { submitOfferAction } from "@/lib/offers/submission/actions";
import { saveOfferSections } from "@/lib/offers/drafts/mutations";
import { submissionReview } from "@/lib/offers/submission/review";
import { loadOfferForEditor, myOffers } from "@/lib/offers/queries";
import { answerNotice, joinedCoApplicant } from "@/lib/offers/co-applicants/answer-notice";
import { loadOfferInvitation } from "@/lib/offers/co-applicants/invitation";
import { addCoApplicant } from "@/lib/offers/co-applicants/mutations";

type Actor = Parameters<typeof actAs>[0];
type Call = typeof acceptCoApplicationAction;

beforeAll(async () => {
  await createInstanceSettings();
});

/** A joint draft ready to submit whose co-applicant "Zielona Odra" has been invited and not answered. */
async function invitedDraft() {
  const { competition, task, lead } = await openCompetitionWithLead();
  const partner = await createOrganisation({ verifiedAt: new Date(), name: "Zielona Odra" });
  const offer = await createSubmittableDraft(task.id, lead.id, [{ id: partner.id, name: partner.name }]);
  await db().offerCoApplicant.updateMany({ where: { offerId: offer.id }, data: { acceptedAt: null } });
  return {
    competition,
    offer,
    lead,
    partner,
    leadEditor: await createMember(lead.id, "EDITOR"),
    partnerEditor: await createMember(partner.id, "EDITOR"),
  };
}

async function as(actor: Actor, call: Call, offerId: string, organisationId: string) {
  actAs(actor);
  return call({ offerId, organisationId });
}

async function submitAs(actor: Actor, offerId: string) {
  actAs(actor);
  return submitOfferAction({ offerId, revisions: await currentRevisions(offerId), locale: "pl" });
}

const submitErrors = (result: { validationErrors?: unknown }) =>
  Object.values((result.validationErrors ?? {}) as Record<string, { _errors: string[] }>)
    .flatMap((e) => e._errors)
    .join(" ");

const row = (offerId: string, organisationId: string) =>
  db().offerCoApplicant.findUnique({ where: { offerId_organisationId: { offerId, organisationId } } });

describe("answering an invitation", () => {
  it.each([
    ["accept", acceptCoApplicationAction],
    ["decline", declineCoApplicationAction],
  ])("%s is for the co-applicant's owners and editors only", async (_name, call) => {
    const { competition, offer, lead, partner, leadEditor } = await invitedDraft();
    const stranger = await createOrganisation({ verifiedAt: new Date() });
    expect((await as(null, call, offer.id, partner.id))?.serverError).toBe("UNAUTHENTICATED");
    for (const actor of [
      await createActor(),
      await createMember(stranger.id, "OWNER"),
      // The lead's own people cannot answer for the organisation they invited.
      leadEditor,
      await createMember(lead.id, "OWNER"),
      await createMember(partner.id, "MEMBER"),
      await createOfficial(competition.institutionId),
    ])
      expect((await as(actor, call, offer.id, partner.id))?.serverError).toBe("FORBIDDEN");
    // A row that does not exist (the scope comes from it, not from the input).
    const strangerOwner = await createMember(stranger.id, "OWNER");
    expect((await as(strangerOwner, call, offer.id, stranger.id))?.serverError).toBe("NOT_FOUND");
    expect(await row(offer.id, partner.id)).toMatchObject({ acceptedAt: null });
  });

  it("accepting records who and when, audits it, tells the lead, and cannot be repeated", async () => {
    const { offer, lead, partner, partnerEditor } = await invitedDraft();
    const owner = await createMember(partner.id, "OWNER");
    const result = await as(owner, acceptCoApplicationAction, offer.id, partner.id);
    expect(result?.serverError).toBeUndefined();
    expect(result?.data).toBeUndefined();
    expect(await row(offer.id, partner.id)).toMatchObject({ acceptedById: owner.id, acceptedAt: expect.any(Date) });
    expect(
      await db().auditEvent.count({
        where: { action: "offer.co_applicant_accepted", subjectId: offer.id, actingForOrganisationId: partner.id },
      }),
    ).toBe(1);
    const event = await db().notificationEvent.findFirstOrThrow({
      where: { subjectId: offer.id, type: "offer.co_applicant_answered" },
    });
    expect(event.data).toEqual({ decision: "ACCEPTED", organisation: "Zielona Odra" });
    expect(event.audience).toEqual({ organisations: [{ id: lead.id, roles: ["OWNER", "EDITOR"] }] });
    expect((await as(partnerEditor, acceptCoApplicationAction, offer.id, partner.id))?.data).toEqual({
      refused: "ALREADY_ACCEPTED",
    });
  });

  it("declining takes the organisation off the offer, which is single again, and tells the lead", async () => {
    const { offer, partner, partnerEditor } = await invitedDraft();
    expect((await as(partnerEditor, declineCoApplicationAction, offer.id, partner.id))?.serverError).toBeUndefined();
    expect(await row(offer.id, partner.id)).toBeNull();
    const stored = await db().offer.findUniqueOrThrow({ where: { id: offer.id }, include: { sections: true } });
    expect(stored.kind).toBe("SINGLE");
    const applicants = stored.sections.find((s) => s.key === "applicants")?.content as {
      list: { organisationId: string }[];
    };
    expect(applicants.list.map((a) => a.organisationId)).not.toContain(partner.id);
    expect(await db().auditEvent.count({ where: { action: "offer.co_applicant_declined", subjectId: offer.id } })).toBe(
      1,
    );
    const event = await db().notificationEvent.findFirstOrThrow({
      where: { subjectId: offer.id, type: "offer.co_applicant_answered" },
    });
    // The offer became one organisation's: the lead is told to check what that changed.
    expect(event.data).toEqual({ decision: "DECLINED", organisation: "Zielona Odra", single: "yes" });
    // Gone, it cannot answer again.
    expect((await as(partnerEditor, acceptCoApplicationAction, offer.id, partner.id))?.serverError).toBe("NOT_FOUND");
  });

  it("an accepted co-applicant declines no more: it withdraws", async () => {
    const { offer, partner, partnerEditor } = await invitedDraft();
    await as(partnerEditor, acceptCoApplicationAction, offer.id, partner.id);
    expect((await as(partnerEditor, declineCoApplicationAction, offer.id, partner.id))?.data).toEqual({
      refused: "ALREADY_ACCEPTED",
    });
  });
});

describe("withdrawing from a draft", () => {
  it("is for an accepted co-applicant's owners and editors, while the offer is a draft", async () => {
    const { offer, lead, partner, leadEditor, partnerEditor } = await invitedDraft();
    expect((await as(partnerEditor, leaveCoApplicationAction, offer.id, partner.id))?.data).toEqual({
      refused: "NOT_ACCEPTED",
    });
    await as(partnerEditor, acceptCoApplicationAction, offer.id, partner.id);
    for (const actor of [leadEditor, await createMember(lead.id, "OWNER"), await createMember(partner.id, "MEMBER")])
      expect((await as(actor, leaveCoApplicationAction, offer.id, partner.id))?.serverError).toBe("FORBIDDEN");
    expect((await as(partnerEditor, leaveCoApplicationAction, offer.id, partner.id))?.serverError).toBeUndefined();
    expect(await row(offer.id, partner.id)).toBeNull();
    expect(await db().auditEvent.count({ where: { action: "offer.co_applicant_left", subjectId: offer.id } })).toBe(1);
  });

  it("tells the lead the offer is single again only when no co-applicant is left", async () => {
    const { task, lead } = await openCompetitionWithLead();
    const first = await createOrganisation({ verifiedAt: new Date(), name: "Pierwsza" });
    const second = await createOrganisation({ verifiedAt: new Date(), name: "Druga" });
    const offer = await createSubmittableDraft(task.id, lead.id, [first, second]);
    const answers = async () =>
      (
        await db().notificationEvent.findMany({
          where: { subjectId: offer.id, type: "offer.co_applicant_answered" },
          orderBy: { createdAt: "asc" },
        })
      ).map((e) => e.data);
    expect(
      (await as(await createMember(first.id, "EDITOR"), leaveCoApplicationAction, offer.id, first.id))?.serverError,
    ).toBeUndefined();
    expect(await answers()).toEqual([{ decision: "LEFT", organisation: "Pierwsza" }]);
    expect(
      (await as(await createMember(second.id, "OWNER"), leaveCoApplicationAction, offer.id, second.id))?.serverError,
    ).toBeUndefined();
    expect((await answers())[1]).toEqual({ decision: "LEFT", organisation: "Druga", single: "yes" });
  });

  it("is refused once the offer is submitted", async () => {
    const { offer, partner, leadEditor, partnerEditor } = await invitedDraft();
    await as(partnerEditor, acceptCoApplicationAction, offer.id, partner.id);
    expect((await submitAs(leadEditor, offer.id)).data).toMatchObject({ number: 1 });
    expect((await as(partnerEditor, leaveCoApplicationAction, offer.id, partner.id))?.data).toEqual({
      refused: "OFFER_NOT_DRAFT",
    });
    expect(await row(offer.id, partner.id)).not.toBeNull();
  });
});

describe("submitting a joint offer", () => {
  it("is refused while a co-applicant has not accepted, naming it, and goes through once it has", async () => {
    const { offer, partner, leadEditor, partnerEditor } = await invitedDraft();
    const refused = await submitAs(leadEditor, offer.id);
    expect(submitErrors(refused)).toContain("czeka na zgodę: Zielona Odra");
    expect(await db().offerVersion.count({ where: { offerId: offer.id } })).toBe(0);
    await as(partnerEditor, acceptCoApplicationAction, offer.id, partner.id);
    const submitted = await submitAs(leadEditor, offer.id);
    expect(submitted.validationErrors).toBeUndefined();
    expect(submitted.data).toMatchObject({ number: 1 });
  });

  it("after a decline or a withdrawal, no longer names the organisation that left", async () => {
    for (const leaves of ["decline", "withdraw"] as const) {
      const { offer, partner, leadEditor, partnerEditor } = await invitedDraft();
      if (leaves === "withdraw") await as(partnerEditor, acceptCoApplicationAction, offer.id, partner.id);
      const call = leaves === "decline" ? declineCoApplicationAction : leaveCoApplicationAction;
      expect((await as(partnerEditor, call, offer.id, partner.id))?.serverError).toBeUndefined();
      const result = await submitAs(leadEditor, offer.id);
      expect(submitErrors(result)).not.toContain("Zielona Odra");
    }
  });
});

describe("an accepted co-applicant's people in section II", () => {
  // UX review of session 19: a partner's editor could overwrite the lead's name, address and bank account.
  it("change their own organisation's block only; the lead's people change every block", async () => {
    const { offer, lead, partner, leadEditor, partnerEditor } = await invitedDraft();
    await db().offerCoApplicant.updateMany({ where: { offerId: offer.id }, data: { acceptedAt: new Date() } });
    const stored = async () =>
      (await db().offerSection.findUniqueOrThrow({
        where: { offerId_key: { offerId: offer.id, key: "applicants" } },
        select: { content: true, revision: true },
      })) as {
        content: { list: { organisationId: string; phone?: string }[]; contact: { phone?: string } };
        revision: number;
      };
    const typed = (before: Awaited<ReturnType<typeof stored>>, phone: string) => ({
      ...before.content,
      list: before.content.list.map((applicant) => ({ ...applicant, phone })),
      contact: { ...before.content.contact, phone },
    });
    const phoneOf = (section: Awaited<ReturnType<typeof stored>>, organisationId: string) =>
      section.content.list.find((applicant) => applicant.organisationId === organisationId)?.phone;

    const before = await stored();
    await saveOfferSections(
      offer.id,
      [{ key: "applicants", baseRevision: before.revision, content: typed(before, "+48 600 000 001") }],
      partnerEditor,
    );
    const afterPartner = await stored();
    expect(phoneOf(afterPartner, partner.id)).toBe("+48 600 000 001");
    expect(phoneOf(afterPartner, lead.id)).toBe(phoneOf(before, lead.id));
    expect(afterPartner.content.contact.phone).toBe(before.content.contact.phone);

    await saveOfferSections(
      offer.id,
      [{ key: "applicants", baseRevision: afterPartner.revision, content: typed(afterPartner, "+48 600 000 002") }],
      leadEditor,
    );
    const afterLead = await stored();
    expect(phoneOf(afterLead, lead.id)).toBe("+48 600 000 002");
    expect(phoneOf(afterLead, partner.id)).toBe("+48 600 000 002");
    expect(afterLead.content.contact.phone).toBe("+48 600 000 002");
  });
});

describe("the submit page of a joint offer waiting for its co-applicant", () => {
  it("names the organisation whose consent is missing before the fields to fill in", async () => {
    const { offer, partner, leadEditor } = await invitedDraft();
    // An empty field too, so that the page has both kinds of problem to list.
    await db().offerSection.update({
      where: { offerId_key: { offerId: offer.id, key: "description" } },
      data: { content: {} },
    });
    const review = await submissionReview(offer.id, leadEditor, "pl");
    expect(review!.errors.length).toBeGreaterThan(1);
    expect(review!.errors[0]!.text).toContain(partner.name);
    expect(review!.errors[0]!.text).toMatch(/czeka na zgodę/);
  });
});

describe("'Moje oferty' of an invited organisation", () => {
  it("lists the invitation, with the offerors' states, without the draft's figures until it is accepted", async () => {
    const { offer, partnerEditor } = await invitedDraft();
    const invited = (await myOffers(partnerEditor)).find((item) => item.id === offer.id)!;
    expect(invited).toMatchObject({ invitation: true, totalCost: null, requestedGrant: null });
    expect(invited.offerors.map((o) => o.state)).toEqual(["LEAD", "INVITED"]);
    expect(invited.offerors[1]!.name).toBe("Zielona Odra");
    await db().offerCoApplicant.updateMany({ where: { offerId: offer.id }, data: { acceptedAt: new Date() } });
    const joined = (await myOffers(partnerEditor)).find((item) => item.id === offer.id)!;
    expect(joined.invitation).toBe(false);
    expect(joined.totalCost).toEqual(expect.any(Number));
    expect(joined.offerors.map((o) => o.state)).toEqual(["LEAD", "ACCEPTED"]);
  });

  it("names to one invited organisation the lead and itself, not the other organisations asked", async () => {
    const { task, lead } = await openCompetitionWithLead();
    const asked = await createOrganisation({ verifiedAt: new Date(), name: "Zapytana" });
    const other = await createOrganisation({ verifiedAt: new Date(), name: "Inna" });
    const offer = await createSubmittableDraft(task.id, lead.id, [asked, other]);
    await db().offerCoApplicant.updateMany({ where: { offerId: offer.id }, data: { acceptedAt: null } });
    const listed = (await myOffers(await createMember(asked.id, "MEMBER"))).find((item) => item.id === offer.id)!;
    expect(listed.offerors.map((o) => o.name)).toEqual([lead.name, "Zapytana"]);
    const leads = (await myOffers(await createMember(lead.id, "MEMBER"))).find((item) => item.id === offer.id)!;
    expect(leads.offerors.map((o) => [o.name, o.state])).toEqual([
      [lead.name, "LEAD"],
      ["Zapytana", "INVITED"],
      ["Inna", "INVITED"],
    ]);
  });
});

describe("what the person who answered is told where they land (UX review F-C4, F-C6, F-C8)", () => {
  it("'Moje oferty' confirms a withdrawal to the person who made it, naming the organisation and the offer, and to nobody else", async () => {
    const { offer, lead, partner, leadEditor, partnerEditor } = await invitedDraft();
    const { title } = await db().offer.findUniqueOrThrow({ where: { id: offer.id }, select: { title: true } });
    await as(partnerEditor, acceptCoApplicationAction, offer.id, partner.id);
    // Only a notice for an answer: accepting lands on the draft, not on the list.
    expect(await answerNotice(offer.id, partnerEditor)).toBeNull();
    await as(partnerEditor, leaveCoApplicationAction, offer.id, partner.id);
    expect(await answerNotice(offer.id, partnerEditor)).toEqual({
      answer: "LEFT",
      organisationName: "Zielona Odra",
      title,
    });
    expect(await answerNotice([offer.id, "x"], partnerEditor)).toMatchObject({ answer: "LEFT" });
    // Another person of the same organisation, the lead's people, someone else: the address tells them nothing.
    const stranger = await createMember((await createOrganisation({ verifiedAt: new Date() })).id, "OWNER");
    for (const actor of [
      await createMember(partner.id, "OWNER"),
      leadEditor,
      await createMember(lead.id, "OWNER"),
      stranger,
    ])
      expect(await answerNotice(offer.id, actor)).toBeNull();
    // A malformed or missing id, or a link opened hours later.
    for (const raw of [undefined, "", "'; DROP", ["not an id"]])
      expect(await answerNotice(raw, partnerEditor)).toBeNull();
    expect(await answerNotice(offer.id, partnerEditor, new Date(Date.now() + 2 * 60 * 60 * 1000))).toBeNull();
    // Invited again and accepted: the withdrawal is no news any more.
    await addCoApplicant(offer.id, partner.id, leadEditor);
    await as(partnerEditor, acceptCoApplicationAction, offer.id, partner.id);
    expect(await answerNotice(offer.id, partnerEditor)).toBeNull();
  });

  it("'Moje oferty' confirms a declined invitation as declined", async () => {
    const { offer, partnerEditor, partner } = await invitedDraft();
    await as(partnerEditor, declineCoApplicationAction, offer.id, partner.id);
    expect(await answerNotice(offer.id, partnerEditor)).toMatchObject({
      answer: "DECLINED",
      organisationName: "Zielona Odra",
    });
  });

  it("the draft names the organisation that just joined to its own people only, once it has accepted", async () => {
    const { offer, partner, leadEditor, partnerEditor } = await invitedDraft();
    const owner = await createMember(partner.id, "OWNER");
    await as(owner, acceptCoApplicationAction, offer.id, partner.id);
    const forPartner = (await loadOfferForEditor(offer.id, partnerEditor))!;
    expect(joinedCoApplicant(forPartner, partner.id, partnerEditor)).toEqual({
      organisationId: partner.id,
      name: "Zielona Odra",
    });
    const forLead = (await loadOfferForEditor(offer.id, leadEditor))!;
    expect(joinedCoApplicant(forLead, partner.id, leadEditor)).toBeNull();
    expect(joinedCoApplicant(forPartner, "nosuchorganisationid1", partnerEditor)).toBeNull();
    expect(joinedCoApplicant(forPartner, undefined, partnerEditor)).toBeNull();
    // The lead's panel: when the invitation went out, and when and by whom it was accepted.
    const [row] = forLead.coApplicants;
    expect(row).toEqual({
      organisationId: partner.id,
      name: "Zielona Odra",
      invitedAt: expect.any(Date),
      acceptedAt: expect.any(Date),
      acceptedByName: owner.name,
    });
  });

  it("the invitation links to the lead organisation's public page", async () => {
    const { offer, lead, partnerEditor } = await invitedDraft();
    const { slug } = await db().organisation.findUniqueOrThrow({ where: { id: lead.id }, select: { slug: true } });
    expect(await loadOfferInvitation(offer.id, partnerEditor)).toMatchObject({ leadSlug: slug });
  });
});
