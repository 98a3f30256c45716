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

import { officeOffersView } from "@/lib/competitions/offers-view/list";
import { officeOfferView } from "@/lib/competitions/offers-view/offer";
import { decideConfirmationAction, recordPaperConfirmationAction } from "@/lib/offers/confirmations/actions";
import { uploadSignedConfirmation } from "@/lib/offers/confirmations/handlers";
import { confirmationView } from "@/lib/offers/confirmations/view";
import { confirmationPdfInput, offerPdfInput, readableVersion } from "@/lib/offers/pdf/data";
import { downloadConfirmationPdf, downloadOfferPdf } from "@/lib/offers/pdf/handlers";
import { submissionReview } from "@/lib/offers/submission/review";
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
    // A withdrawn offer is no longer before the office; its applicants keep their copy.
    await db().offer.update({ where: { id: offer.id }, data: { status: "WITHDRAWN" } });
    expect((await pdfAs(official, offer.id)).status).toBe(404);
    expect((await pdfAs(owner, offer.id)).status).toBe(200);
  });

  it("is visible to the office at once when the competition does not wait for the deadline", async () => {
    const { competition, offer } = await submittedJointOffer();
    await db().competition.update({ where: { id: competition.id }, data: { officeSeesOffersAfterDeadline: false } });
    expect((await pdfAs(await createOfficial(competition.institutionId), offer.id)).status).toBe(200);
  });
});

describe("the addressee the PDFs print", () => {
  it("is the office's name, as in the editor, not the institution's (territory) name", async () => {
    const { competition, offer, owner } = await submittedJointOffer();
    await db().institution.update({
      where: { id: competition.institutionId },
      data: { name: "Województwo opolskie", officeName: "Urząd Marszałkowski Województwa Opolskiego" },
    });
    const version = await readableVersion(owner, offer.id, 1);
    expect(version).not.toBeNull();
    expect((await offerPdfInput(version!))?.institutionName).toBe("Urząd Marszałkowski Województwa Opolskiego");
    expect((await confirmationPdfInput(version!, null))?.institutionName).toBe(
      "Urząd Marszałkowski Województwa Opolskiego",
    );
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
    const chosen = await confirmationAs(owner, offer.id, "?choose=1&signer=0.1&signer=1.0");
    expect(chosen.status).toBe(200);
    expect(chosen.headers.get("Content-Disposition")).toContain("potwierdzenie-");
    expect((await confirmationAs(owner, offer.id, "?choose=1&signer=drop%20table")).status).toBe(404);
    expect((await confirmationAs(null, offer.id)).status).toBe(404);
  });
});

const signedXml = () =>
  new File(
    [
      '<?xml version="1.0" encoding="UTF-8"?><ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo/></ds:Signature>',
    ],
    "potwierdzenie.xml",
    { type: "text/xml" },
  );

async function uploadAs(actor: TestActor | null, offerId: string, file: File, channel = "TRUSTED_PROFILE") {
  actAs(actor);
  const form = new FormData();
  form.set("file", file);
  form.set("channel", channel);
  return uploadSignedConfirmation(
    new Request("http://localhost/u", { method: "POST", body: form }),
    routeContext({ id: offerId }),
  );
}

describe("confirmations", () => {
  it("takes a signed file from the lead's owners and editors only, in a channel the competition accepts", async () => {
    const { offer, owner, partner } = await submittedJointOffer();
    expect((await uploadAs(null, offer.id, signedXml())).status).toBe(401);
    expect((await uploadAs(await createMember(partner.id, "OWNER"), offer.id, signedXml())).status).toBe(403);
    const unsigned = new File(["<?xml version='1.0'?><oferta/>"], "a.xml", { type: "text/xml" });
    expect((await uploadAs(owner, offer.id, unsigned)).status).toBe(400);
    // The factory's competition accepts paper, qualified and trusted signatures, not the personal one.
    const personal = await uploadAs(owner, offer.id, signedXml(), "PERSONAL_SIGNATURE");
    expect(personal.status).toBe(409);
    expect(await personal.json()).toEqual({ error: { code: "CHANNEL_NOT_ACCEPTED" } });
    const uploaded = await uploadAs(owner, offer.id, signedXml());
    expect(uploaded.status).toBe(201);
    const confirmation = await db().offerConfirmation.findFirstOrThrow({
      where: { version: { offerId: offer.id } },
      include: { file: true },
    });
    expect(confirmation).toMatchObject({ channel: "TRUSTED_PROFILE", status: "UPLOADED", file: { kind: "xades" } });
  });

  it("takes at most 10 files awaiting a decision per version, and none for a withdrawn offer", async () => {
    const { offer, owner } = await submittedJointOffer();
    for (let i = 0; i < 10; i++) expect((await uploadAs(owner, offer.id, signedXml())).status).toBe(201);
    const eleventh = await uploadAs(owner, offer.id, signedXml());
    expect(eleventh.status).toBe(409);
    expect(await eleventh.json()).toEqual({ error: { code: "TOO_MANY_CONFIRMATIONS" } });
    expect(await db().offerConfirmation.count({ where: { version: { offerId: offer.id } } })).toBe(10);
    await db().offer.update({ where: { id: offer.id }, data: { status: "WITHDRAWN" } });
    const competitionId = offer.competitionId!;
    const official = await createOfficial(
      (await db().competition.findUniqueOrThrow({ where: { id: competitionId } })).institutionId,
    );
    await deadlinePassed(competitionId);
    actAs(official);
    const today = new Date().toISOString().slice(0, 10);
    const signers = [{ name: "Ewa Dąbrowska", function: "Prezes" }];
    expect((await recordPaperConfirmationAction({ offerId: offer.id, receivedOn: today, signers })).data).toEqual({
      refused: "NOT_SUBMITTED",
    });
    expect(await db().offerConfirmation.count({ where: { version: { offerId: offer.id }, channel: "PAPER" } })).toBe(0);
  });

  it("attaches no file once the offer was reopened while it was being stored", async () => {
    const { offer, owner } = await submittedJointOffer();
    // The status read before storing says SUBMITTED; the reopen lands before the link is written.
    const original = db().offer.findUniqueOrThrow.bind(db().offer);
    const spy = jest.spyOn(db().offer, "findUniqueOrThrow").mockImplementationOnce((async (args: unknown) => {
      const row = await original(args as Parameters<typeof original>[0]);
      await db().offer.update({ where: { id: offer.id }, data: { status: "DRAFT" } });
      return row;
    }) as unknown as typeof original);
    const response = await uploadAs(owner, offer.id, signedXml());
    spy.mockRestore();
    expect(response.status).toBe(409);
    expect(await db().offerConfirmation.count({ where: { version: { offerId: offer.id } } })).toBe(0);
  });

  it("is decided by the addressed office after the deadline, with a reason for a rejection, once", async () => {
    const { competition, offer, owner } = await submittedJointOffer();
    await uploadAs(owner, offer.id, signedXml());
    const confirmation = await db().offerConfirmation.findFirstOrThrow({ where: { version: { offerId: offer.id } } });
    const official = await createOfficial(competition.institutionId);
    const decide = (actor: TestActor | null, input: { accept: boolean; reason?: string }) => {
      actAs(actor);
      return decideConfirmationAction({ confirmationId: confirmation.id, ...input });
    };
    expect((await decide(null, { accept: true })).serverError).toBe("UNAUTHENTICATED");
    expect((await decide(owner, { accept: true })).serverError).toBe("FORBIDDEN");
    expect(
      (await decide(await createOfficial((await createFreshInstitution("Urząd Trzeci")).id), { accept: true }))
        .serverError,
    ).toBe("FORBIDDEN");
    expect((await decide(official, { accept: true })).data).toEqual({ refused: "NOT_VISIBLE" });
    await deadlinePassed(competition.id);
    expect((await decide(official, { accept: false })).validationErrors).toBeDefined();
    expect(
      (await decide(official, { accept: false, reason: "Podpis nie obejmuje pliku potwierdzenia." })).data,
    ).toEqual({
      decided: true,
    });
    expect((await decide(official, { accept: true })).data).toEqual({ refused: "ALREADY_DECIDED" });
    expect(await db().offerConfirmation.findUniqueOrThrow({ where: { id: confirmation.id } })).toMatchObject({
      status: "REJECTED",
      decisionReason: "Podpis nie obejmuje pliku potwierdzenia.",
      decidedById: official.id,
    });
    const events = await db().notificationEvent.findMany({
      where: { subjectId: offer.id, type: "offer.confirmation_decided" },
    });
    expect(events.map((e) => e.data)).toEqual([
      { decision: "REJECTED", reason: "Podpis nie obejmuje pliku potwierdzenia." },
    ]);
  });

  it("records a paper confirmation by the office, not on a day to come", async () => {
    const { competition, offer } = await submittedJointOffer();
    await deadlinePassed(competition.id);
    const official = await createOfficial(competition.institutionId);
    actAs(official);
    const signers = [{ name: "Ewa Dąbrowska", function: "Prezes" }];
    expect(
      (await recordPaperConfirmationAction({ offerId: offer.id, receivedOn: "2099-01-01", signers })).validationErrors,
    ).toBeDefined();
    const today = new Date().toISOString().slice(0, 10);
    expect((await recordPaperConfirmationAction({ offerId: offer.id, receivedOn: today, signers })).data).toEqual({
      recorded: true,
    });
    expect(await db().offerConfirmation.findFirstOrThrow({ where: { version: { offerId: offer.id } } })).toMatchObject({
      channel: "PAPER",
      status: "ACCEPTED",
      signers,
    });
    actAs(await createMember(offer.leadOrganisationId, "OWNER"));
    expect((await recordPaperConfirmationAction({ offerId: offer.id, receivedOn: today, signers })).serverError).toBe(
      "FORBIDDEN",
    );
  });
});

describe("the applicants' pages", () => {
  it("lists every error a submission would be refused for, in words, before submitting", async () => {
    const { task, lead } = await openCompetitionWithLead();
    const offer = await createSubmittableDraft(task.id, lead.id);
    await db().offerSection.update({
      where: { offerId_key: { offerId: offer.id, key: "statements" } },
      data: { content: { s1: true } },
    });
    const review = await submissionReview(offer.id, await createMember(lead.id, "EDITOR"), "pl");
    expect(review!.accepting).toBe(true);
    expect(review!.errors.length).toBeGreaterThanOrEqual(6);
    expect(review!.statements.filter((s) => !s.chosen).map((s) => s.number)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(review!.revisions).toMatchObject({ statements: 0, funding: 0 });
  });

  it("show the review and the confirmation to the applicants' members only", async () => {
    const { competition, offer, partner, owner } = await submittedJointOffer();
    expect(await submissionReview(offer.id, owner, "pl")).toMatchObject({ errors: [], maySubmit: true });
    expect(await submissionReview(offer.id, await createMember(partner.id, "MEMBER"), "pl")).toMatchObject({
      maySubmit: false,
    });
    const official = await createOfficial(competition.institutionId);
    expect(await submissionReview(offer.id, official, "pl")).toBeNull();
    expect(await confirmationView(offer.id, official)).toBeNull();
    const view = await confirmationView(offer.id, owner);
    expect(view).toMatchObject({ mayUpload: true, mayWithdraw: true, mayReopen: true, current: { number: 1 } });
    expect(view!.applicants[0]!.board).toEqual([
      { name: "E******* D***", function: "PREZES" },
      { name: "A*** K*******", function: "CZŁONEK ZARZĄDU" },
    ]);
  });
});

describe("the office's view of the offers", () => {
  it("counts the offers per task before the deadline and lists them, searchable by checksum, after it", async () => {
    const { competition, offer, submitted } = await submittedJointOffer();
    const official = await createOfficial(competition.institutionId);
    const before = await officeOffersView(competition.slug, official, {});
    expect(before).toMatchObject({ visible: false, tasks: [{ count: 1, offers: [] }] });
    expect(await officeOfferView(competition.slug, offer.id, official)).toBeNull();
    expect(
      await officeOffersView(
        competition.slug,
        await createOfficial((await createFreshInstitution("Urząd Czwarty")).id),
        {},
      ),
    ).toBeNull();
    expect(
      await officeOffersView(competition.slug, await createMember(offer.leadOrganisationId, "OWNER"), {}),
    ).toBeNull();

    await deadlinePassed(competition.id);
    const after = await officeOffersView(competition.slug, official, {});
    expect(after!.tasks[0]!.offers).toEqual([
      expect.objectContaining({
        id: offer.id,
        applicants: [expect.any(String), "Zielona Odra"],
        number: 1,
        shortChecksum: submitted.shortChecksum,
        requestedGrant: 1_980_000,
        confirmation: null,
      }),
    ]);
    // As printed: with or without dashes, in capitals, the short form or the whole checksum.
    for (const typed of [
      submitted.shortChecksum.toUpperCase(),
      submitted.shortChecksum.replaceAll("-", " "),
      submitted.checksum,
    ]) {
      expect((await officeOffersView(competition.slug, official, { checksum: typed }))!.tasks[0]!.offers).toHaveLength(
        1,
      );
    }
    const other = `${submitted.checksum[0] === "0" ? "1" : "0"}${submitted.checksum.slice(1, 12)}`;
    expect((await officeOffersView(competition.slug, official, { checksum: other }))!.tasks[0]!.offers).toEqual([]);
    const page = await officeOfferView(competition.slug, offer.id, official);
    expect(page).toMatchObject({
      offer: { kind: "JOINT" },
      current: { checksum: submitted.checksum },
      mayRecord: true,
    });
    expect(await officeOfferView("inny-konkurs", offer.id, official)).toBeNull();
  });
});
