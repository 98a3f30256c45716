// What the addressed office downloads of an offer, and nobody else: a small
// grant's version PDF once received (the office had none: the reading rule
// needed a competition), and the attachments a competition offer's current
// version was submitted with, after the deadline (the office had none at
// all). Each reader: visitor, signed-in stranger, another organisation,
// another office's official, the office's official, the applicant's member.
import { db } from "@/lib/db/client";
import { pdfFile } from "@/tests/factories/document-files";
import { createOffer } from "@/tests/factories/offers";
import { createOrganisation } from "@/tests/factories/organisations";
import { createActor, createMember, createOfficial, type TestActor } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { actAs } from "@/tests/helpers/session";
import {
  createFreshInstitution,
  createSubmittableDraft,
  currentRevisions,
  openCompetitionWithLead,
} from "@/tests/helpers/offer-drafts";
import { routeContext } from "@/tests/helpers/route-context";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { officeOfferView } from "@/lib/competitions/offers-view/offer";
import { addOfferAttachment } from "@/lib/offers/attachments/files";
import { downloadOfferAttachment } from "@/lib/offers/attachments/handlers";
import { downloadOfferPdf } from "@/lib/offers/pdf/handlers";
import { submitOffer } from "@/lib/offers/submission/mutations";
import { officeSmallGrantsView } from "@/lib/small-grants/queries";
import { submitSmallGrantOffer } from "@/lib/small-grants/submission";

// Rendering a PDF on a shared machine takes a few seconds the first time (fonts).
jest.setTimeout(60_000);

const year = Number(new Date().toISOString().slice(0, 4));
let otherOfficial: TestActor;
let otherOrganisationOwner: TestActor;
let stranger: TestActor;

beforeAll(async () => {
  await createInstanceSettings();
  otherOfficial = await createOfficial((await createFreshInstitution("Urząd Obok")).id);
  otherOrganisationOwner = await createMember((await createOrganisation({ verifiedAt: new Date() })).id, "OWNER");
  stranger = await createActor();
});

async function pdfAs(actor: TestActor | null, offerId: string) {
  actAs(actor);
  return downloadOfferPdf(new Request("http://localhost/pdf"), routeContext({ id: offerId, number: "1" }));
}

async function attachmentAs(actor: TestActor | null, offerId: string, attachmentId: string) {
  actAs(actor);
  return downloadOfferAttachment(new Request("http://localhost/a"), routeContext({ id: offerId, attachmentId }));
}

/** The simplified offer's sections: 8 500 zł of grant for one line of 10 000 zł. */
function simplifiedSections(organisationId: string) {
  return {
    applicants: {
      list: [
        {
          organisationId,
          name: "Zdrowie bez Barier (test)",
          legalForm: "stowarzyszenie",
          register: { kind: "KRS", number: "0000654321" },
          seatAddress: "Opole",
          website: { na: true },
          correspondenceAddress: { na: true },
          email: "biuro@example.org",
          phone: "77 000 00 00",
        },
      ],
      contact: { name: "Jan Nowak", phone: "600 000 000", email: "jan@example.org" },
    },
    description: {
      title: "Dzień zdrowia seniora",
      startsOn: `${year + 1}-05-01`,
      endsOn: `${year + 1}-06-29`,
      place: "Opole",
      synopsis: "Badania przesiewowe dla seniorów.",
      goals: "Profilaktyka",
    },
    results: { expected: "200 osób zbadanych" },
    resultsTable: [],
    profile: { previousActivity: "Od 2015 r." },
    costs: {
      lines: [
        {
          id: "1",
          category: "ACTION",
          name: "Badania",
          unit: "osoba",
          unitCost: 5_000,
          qtyMilli: { [String(year + 1)]: 200_000 },
        },
      ],
    },
    funding: { grant: 850_000, ownFinancial: 150_000 },
    statements: { s1: true, s2: true, s3: "NO_ARREARS", s4: "NO_ARREARS", s5: "KRS", s6: true, s7: true },
  };
}

describe("a small grant's version PDF", () => {
  it("is for the applicant's members and, once received, the addressed office's officials only", async () => {
    const office = await createFreshInstitution("Urząd Małych Grantów");
    await db().smallGrantBudget.create({
      data: { institutionId: office.id, year, plannedGrantsTotal: 200_000_000n, intakeOpen: true },
    });
    const applicant = await createOrganisation({ name: "Zdrowie bez Barier (test)", verifiedAt: new Date() });
    const owner = await createMember(applicant.id, "OWNER");
    const member = await createMember(applicant.id, "MEMBER");
    const official = await createOfficial(office.id);
    const sections = simplifiedSections(applicant.id);
    const draft = await createOffer({
      template: "SIMPLIFIED_2018",
      institutionId: office.id,
      leadOrganisationId: applicant.id,
      sections,
    });
    // A draft is not before the office.
    expect((await pdfAs(official, draft.id)).status).toBe(404);
    await submitSmallGrantOffer({ offerId: draft.id, revisions: await currentRevisions(draft.id) }, owner, "pl");

    expect((await pdfAs(null, draft.id)).status).toBe(404);
    expect((await pdfAs(stranger, draft.id)).status).toBe(404);
    expect((await pdfAs(otherOrganisationOwner, draft.id)).status).toBe(404);
    expect((await pdfAs(otherOfficial, draft.id)).status).toBe(404);

    const forOffice = await pdfAs(official, draft.id);
    expect(forOffice.status).toBe(200);
    expect(forOffice.headers.get("Content-Type")).toBe("application/pdf");
    expect(
      Buffer.from(await forOffice.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    // Saved under a name that says what it is and whose (UX review F-D1), not only its checksum.
    expect(forOffice.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="maly-grant-dzien-zdrowia-seniora-zdrowie-bez-barier-test-wersja-1-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}\.pdf"/,
    );
    // The office's page links it.
    const page = await officeSmallGrantsView(office.slug, year);
    expect(page?.cases.map((c) => [c.offer.id, c.offer.versionNumber])).toEqual([[draft.id, 1]]);
    const forMember = await pdfAs(member, draft.id);
    expect(forMember.status).toBe(200);
    expect(forMember.headers.get("ETag")).toBe(forOffice.headers.get("ETag"));

    // Withdrawn, it is no longer before the office; its applicant keeps its copy.
    await db().offer.update({ where: { id: draft.id }, data: { status: "WITHDRAWN" } });
    expect((await pdfAs(official, draft.id)).status).toBe(404);
    expect((await pdfAs(owner, draft.id)).status).toBe(200);
  });
});

describe("a competition offer's attachments", () => {
  it("reach the office after the deadline when the submitted version has them, and no other outsider", async () => {
    const { competition, task, lead } = await openCompetitionWithLead();
    const requirement = await db().attachmentRequirement.create({
      data: { competitionId: competition.id, label: "Statut", position: 0 },
    });
    const owner = await createMember(lead.id, "OWNER");
    const member = await createMember(lead.id, "MEMBER");
    const official = await createOfficial(competition.institutionId);
    const offer = await createSubmittableDraft(task.id, lead.id);
    const statute = await addOfferAttachment(
      owner,
      offer.id,
      { title: "Statut", requirementId: requirement.id },
      { bytes: pdfFile("Statut fundacji"), name: "statut.pdf" },
    );
    // Before submission only the applicant's members read it.
    expect((await attachmentAs(member, offer.id, statute.id)).status).toBe(200);
    expect((await attachmentAs(official, offer.id, statute.id)).status).toBe(404);

    await submitOffer({ offerId: offer.id, revisions: await currentRevisions(offer.id) }, owner, "pl");
    // Submitted, but the competition hides its offers from the office until the deadline.
    expect((await attachmentAs(official, offer.id, statute.id)).status).toBe(404);

    await db()
      .$executeRaw`UPDATE "Competition" SET "offersDeadline" = clock_timestamp() - interval '1 second', "offersOpenAt" = clock_timestamp() - interval '2 days' WHERE id = ${competition.id}`;
    const forOffice = await attachmentAs(official, offer.id, statute.id);
    expect(forOffice.status).toBe(200);
    // Named by the competition, the offeror and its own title, with its file's extension (UX review F-D1).
    const name = `zalacznik-${competition.slug.slice(0, 20)}`;
    expect(forOffice.headers.get("Content-Disposition")).toContain(`filename="${name}`);
    expect(forOffice.headers.get("Content-Disposition")).toMatch(/-statut-[a-z0-9]{6}\.pdf"; filename\*=/);
    expect((await attachmentAs(member, offer.id, statute.id)).status).toBe(200);
    // The office's page of the offer lists it with the version.
    expect((await officeOfferView(competition.slug, offer.id, official))?.attachments).toEqual([
      { id: statute.id, title: "Statut", fileName: "statut.pdf" },
    ]);
    for (const outsider of [null, stranger, otherOrganisationOwner, otherOfficial])
      expect((await attachmentAs(outsider, offer.id, statute.id)).status).toBe(404);
    // Another offer's id with this attachment's: not found, whoever asks.
    const otherOffer = await createOffer({ taskId: task.id, leadOrganisationId: lead.id, submitted: true });
    expect((await attachmentAs(official, otherOffer.id, statute.id)).status).toBe(404);
  });

  it("of the office: only those the current version was submitted with, and none once the offer is withdrawn", async () => {
    const { competition, task, lead } = await openCompetitionWithLead({
      overrides: { officeSeesOffersAfterDeadline: false },
    });
    const requirement = await db().attachmentRequirement.create({
      data: { competitionId: competition.id, label: "Statut", position: 0 },
    });
    const owner = await createMember(lead.id, "OWNER");
    const official = await createOfficial(competition.institutionId);
    const offer = await createSubmittableDraft(task.id, lead.id);
    const submittedFile = await addOfferAttachment(
      owner,
      offer.id,
      { title: "Statut", requirementId: requirement.id },
      { bytes: pdfFile("Statut fundacji"), name: "statut.pdf" },
    );
    await submitOffer({ offerId: offer.id, revisions: await currentRevisions(offer.id) }, owner, "pl");
    expect((await attachmentAs(official, offer.id, submittedFile.id)).status).toBe(200);
    // An attachment no version refers to (stored directly: a draft's file the applicant kept) stays the applicant's.
    const looseFile = await db().storedFile.create({
      data: {
        kind: "pdf",
        originalName: "brudnopis.pdf",
        contentType: "application/pdf",
        size: 10,
        sha256: "0".repeat(64),
        storageKey: `test/${offer.id}-loose`,
      },
    });
    const loose = await db().offerAttachment.create({
      data: { offerId: offer.id, requirementId: requirement.id, title: "Brudnopis", fileId: looseFile.id },
    });
    expect((await attachmentAs(official, offer.id, loose.id)).status).toBe(404);
    await db().offer.update({ where: { id: offer.id }, data: { status: "WITHDRAWN" } });
    expect((await attachmentAs(official, offer.id, submittedFile.id)).status).toBe(404);
    expect((await attachmentAs(owner, offer.id, submittedFile.id)).status).toBe(200);
  });
});
