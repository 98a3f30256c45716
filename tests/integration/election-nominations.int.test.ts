import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { advanceElections } from "@/lib/elections/advance";
import { createElection, publishElection } from "@/lib/elections/mutations";
import { candidateList, participationOf } from "@/lib/elections/nominations/queries";
import { consentByToken, decideNomination, nominate, recommend } from "@/lib/elections/nominations/mutations";
import type { ElectionFields } from "@/lib/elections/schemas";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { ImageError } from "@/lib/files/images";
import { fileStore } from "@/lib/files/store";
import { uploadCandidatePhoto } from "@/lib/elections/candidate-photos";
import sharp from "sharp";
import { electionFields } from "@/tests/factories/elections";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createInstanceSettings } from "@/tests/factories/settings";
import { drainQueue } from "@/tests/helpers/jobs";
import { createActor, createMember, createOfficial } from "@/tests/factories/people";
import { actAs } from "@/tests/helpers/session";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { servePhoto } from "@/lib/elections/candidate-photo-handlers";
import { routeContext } from "@/tests/helpers/route-context";
import {
  consentAsCandidateAction,
  consentByTokenAction,
  decideNominationAction,
  nominateAction,
  recommendAction,
  withdrawNominationAction,
} from "@/lib/elections/nominations/actions";

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

let institutionId: string;
let commission: Actor;
const verified = () => ({ verifiedAt: new Date(), seatTerritoryCode: "1607053" });

/** A published election whose nominations opened an hour ago (the dates moved back after publishing, as time would). */
async function electionInNominations(overrides: Partial<ElectionFields> = {}) {
  const { id } = await createElection(institutionId, electionFields(overrides), { userId: commission.id, ip: null });
  await publishElection(id, { userId: commission.id, ip: null });
  const start = Date.now() - HOUR;
  return db().election.update({
    where: { id },
    data: {
      nominationsStartAt: new Date(start),
      nominationsEndAt: new Date(start + 7 * DAY),
      checkEndsAt: new Date(start + 10 * DAY),
      votingStartAt: new Date(start + 11 * DAY),
      votingEndAt: new Date(start + 14 * DAY),
      resultsBy: new Date(start + 15 * DAY),
    },
    include: { areas: true },
  });
}

const nomination = (electionId: string, organisationId: string, extra: Record<string, unknown> = {}) => ({
  electionId,
  organisationId,
  areaId: "",
  candidateName: "Maria Kandydacka",
  candidateEmail: "maria.kandydacka@example.org",
  statement: "Od dwudziestu lat prowadzi bank żywności w Nysie.",
  recommendingOrganisationIds: [] as string[],
  locale: "pl" as const,
  ...extra,
});

async function consentLink(email: string): Promise<string> {
  await drainQueue("mail-send");
  const mail = await db().devMailboxMessage.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
  return new URL(/https?:\/\/\S+\?token=[\w-]+/.exec(mail.text)![0]).searchParams.get("token")!;
}

beforeAll(async () => {
  await createInstanceSettings();
  institutionId = (
    await createInstitution({ name: "Województwo Opolskie", kind: "VOIVODESHIP_OFFICE", territoryCode: "16" })
  ).id;
  commission = await createOfficial(institutionId, "ADMINISTRATOR");
});

describe("nominations", () => {
  it("go from nomination through consent by e-mailed link and recommendations to the commission's acceptance and the public list", async () => {
    const election = await electionInNominations({ recommendationsRequired: 2 });
    const nominator = await createOrganisation({ name: "Bank Żywności w Nysie", ...verified() });
    const [first, second] = [
      await createOrganisation({ name: "Stowarzyszenie Pierwsze", ...verified() }),
      await createOrganisation({ name: "Fundacja Druga", ...verified() }),
    ];
    const representative = await createMember(nominator.id, "OWNER");
    actAs(representative);
    // Too few recommenders: the field says so and nothing is saved.
    const tooFew = await nominateAction(
      nomination(election.id, nominator.id, { recommendingOrganisationIds: [first.id] }),
    );
    expect(tooFew.validationErrors).toMatchObject({ recommendingOrganisationIds: { _errors: ["tooFewRecommenders"] } });
    expect(await db().nomination.count({ where: { electionId: election.id } })).toBe(0);

    const made = await nominateAction(
      nomination(election.id, nominator.id, { recommendingOrganisationIds: [first.id, second.id] }),
    );
    const nominationId = (made.data as { nominated: string }).nominated;
    expect(await db().nomination.findUniqueOrThrow({ where: { id: nominationId } })).toMatchObject({
      state: "AWAITING_CONSENT",
      nominatedById: representative.id,
    });
    // The limit (one per organisation) holds.
    expect(
      (
        await nominateAction(
          nomination(election.id, nominator.id, {
            candidateName: "Drugi Kandydat",
            recommendingOrganisationIds: [first.id, second.id],
          }),
        )
      ).data,
    ).toEqual({ refused: "nominationLimitReached" });

    // The recommenders are asked; one confirms before the candidate consents.
    const firstRepresentative = await createMember(first.id, "OWNER");
    const requests = await db().notificationEvent.findMany({
      where: { type: "election.recommendation_requested", subjectId: election.id },
    });
    expect(requests).toHaveLength(1);
    actAs(firstRepresentative);
    expect(
      (await participationOf(firstRepresentative, election.id)).requests.map(
        (request) => request.nomination.candidateName,
      ),
    ).toEqual(["Maria Kandydacka"]);
    // Acting for an organisation one does not represent is refused.
    expect((await recommendAction({ nominationId, organisationId: second.id, confirm: true })).serverError).toBe(
      "FORBIDDEN",
    );
    expect((await recommendAction({ nominationId, organisationId: first.id, confirm: true })).data).toEqual({
      recommended: true,
    });
    expect((await recommendAction({ nominationId, organisationId: first.id, confirm: false })).data).toEqual({
      refused: "recommendationAlreadyAnswered",
    });

    // The candidate, without an account, consents through the link (once).
    const token = await consentLink("maria.kandydacka@example.org");
    actAs(null);
    expect((await consentByTokenAction({ token, consent: true, bioPublicationConsent: true })).data).toEqual({
      decided: true,
    });
    expect((await consentByTokenAction({ token, consent: false, bioPublicationConsent: false })).data).toEqual({
      refused: "consentLinkInvalid",
    });
    expect((await db().nomination.findUniqueOrThrow({ where: { id: nominationId } })).state).toBe(
      "AWAITING_RECOMMENDATIONS",
    );

    await recommend(
      await createMember(second.id, "OWNER"),
      { nominationId, organisationId: second.id, confirm: true },
      null,
    );
    expect((await db().nomination.findUniqueOrThrow({ where: { id: nominationId } })).state).toBe("SUBMITTED");

    // Only the commission decides; a rejection needs a reason.
    actAs(representative);
    expect((await decideNominationAction({ nominationId, decision: "ACCEPTED", reason: "" })).serverError).toBe(
      "FORBIDDEN",
    );
    actAs(commission);
    expect(
      (await decideNominationAction({ nominationId, decision: "REJECTED", reason: "" })).validationErrors,
    ).toMatchObject({ reason: { _errors: ["rejectionReasonRequired"] } });
    expect((await decideNominationAction({ nominationId, decision: "ACCEPTED", reason: "" })).data).toEqual({
      decided: true,
    });
    const decided = await db().notificationEvent.findFirstOrThrow({
      where: { type: "election.nomination_decided", subjectId: election.id },
    });
    expect(decided.audience).toMatchObject({ organisations: [{ id: nominator.id }] });
    expect(decided.data).toMatchObject({ decision: "ACCEPTED", candidate: "Maria Kandydacka" });

    expect(await candidateList(election)).toEqual([
      expect.objectContaining({
        candidateName: "Maria Kandydacka",
        statement: "Od dwudziestu lat prowadzi bank żywności w Nysie.",
        organisation: { name: "Bank Żywności w Nysie", slug: nominator.slug },
      }),
    ]);
  });

  it("refuse ineligible organisations, recommenders and missing areas, and whatever comes outside the window", async () => {
    const election = await electionInNominations({
      seats: 4,
      votesPerBallot: 2,
      areas: [
        { name: "Południe", seats: 2, territoryCodes: ["1607"] },
        { name: "Północ", seats: 2, territoryCodes: ["1601"] },
      ],
    });
    const unverified = await createOrganisation({ name: "Stowarzyszenie Nowe", seatTerritoryCode: "1607053" });
    const elsewhere = await createOrganisation({
      name: "Fundacja z Wrocławia",
      verifiedAt: new Date(),
      seatTerritoryCode: "0264011",
    });
    const nominator = await createOrganisation({ name: "Klub Sportowy Nysa", ...verified() });
    actAs(await createMember(unverified.id, "OWNER"));
    expect((await nominateAction(nomination(election.id, unverified.id))).data).toEqual({
      refused: "organisationNotEligible",
    });
    const representative = await createMember(nominator.id, "OWNER");
    actAs(representative);
    expect((await nominateAction(nomination(election.id, nominator.id))).validationErrors).toMatchObject({
      areaId: { _errors: ["nominationAreaRequired"] },
    });
    const area = election.areas[0]!.id;
    expect(
      (
        await nominateAction(
          nomination(election.id, nominator.id, { areaId: area, recommendingOrganisationIds: [elsewhere.id] }),
        )
      ).validationErrors,
    ).toMatchObject({ recommendingOrganisationIds: { _errors: ["recommenderNotEligible"] } });
    expect(
      (
        await nominateAction(
          nomination(election.id, nominator.id, { areaId: area, recommendingOrganisationIds: [nominator.id] }),
        )
      ).validationErrors,
    ).toMatchObject({ recommendingOrganisationIds: { _errors: ["recommenderIsNominator"] } });
    // Another person's organisation.
    expect((await nominateAction(nomination(election.id, elsewhere.id, { areaId: area }))).serverError).toBe(
      "FORBIDDEN",
    );
    expect(await db().nomination.count({ where: { electionId: election.id } })).toBe(0);

    // The server's clock: a second after the end of nominations nothing is accepted.
    const afterEnd = new Date(election.nominationsEndAt.getTime() + 1000);
    await expect(
      nominate(
        representative,
        { ...nomination(election.id, nominator.id, { areaId: area }), areaId: area },
        { ip: null, locale: "pl" },
        afterEnd,
      ),
    ).rejects.toEqual(new RuleRefusal("nominationsClosed"));

    // Within the window it is accepted; withdrawn, it frees the organisation's place.
    const made = await nominateAction(
      nomination(election.id, nominator.id, {
        areaId: area,
        candidateEmail: "jan@example.org",
        candidateName: "Jan Zgłoszony",
      }),
    );
    const nominationId = (made.data as { nominated: string }).nominated;
    expect((await withdrawNominationAction({ nominationId })).data).toEqual({ withdrawn: true });
    expect((await nominateAction(nomination(election.id, nominator.id, { areaId: area }))).data).toHaveProperty(
      "nominated",
    );
    // The withdrawn nomination's link no longer works.
    const token = await consentLink("jan@example.org");
    await expect(
      consentByToken(token, { consent: true, bioPublicationConsent: true }, { userId: null, ip: null }),
    ).rejects.toEqual(new RuleRefusal("consentLinkInvalid"));
  });

  it("let a signed-in candidate consent without the link, hide the statement they keep private, and order a drawn list by the seed", async () => {
    const election = await electionInNominations({ candidateOrder: "DRAWN" });
    const names = ["Anna Zielińska", "Bartosz Łęcki", "Celina Ćwik", "Dawid Żak"];
    const ids: string[] = [];
    for (const [index, name] of names.entries()) {
      const organisation = await createOrganisation({ name: `Organizacja ${index}`, ...verified() });
      const made = await nominate(
        await createMember(organisation.id, "OWNER"),
        nomination(election.id, organisation.id, {
          candidateName: name,
          candidateEmail: `kandydat${index}@example.org`,
          areaId: null,
        }),
        { ip: null, locale: "pl" },
      );
      ids.push(made.id);
    }
    // The first candidate has an account with the nominated address: they consent signed in, keeping the statement private.
    const candidate = await createActor({ email: "kandydat0@example.org" });
    actAs(candidate);
    expect((await participationOf(candidate, election.id)).candidacies.map((c) => c.id)).toEqual([ids[0]]);
    expect(
      (await consentAsCandidateAction({ nominationId: ids[1]!, consent: true, bioPublicationConsent: true }))
        .serverError,
    ).toBe("NOT_FOUND");
    expect(
      (await consentAsCandidateAction({ nominationId: ids[0]!, consent: true, bioPublicationConsent: false })).data,
    ).toEqual({ decided: true });
    expect(await db().nomination.findUniqueOrThrow({ where: { id: ids[0] } })).toMatchObject({
      state: "SUBMITTED",
      candidateUserId: candidate.id,
      consentTokenHash: null,
    });
    for (const index of [1, 2, 3])
      await consentByToken(
        await consentLink(`kandydat${index}@example.org`),
        { consent: true, bioPublicationConsent: true },
        { userId: null, ip: null },
      );
    // An incomplete nomination cannot be accepted.
    const incomplete = await nominate(
      await createMember((await createOrganisation({ name: "Organizacja bez zgody", ...verified() })).id, "OWNER"),
      nomination(
        election.id,
        (await db().organisation.findFirstOrThrow({ where: { name: "Organizacja bez zgody" } })).id,
        { areaId: null, candidateEmail: "brak@example.org" },
      ),
      { ip: null, locale: "pl" },
    );
    await expect(
      decideNomination(
        { userId: commission.id, ip: null },
        { nominationId: incomplete.id, decision: "ACCEPTED", reason: "" },
      ),
    ).rejects.toEqual(new RuleRefusal("nominationIncomplete"));
    for (const id of ids)
      await decideNomination(
        { userId: commission.id, ip: null },
        { nominationId: id, decision: "ACCEPTED", reason: "" },
      );

    const list = await candidateList(election);
    expect(list.find((c) => c.candidateName === "Anna Zielińska")?.statement).toBeNull();
    // Drawn from the seed: the same order every time, and (for this seed) not simply the alphabet.
    expect((await candidateList(election)).map((c) => c.id)).toEqual(list.map((c) => c.id));
    const { drawOrder } = await import("@/lib/elections/draw");
    expect(list.map((c) => c.id)).toEqual(drawOrder(election.drawSeed!, "candidates", [...ids].sort(), (id) => id));
    // Alphabetical in Polish: Ł after L, Ż last.
    const alphabetical = await candidateList({ ...election, candidateOrder: "ALPHABETICAL" });
    expect(alphabetical.map((c) => c.candidateName)).toEqual([
      "Anna Zielińska",
      "Bartosz Łęcki",
      "Celina Ćwik",
      "Dawid Żak",
    ]);
  });

  it("carry a re-encoded photo that only the nominator and the commission see until the candidate's consent and the public list", async () => {
    const election = await electionInNominations();
    const nominator = await createOrganisation({ name: "Fundacja ze Zdjęciem", ...verified() });
    const other = await createOrganisation({ name: "Stowarzyszenie Obok", ...verified() });
    const representative = await createMember(nominator.id, "OWNER");
    const png = new Uint8Array(
      await sharp({ create: { width: 1200, height: 900, channels: 3, background: "#1e40af" } })
        .png()
        .toBuffer(),
    );
    // Only representatives upload, and only pictures.
    await expect(uploadCandidatePhoto(await createActor(), election.id, png)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      uploadCandidatePhoto(representative, election.id, new TextEncoder().encode("<svg onload=alert(1)>")),
    ).rejects.toEqual(new ImageError("NOT_AN_IMAGE"));
    const { photoId } = await uploadCandidatePhoto(representative, election.id, png);
    const stored = await db().storedFile.findUniqueOrThrow({ where: { id: photoId } });
    expect(stored).toMatchObject({ kind: "webp", contentType: "image/webp", uploadedById: representative.id });
    expect((await sharp(Buffer.from((await fileStore().get(stored.storageKey))!)).metadata()).width).toBe(600);

    // Another person's upload cannot be claimed.
    const othersPhoto = (await uploadCandidatePhoto(await createMember(other.id, "OWNER"), election.id, png)).photoId;
    actAs(representative);
    expect(
      (
        await nominateAction(
          nomination(election.id, nominator.id, { photoId: othersPhoto, candidateEmail: "foto@example.org" }),
        )
      ).validationErrors,
    ).toMatchObject({ photoId: { _errors: ["candidatePhotoInvalid"] } });
    const made = await nominateAction(
      nomination(election.id, nominator.id, { photoId, candidateEmail: "foto@example.org" }),
    );
    const nominationId = (made.data as { nominated: string }).nominated;
    expect((await db().nomination.findUniqueOrThrow({ where: { id: nominationId } })).photoId).toBe(photoId);

    const served = async (viewer: Actor | null) => {
      actAs(viewer);
      return servePhoto(new Request("http://localhost/photo"), routeContext({ id: election.id, nominationId }));
    };
    expect((await served(null)).status).toBe(404);
    expect((await served(await createMember(other.id, "OWNER"))).status).toBe(404);
    expect((await served(representative)).headers.get("cache-control")).toBe("private, no-store");
    const forCommission = await served(commission);
    expect([forCommission.status, forCommission.headers.get("content-type")]).toEqual([200, "image/webp"]);

    // Consent to publication, acceptance, the list public: anyone sees the photo.
    await consentByToken(
      await consentLink("foto@example.org"),
      { consent: true, bioPublicationConsent: true },
      { userId: null, ip: null },
    );
    await decideNomination({ userId: commission.id, ip: null }, { nominationId, decision: "ACCEPTED", reason: "" });
    const now = Date.now();
    await db().election.update({
      where: { id: election.id },
      data: { nominationsEndAt: new Date(now - 2 * HOUR), checkEndsAt: new Date(now - HOUR) },
    });
    const publicAnswer = await served(null);
    expect([publicAnswer.status, publicAnswer.headers.get("cache-control")]).toEqual([200, "public, max-age=300"]);
    expect((await candidateList(election)).find((c) => c.id === nominationId)?.hasPhoto).toBe(true);
  });

  it("are announced once when they open, to eligible organisations and the organiser's followers", async () => {
    const { id } = await createElection(institutionId, electionFields({ title: "Wybory z ogłoszeniem" }), {
      userId: commission.id,
      ip: null,
    });
    await publishElection(id, { userId: commission.id, ip: null });
    const election = await db().election.findUniqueOrThrow({ where: { id } });
    const eligible = await createOrganisation({ name: "Organizacja uprawniona", ...verified() });
    // (The elections of the tests above are open too, and announced on the first run.)
    expect(
      (await advanceElections(new Date(election.nominationsStartAt.getTime() - 1000))).nominationsOpened,
    ).not.toContain(id);
    const opening = new Date(election.nominationsStartAt.getTime() + 1000);
    expect((await advanceElections(opening)).nominationsOpened).toEqual([id]);
    expect((await advanceElections(opening)).nominationsOpened).toEqual([]);
    const events = await db().notificationEvent.findMany({
      where: { type: "election.nominations_opened", subjectId: id },
    });
    expect(events).toHaveLength(1);
    const audience = events[0]!.audience as { organisations: { id: string }[]; topic: { institutionId: string } };
    expect(audience.organisations.map((o) => o.id)).toContain(eligible.id);
    expect(audience.topic.institutionId).toBe(institutionId);
  });
});
