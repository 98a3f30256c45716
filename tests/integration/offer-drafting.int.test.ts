// Drafting an offer (issue 25, S3): starting a draft as a visitor, a member
// of another organisation, an official and the right role; prefill from the
// organisation's data; per-section saves on revisions (a stale one gets the
// stored content back and writes nothing); co-applicants' editors; only the
// lead changes co-applicants; unverified co-applicants refused; non-drafts
// refused; the autosave route's Origin check and the editor's read access.
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { createCompetition } from "@/tests/factories/competitions";
import { pdfFile } from "@/tests/factories/document-files";
import { createInstitution } from "@/tests/factories/institutions";
import { createOffer } from "@/tests/factories/offers";
import { createOrganisation } from "@/tests/factories/organisations";
import { createActor, createMember, createOfficial, type TestActor } from "@/tests/factories/people";
import { routeContext } from "@/tests/helpers/route-context";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import {
  addCoApplicantAction,
  createOfferDraftAction,
  findCoApplicantsAction,
  removeCoApplicantAction,
  removeOfferAttachmentAction,
  saveOfferSectionsAction,
} from "@/lib/offers/drafts/actions";
import { downloadOfferAttachment, uploadOfferAttachment } from "@/lib/offers/attachments/handlers";
import { acceptCoApplicationAction } from "@/lib/offers/co-applicants/actions";
import { loadOfferInvitation } from "@/lib/offers/co-applicants/invitation";
import { autosaveOfferRoute } from "@/lib/offers/drafts/autosave-handler";
import { newOfferView } from "@/lib/offers/co-applicants/queries";
import { loadOfferForEditor, myOffers } from "@/lib/offers/queries";

type Result = { data?: unknown; serverError?: string; validationErrors?: unknown } | undefined;
const data = (result: Result) => result?.data as Record<string, unknown> | undefined;

let lead: { id: string };
let partner: { id: string };
let unverified: { id: string };
let stranger: { id: string };
let leadEditor: TestActor;
let leadMember: TestActor;
let partnerEditor: TestActor;
let strangerOwner: TestActor;
let official: TestActor;
let otherOfficial: TestActor;
let competition: Awaited<ReturnType<typeof createCompetition>>;
let closed: Awaited<ReturnType<typeof createCompetition>>;

const start = (over: Record<string, unknown> = {}) =>
  createOfferDraftAction({
    competitionId: competition.id,
    taskId: competition.tasks[0]!.id,
    organisationId: lead.id,
    kind: "SINGLE",
    coApplicantIds: [],
    ...over,
  } as Parameters<typeof createOfferDraftAction>[0]);

async function draft(): Promise<string> {
  actAs(leadEditor);
  const result = await start();
  const offerId = data(result)?.offerId as string;
  expect(offerId).toBeTruthy();
  return offerId;
}

/** The partner's editor accepts the invitation: until then its people see only the invitation. */
async function acceptAsPartner(offerId: string) {
  actAs(partnerEditor);
  const result = await acceptCoApplicationAction({ offerId, organisationId: partner.id });
  expect(result?.serverError).toBeUndefined();
  expect(data(result)).toBeUndefined();
}

const revisionOf = async (offerId: string, key: string) =>
  (await db().offerSection.findUniqueOrThrow({ where: { offerId_key: { offerId, key } } })).revision;

beforeAll(async () => {
  lead = await createOrganisation({
    name: "Fundacja Opolskie Centrum Wolontariatu",
    legalForm: "FOUNDATION",
    verifiedAt: new Date(),
  });
  await db().organisation.update({
    where: { id: lead.id },
    data: { krs: "0000123456", address: "ul. Ozimska 1, 45-057 Opole" },
  });
  await db().organisationContact.createMany({
    data: [
      { organisationId: lead.id, kind: "EMAIL", value: "biuro@ocw.example.org" },
      { organisationId: lead.id, kind: "PHONE", value: "+48 77 400 00 00" },
    ],
  });
  partner = await createOrganisation({ name: "Stowarzyszenie Zielona Odra", verifiedAt: new Date() });
  unverified = await createOrganisation({ name: "Stowarzyszenie Niezweryfikowane" });
  stranger = await createOrganisation({ name: "Fundacja Obca", verifiedAt: new Date() });
  leadEditor = await createMember(lead.id, "EDITOR", { name: "Anna Kowalska" });
  leadMember = await createMember(lead.id, "MEMBER");
  partnerEditor = await createMember(partner.id, "EDITOR", { name: "Piotr Nowak" });
  strangerOwner = await createMember(stranger.id, "OWNER");
  const office = await createInstitution();
  official = await createOfficial(office.id);
  const otherOffice = await createInstitution({ name: "Urząd Obok", territoryCode: "1607053" });
  otherOfficial = await createOfficial(otherOffice.id);
  competition = await createCompetition({ institutionId: office.id });
  closed = await createCompetition({ institutionId: office.id, opensInDays: -30, deadlineInDays: -1 });
});

describe("starting a draft", () => {
  it("refuses a visitor, a member without the role, another organisation's owner and an official", async () => {
    actAs(null);
    expect((await start())?.serverError).toBe("UNAUTHENTICATED");
    actAs(leadMember);
    expect((await start())?.serverError).toBe("FORBIDDEN");
    actAs(strangerOwner);
    expect((await start())?.serverError).toBe("FORBIDDEN");
    actAs(official);
    expect((await start())?.serverError).toBe("FORBIDDEN");
    expect(await db().offer.count({ where: { leadOrganisationId: lead.id } })).toBe(0);
  });

  it("creates every section of the template with II prefilled from the register data and profile", async () => {
    const offerId = await draft();
    const offer = await db().offer.findUniqueOrThrow({ where: { id: offerId }, include: { sections: true } });
    expect(offer).toMatchObject({
      status: "DRAFT",
      kind: "SINGLE",
      leadOrganisationId: lead.id,
      createdById: leadEditor.id,
    });
    expect(offer.sections.map((s) => s.key).sort()).toEqual(
      [
        "applicants",
        "costs",
        "description",
        "funding",
        "jointSplit",
        "other",
        "plan",
        "profile",
        "results",
        "resultsTable",
        "statements",
      ].sort(),
    );
    const applicants = offer.sections.find((s) => s.key === "applicants")!.content as {
      list: Record<string, unknown>[];
      contact: Record<string, unknown>;
    };
    expect(applicants.list).toEqual([
      {
        organisationId: lead.id,
        name: "Fundacja Opolskie Centrum Wolontariatu",
        legalForm: "fundacja",
        register: { kind: "KRS", number: "0000123456" },
        seatAddress: "ul. Ozimska 1, 45-057 Opole",
        email: "biuro@ocw.example.org",
        phone: "+48 77 400 00 00",
      },
    ]);
    // No contact person in the profile: the person drafting.
    expect(applicants.contact).toMatchObject({ name: "Anna Kowalska" });
  });

  it("refuses a competition that is not taking offers, and a joint offer with an unverified co-applicant", async () => {
    actAs(leadEditor);
    expect(data(await start({ competitionId: closed.id, taskId: closed.tasks[0]!.id }))).toEqual({
      refused: "COMPETITION_NOT_ACCEPTING",
    });
    expect(data(await start({ kind: "JOINT", coApplicantIds: [unverified.id] }))).toEqual({
      refused: "CO_APPLICANT_UNVERIFIED",
    });
    // A task of another competition is not this competition's.
    expect(data(await start({ taskId: closed.tasks[0]!.id }))).toEqual({ refused: "TASK_NOT_FOUND" });
  });

  it("refuses an unverified lead organisation, and does not offer it on the new-offer page", async () => {
    const unverifiedOwner = await createMember(unverified.id, "OWNER");
    actAs(unverifiedOwner);
    expect(data(await start({ organisationId: unverified.id }))).toEqual({ refused: "LEAD_UNVERIFIED" });
    expect(await db().offer.count({ where: { leadOrganisationId: unverified.id } })).toBe(0);
    const view = await newOfferView(competition.slug, unverifiedOwner);
    expect(view?.organisations).toEqual([]);
    const both = await createActor({
      organisations: [
        { id: lead.id, role: "EDITOR" },
        { id: unverified.id, role: "OWNER" },
      ],
    });
    expect((await newOfferView(competition.slug, both))?.organisations.map((o) => o.id)).toEqual([lead.id]);
  });

  it("refuses another draft when the organisation has as many offers in the task as the announcement allows", async () => {
    const limited = await createCompetition({
      institutionId: competition.institutionId,
      overrides: { maxOffersPerApplicantPerTask: 1 },
    });
    actAs(leadEditor);
    const task = { competitionId: limited.id, taskId: limited.tasks[0]!.id };
    expect(data(await start(task))?.offerId).toBeTruthy();
    expect(data(await start(task))).toEqual({ refused: "OFFERS_PER_TASK_LIMIT" });
  });

  it("lets exactly one of several drafts started at once through when the announcement allows one", async () => {
    const limited = await createCompetition({
      institutionId: competition.institutionId,
      overrides: { maxOffersPerApplicantPerTask: 1 },
    });
    actAs(leadEditor);
    const task = { competitionId: limited.id, taskId: limited.tasks[0]!.id };
    const results = await Promise.all(Array.from({ length: 5 }, () => start(task)));
    expect(results.filter((r) => data(r)?.offerId)).toHaveLength(1);
    expect(await db().offer.count({ where: { taskId: task.taskId } })).toBe(1);
  });

  it("starts a joint offer with a verified co-applicant, told so", async () => {
    actAs(leadEditor);
    const offerId = data(await start({ kind: "JOINT", coApplicantIds: [partner.id] }))?.offerId as string;
    const offer = await db().offer.findUniqueOrThrow({ where: { id: offerId }, include: { coApplicants: true } });
    expect(offer.kind).toBe("JOINT");
    expect(offer.coApplicants.map((c) => c.organisationId)).toEqual([partner.id]);
    const event = await db().notificationEvent.findFirst({
      where: { type: "offer.co_applicant_added", subjectId: offerId },
    });
    expect(event?.audience).toEqual({ organisations: [{ id: partner.id, roles: ["OWNER", "EDITOR"] }] });
    // Who invites, which of the reader's organisations, and by when (UX review of session 19, F-C7).
    expect(event?.data).toEqual({
      lead: (await db().organisation.findUniqueOrThrow({ where: { id: lead.id } })).name,
      organisation: "Stowarzyszenie Zielona Odra",
      deadline: competition.offersDeadline.toISOString(),
    });
  });
});

describe("saving sections", () => {
  it("saves on the base revision and updates the list's title", async () => {
    const offerId = await draft();
    const result = await saveOfferSectionsAction({
      offerId,
      sections: [{ key: "description", baseRevision: 0, content: { title: "Seniorzy w sieci" } }],
    });
    expect(data(result)).toEqual({ saved: [{ key: "description", revision: 1 }], conflicts: [] });
    expect((await db().offer.findUniqueOrThrow({ where: { id: offerId } })).title).toBe("Seniorzy w sieci");
  });

  it("answers a stale revision with the stored content, who saved it and when, and writes nothing of it", async () => {
    const offerId = await draft();
    actAs(leadEditor);
    await saveOfferSectionsAction({
      offerId,
      sections: [{ key: "profile", baseRevision: 0, content: { resources: "Anny" } }],
    });
    // A second tab, loaded before Anna's save, saves profile on revision 0 and results on 0.
    actAs(leadEditor);
    const result = await saveOfferSectionsAction({
      offerId,
      sections: [
        { key: "profile", baseRevision: 0, content: { resources: "druga karta" } },
        { key: "results", baseRevision: 0, content: { directEffect: "warsztaty" } },
      ],
    });
    const outcome = data(result) as { saved: unknown[]; conflicts: Record<string, unknown>[] };
    expect(outcome.saved).toEqual([{ key: "results", revision: 1 }]);
    expect(outcome.conflicts).toEqual([
      expect.objectContaining({
        key: "profile",
        revision: 1,
        content: { resources: "Anny" },
        updatedByName: "Anna Kowalska",
      }),
    ]);
    const profile = await db().offerSection.findUniqueOrThrow({ where: { offerId_key: { offerId, key: "profile" } } });
    expect(profile.content).toEqual({ resources: "Anny" });
    // Keeping mine: sent again on the revision the conflict named.
    const kept = await saveOfferSectionsAction({
      offerId,
      sections: [{ key: "profile", baseRevision: 1, content: { resources: "druga karta" } }],
    });
    expect(data(kept)).toEqual({ saved: [{ key: "profile", revision: 2 }], conflicts: [] });
  });

  it("lets exactly one of two saves on the same revision through", async () => {
    const offerId = await draft();
    const [a, b] = await Promise.all(
      ["pierwszy", "drugi"].map((resources) =>
        saveOfferSectionsAction({ offerId, sections: [{ key: "profile", baseRevision: 0, content: { resources } }] }),
      ),
    );
    const outcomes = [data(a), data(b)] as { saved: unknown[]; conflicts: unknown[] }[];
    expect(outcomes.map((o) => o.saved.length).sort()).toEqual([0, 1]);
    expect(outcomes.map((o) => o.conflicts.length).sort()).toEqual([0, 1]);
    expect(await revisionOf(offerId, "profile")).toBe(1);
  });

  it("lets a co-applicant's editor save, and refuses a member, another organisation, an official and a visitor", async () => {
    actAs(leadEditor);
    const offerId = data(await start({ kind: "JOINT", coApplicantIds: [partner.id] }))?.offerId as string;
    const save = (content: unknown) =>
      saveOfferSectionsAction({ offerId, sections: [{ key: "profile", baseRevision: 0, content }] });
    actAs(null);
    expect((await save({ resources: "x" }))?.serverError).toBe("UNAUTHENTICATED");
    for (const actor of [leadMember, strangerOwner, official, otherOfficial]) {
      actAs(actor);
      expect((await save({ resources: "x" }))?.serverError).toBe("FORBIDDEN");
    }
    expect(await revisionOf(offerId, "profile")).toBe(0);
    // Invited, not yet accepted: the partner's editor may not write into the lead's draft.
    actAs(partnerEditor);
    expect((await save({ resources: "x" }))?.serverError).toBe("FORBIDDEN");
    await acceptAsPartner(offerId);
    expect(data(await save({ resources: "partner" }))).toEqual({
      saved: [{ key: "profile", revision: 1 }],
      conflicts: [],
    });
  });

  it("keeps II to the offer's applicants whatever a save sends", async () => {
    const offerId = await draft();
    await saveOfferSectionsAction({
      offerId,
      sections: [
        {
          key: "applicants",
          baseRevision: 0,
          content: {
            list: [
              { organisationId: stranger.id, name: "Obca" },
              { organisationId: lead.id, name: "OCW" },
            ],
            contact: {},
          },
        },
      ],
    });
    const row = await db().offerSection.findUniqueOrThrow({ where: { offerId_key: { offerId, key: "applicants" } } });
    expect(row.content).toEqual({ list: [{ organisationId: lead.id, name: "OCW" }], contact: {} });
  });

  it("refuses to save a submitted offer and changes nothing", async () => {
    const submitted = await createOffer({
      taskId: competition.tasks[0]!.id,
      leadOrganisationId: lead.id,
      submitted: true,
      sections: { profile: { resources: "złożone" } },
    });
    actAs(leadEditor);
    const result = await saveOfferSectionsAction({
      offerId: submitted.id,
      sections: [{ key: "profile", baseRevision: 0, content: { resources: "zmiana" } }],
    });
    expect(data(result)).toEqual({ refused: "OFFER_NOT_DRAFT" });
    expect(await revisionOf(submitted.id, "profile")).toBe(0);
  });
});

describe("co-applicants", () => {
  it("are changed by the lead only; an unverified organisation is refused", async () => {
    const offerId = await draft();
    actAs(partnerEditor);
    expect((await addCoApplicantAction({ offerId, organisationId: partner.id }))?.serverError).toBe("FORBIDDEN");
    actAs(leadEditor);
    expect(data(await addCoApplicantAction({ offerId, organisationId: unverified.id }))).toEqual({
      refused: "CO_APPLICANT_UNVERIFIED",
    });
    expect(data(await addCoApplicantAction({ offerId, organisationId: partner.id }))).toBeUndefined();
    let offer = await db().offer.findUniqueOrThrow({ where: { id: offerId }, include: { coApplicants: true } });
    expect(offer.kind).toBe("JOINT");
    const applicants = (
      await db().offerSection.findUniqueOrThrow({ where: { offerId_key: { offerId, key: "applicants" } } })
    ).content as { list: { organisationId: string; name?: string }[] };
    expect(applicants.list.map((a) => a.organisationId)).toEqual([lead.id, partner.id]);
    expect(applicants.list[1]!.name).toBe("Stowarzyszenie Zielona Odra");
    expect(data(await removeCoApplicantAction({ offerId, organisationId: partner.id }))).toBeUndefined();
    offer = await db().offer.findUniqueOrThrow({ where: { id: offerId }, include: { coApplicants: true } });
    expect(offer).toMatchObject({ kind: "SINGLE", coApplicants: [] });
    // The removed organisation's people lose the offer and what they filled in there: they are told, by whom.
    const removed = await db().notificationEvent.findFirst({
      where: { type: "offer.co_applicant_removed", subjectId: offerId },
    });
    expect(removed?.audience).toEqual({ organisations: [{ id: partner.id, roles: ["OWNER", "EDITOR"] }] });
    expect(removed?.data).toEqual({
      lead: (await db().organisation.findUniqueOrThrow({ where: { id: lead.id } })).name,
      organisation: "Stowarzyszenie Zielona Odra",
    });
  });
});

describe("finding co-applicants", () => {
  it("looks the organisation up on the server: an unknown one is not found, a stranger is refused", async () => {
    actAs(leadEditor);
    expect((await findCoApplicantsAction({ organisationId: "no-such-organisation", q: "Odra" }))?.serverError).toBe(
      "NOT_FOUND",
    );
    actAs(strangerOwner);
    expect((await findCoApplicantsAction({ organisationId: lead.id, q: "Odra" }))?.serverError).toBe("FORBIDDEN");
    actAs(leadEditor);
    expect((await findCoApplicantsAction({ organisationId: lead.id, q: "Odra" }))?.serverError).toBeUndefined();
  });
});

describe("prefilling another organisation", () => {
  it("copies only the contacts the lead's editor may read on its page, the members-only ones left out", async () => {
    const private_ = await createOrganisation({ name: "Stowarzyszenie Prywatne", verifiedAt: new Date() });
    await db().organisationContact.createMany({
      data: [
        { organisationId: private_.id, kind: "EMAIL", value: "biuro@prywatne.example.org", visibility: "SIGNED_IN" },
        { organisationId: private_.id, kind: "PHONE", value: "+48 600 000 001", visibility: "MEMBERS" },
      ],
    });
    // The lead's own members-only contact is the editor's to read, so it stays.
    await db().organisationContact.update({
      where: { organisationId_kind: { organisationId: lead.id, kind: "PHONE" } },
      data: { visibility: "MEMBERS" },
    });
    const entryOf = async (offerId: string) =>
      (
        (await db().offerSection.findUniqueOrThrow({ where: { offerId_key: { offerId, key: "applicants" } } }))
          .content as { list: Record<string, unknown>[] }
      ).list;
    actAs(leadEditor);
    const joint = data(await start({ kind: "JOINT", coApplicantIds: [private_.id] }))?.offerId as string;
    const [leadEntry, jointEntry] = await entryOf(joint);
    expect(leadEntry).toMatchObject({ phone: "+48 77 400 00 00" });
    expect(jointEntry).toMatchObject({ name: "Stowarzyszenie Prywatne", email: "biuro@prywatne.example.org" });
    expect(jointEntry).not.toHaveProperty("phone");
    const offerId = await draft();
    expect(data(await addCoApplicantAction({ offerId, organisationId: private_.id }))).toBeUndefined();
    expect(JSON.stringify(await entryOf(offerId))).not.toContain("+48 600 000 001");
    await db().organisationContact.update({
      where: { organisationId_kind: { organisationId: lead.id, kind: "PHONE" } },
      data: { visibility: "PUBLIC" },
    });
  });
});

describe("reading", () => {
  it("shows the editor to the applicants' members only, editable for their owners and editors", async () => {
    actAs(leadEditor);
    const offerId = data(await start({ kind: "JOINT", coApplicantIds: [partner.id] }))?.offerId as string;
    expect(await loadOfferForEditor(offerId, null)).toBeNull();
    expect(await loadOfferForEditor(offerId, strangerOwner)).toBeNull();
    expect(await loadOfferForEditor(offerId, official)).toBeNull();
    expect((await loadOfferForEditor(offerId, leadMember))?.mayEdit).toBe(false);
    // Before accepting, the partner sees the invitation and not the draft; nobody else sees an invitation.
    expect(await loadOfferForEditor(offerId, partnerEditor)).toBeNull();
    expect(await loadOfferInvitation(offerId, partnerEditor)).toMatchObject({
      organisationId: partner.id,
      leadName: "Fundacja Opolskie Centrum Wolontariatu",
      invitedBy: "Anna Kowalska",
      mayAnswer: true,
    });
    for (const actor of [leadEditor, leadMember, strangerOwner, official, null])
      expect(await loadOfferInvitation(offerId, actor)).toBeNull();
    expect((await loadOfferForEditor(offerId, leadEditor))?.applicants.map((a) => a.accepted)).toEqual([true, false]);
    await acceptAsPartner(offerId);
    expect(await loadOfferInvitation(offerId, partnerEditor)).toBeNull();
    expect((await loadOfferForEditor(offerId, leadEditor))?.applicants.map((a) => a.accepted)).toEqual([true, true]);
    const forPartner = await loadOfferForEditor(offerId, partnerEditor);
    expect(forPartner).toMatchObject({ mayEdit: true, mayManageCoApplicants: false });
    expect((await loadOfferForEditor(offerId, leadEditor))?.mayManageCoApplicants).toBe(true);
    expect((await myOffers(partnerEditor)).map((o) => o.id)).toContain(offerId);
    expect((await myOffers(strangerOwner)).map((o) => o.id)).not.toContain(offerId);
  });
});

describe("a draft with sections missing", () => {
  it("opens with every section of the template, and the first save of a missing one creates it", async () => {
    const offer = await createOffer({ taskId: competition.tasks[0]!.id, leadOrganisationId: lead.id });
    const editor = await loadOfferForEditor(offer.id, leadEditor);
    expect(editor?.sections.map((s) => [s.key, s.revision])).toContainEqual(["profile", 0]);
    expect(editor?.sections).toHaveLength(11);
    actAs(leadEditor);
    const result = await saveOfferSectionsAction({
      offerId: offer.id,
      sections: [{ key: "profile", baseRevision: 0, content: { resources: "nowa część" } }],
    });
    expect(data(result)).toEqual({ saved: [{ key: "profile", revision: 1 }], conflicts: [] });
  });
});

describe("the autosave route", () => {
  const post = (offerId: string, body: unknown, origin: string | null) =>
    autosaveOfferRoute(
      new Request(`${env().APP_URL}/api/offers/${offerId}/autosave`, {
        method: "POST",
        headers: { "content-type": "text/plain", ...(origin ? { origin } : {}) },
        body: JSON.stringify(body),
      }),
      routeContext({ id: offerId }),
    );

  it("saves a beacon from the site's own page and refuses another origin, a visitor and a stranger", async () => {
    const offerId = await draft();
    const body = { sections: [{ key: "other", baseRevision: 0, content: { otherInfo: "z beacona" } }] };
    const own = new URL(env().APP_URL).origin;
    actAs(null);
    expect((await post(offerId, body, own)).status).toBe(401);
    actAs(strangerOwner);
    expect((await post(offerId, body, own)).status).toBe(403);
    actAs(leadEditor);
    expect((await post(offerId, body, "https://evil.example")).status).toBe(403);
    expect((await post(offerId, body, null)).status).toBe(403);
    expect(await revisionOf(offerId, "other")).toBe(0);
    const saved = await post(offerId, body, own);
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({ saved: [{ key: "other", revision: 1 }], conflicts: [] });
    // The same beacon again is stale: the stored content comes back, nothing is written.
    const again = (await (await post(offerId, body, own)).json()) as { conflicts: { key: string }[] };
    expect(again.conflicts.map((c) => c.key)).toEqual(["other"]);
    expect(await revisionOf(offerId, "other")).toBe(1);
  });
});

describe("required attachments", () => {
  const upload = (offerId: string, fields: Record<string, string>) => {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.set(key, value);
    form.set("file", new File([Buffer.from(pdfFile("Statut fundacji"))], "statut.pdf", { type: "application/pdf" }));
    return uploadOfferAttachment(
      new Request("http://localhost/upload", { method: "POST", body: form }),
      routeContext({ id: offerId }),
    );
  };
  const download = (offerId: string, attachmentId: string) =>
    downloadOfferAttachment(new Request("http://localhost/a"), routeContext({ id: offerId, attachmentId }));

  it("lists the competition's requirements per applicant, takes a file for one, and keeps it from strangers", async () => {
    const statute = await db().attachmentRequirement.create({
      data: { competitionId: competition.id, label: "Statut", perApplicant: true, position: 0 },
    });
    await db().attachmentRequirement.create({
      data: { competitionId: competition.id, label: "Umowa partnerska", condition: "JOINT_ONLY", position: 1 },
    });
    actAs(leadEditor);
    const offerId = data(await start({ kind: "JOINT", coApplicantIds: [partner.id] }))?.offerId as string;
    await acceptAsPartner(offerId);
    actAs(leadEditor);
    const editor = await loadOfferForEditor(offerId, leadEditor);
    expect(editor?.attachments.slots.map((slot) => [slot.label, slot.organisationId ?? null])).toEqual([
      ["Statut", lead.id],
      ["Statut", partner.id],
      ["Umowa partnerska", null],
    ]);

    const fields = { title: "Statut", requirementId: statute.id, organisationId: partner.id };
    actAs(strangerOwner);
    expect((await upload(offerId, fields)).status).toBe(403);
    actAs(partnerEditor);
    expect((await upload(offerId, { ...fields, organisationId: stranger.id })).status).toBe(409);
    const added = await upload(offerId, fields);
    expect(added.status).toBe(201);
    const { id } = (await added.json()) as { id: string };

    actAs(leadMember);
    expect((await download(offerId, id)).status).toBe(200);
    actAs(strangerOwner);
    expect((await download(offerId, id)).status).toBe(404);
    actAs(official);
    expect((await download(offerId, id)).status).toBe(404);
    expect((await removeOfferAttachmentAction({ offerId, attachmentId: id }))?.serverError).toBe("FORBIDDEN");

    actAs(leadEditor);
    expect(data(await removeOfferAttachmentAction({ offerId, attachmentId: id }))).toBeUndefined();
    expect(await db().offerAttachment.count({ where: { offerId } })).toBe(0);
  });

  it("takes no file for a submitted offer", async () => {
    const requirement = await db().attachmentRequirement.findFirstOrThrow({ where: { competitionId: competition.id } });
    const submitted = await createOffer({
      taskId: competition.tasks[0]!.id,
      leadOrganisationId: lead.id,
      submitted: true,
    });
    actAs(leadEditor);
    const answer = await upload(submitted.id, { title: "Statut", requirementId: requirement.id });
    expect(answer.status).toBe(409);
    expect(await db().offerAttachment.count({ where: { offerId: submitted.id } })).toBe(0);
  });
});
