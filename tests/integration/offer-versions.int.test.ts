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
import { routeContext } from "@/tests/helpers/route-context";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/concurrent-session"));

import { downloadConfirmationPdf, downloadOfferPdf } from "@/lib/offers/pdf/handlers";
import { submitOffer } from "@/lib/offers/submission/mutations";

// Rendering a PDF on a shared machine takes a few seconds the first time (fonts).
jest.setTimeout(60_000);

beforeAll(async () => {
  await createInstanceSettings();
});

/** A joint offer submitted now; its competition's deadline is still ahead. */
async function submittedJointOffer() {
  const { competition, task, lead } = await openCompetitionWithLead();
  await db().organisation.update({
    where: { id: lead.id },
    data: {
      krsBoard: {
        body: "ZARZĄD",
        representation: "dwóch członków zarządu łącznie",
        members: [
          { name: "E******* D***", role: "PREZES" },
          { name: "A*** K*******", role: "CZŁONEK ZARZĄDU" },
        ],
      },
    },
  });
  const partner = await createOrganisation({ verifiedAt: new Date(), name: "Zielona Odra" });
  const offer = await createSubmittableDraft(task.id, lead.id, [{ id: partner.id, name: partner.name }]);
  const owner = await createMember(lead.id, "OWNER");
  const submitted = await submitOffer({ offerId: offer.id, revisions: await currentRevisions(offer.id) }, owner, "pl");
  return { competition, offer, lead, partner, owner, submitted };
}

async function pdfAs(actor: TestActor | null, offerId: string, number = "1", query = "") {
  actAs(actor);
  return downloadOfferPdf(new Request(`http://localhost/pdf${query}`), routeContext({ id: offerId, number }));
}

async function confirmationAs(actor: TestActor | null, offerId: string, query = "") {
  actAs(actor);
  return downloadConfirmationPdf(new Request(`http://localhost/c${query}`), routeContext({ id: offerId, number: "1" }));
}

const deadlinePassed = (competitionId: string) =>
  db()
    .$executeRaw`UPDATE "Competition" SET "offersDeadline" = clock_timestamp() - interval '1 second', "offersOpenAt" = clock_timestamp() - interval '2 days' WHERE id = ${competitionId}`;

describe("a version's PDF", () => {
  it("is for the applicants' members, and for the addressed office only after the deadline", async () => {
    const { competition, offer, partner, owner } = await submittedJointOffer();
    const official = await createOfficial(competition.institutionId);
    const otherOffice = await createOfficial((await createFreshInstitution("Urząd Inny")).id);
    const stranger = await createMember((await createOrganisation({ verifiedAt: new Date() })).id, "OWNER");

    expect((await pdfAs(null, offer.id)).status).toBe(404);
    expect((await pdfAs(stranger, offer.id)).status).toBe(404);
    expect((await pdfAs(await createActor(), offer.id)).status).toBe(404);
    expect((await pdfAs(official, offer.id)).status).toBe(404);

    const first = await pdfAs(owner, offer.id);
    expect(first.status).toBe(200);
    expect(first.headers.get("Content-Type")).toBe("application/pdf");
    expect(
      Buffer.from(await first.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    // Stored on the first request: the co-applicant's member gets the same file.
    const version = await db().offerVersion.findFirstOrThrow({ where: { offerId: offer.id } });
    expect(version.pdfFileId).not.toBeNull();
    const second = await pdfAs(await createMember(partner.id, "MEMBER"), offer.id);
    expect(second.headers.get("ETag")).toBe(first.headers.get("ETag"));
    expect((await pdfAs(owner, offer.id, "2")).status).toBe(404);

    await deadlinePassed(competition.id);
    expect((await pdfAs(official, offer.id)).status).toBe(200);
    expect((await pdfAs(otherOffice, offer.id)).status).toBe(404);
    expect((await pdfAs(stranger, offer.id)).status).toBe(404);
  });

  it("is visible to the office at once when the competition does not wait for the deadline", async () => {
    const { competition, offer } = await submittedJointOffer();
    await db().competition.update({ where: { id: competition.id }, data: { officeSeesOffersAfterDeadline: false } });
    expect((await pdfAs(await createOfficial(competition.institutionId), offer.id)).status).toBe(200);
  });
});

describe("the confirmation of submission", () => {
  it("is stored once with the board as signers, or made for the signers chosen", async () => {
    const { offer, owner } = await submittedJointOffer();
    const stored = await confirmationAs(owner, offer.id);
    expect(stored.status).toBe(200);
    expect(
      (await db().offerVersion.findFirstOrThrow({ where: { offerId: offer.id } })).confirmationPdfFileId,
    ).not.toBeNull();
    const chosen = await confirmationAs(owner, offer.id, "?signers=0.1");
    expect(chosen.status).toBe(200);
    expect(chosen.headers.get("Content-Disposition")).toContain("potwierdzenie-");
    expect((await confirmationAs(owner, offer.id, "?signers=drop table")).status).toBe(404);
    expect((await confirmationAs(null, offer.id)).status).toBe(404);
  });
});
