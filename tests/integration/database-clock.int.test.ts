// Deadlines judged by the database's clock, not the web host's (security review
// L5): the office's sight of the offers, starting an offer draft, and the
// small-grant remark window and decision agree with the submission, which the
// database's clock decides. The
// host's clock is set two hours away from the database's (only Date is faked:
// the database driver's timers run as usual).
jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { officeOffersView } from "@/lib/competitions/offers-view/list";
import { officeOfferView } from "@/lib/competitions/offers-view/offer";
import { db } from "@/lib/db/client";
import { createOfferDraft } from "@/lib/offers/drafts/mutations";
import { requireVisibleToOffice } from "@/lib/offers/confirmations/policy";
import { readableVersion } from "@/lib/offers/pdf/data";
import { submitOffer } from "@/lib/offers/submission/mutations";
import { offerReader } from "@/lib/offers/submission/policy";
import { decideSmallGrantAction, submitSmallGrantRemarkAction } from "@/lib/small-grants/actions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createActor, createMember, createOfficial, type TestActor } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { createSmallGrantCase } from "@/tests/factories/small-grants";
import {
  createFreshInstitution,
  createSubmittableDraft,
  currentRevisions,
  openCompetitionWithLead,
} from "@/tests/helpers/offer-drafts";
import { actAs } from "@/tests/helpers/session";

jest.setTimeout(60_000);

const HOURS = 3600 * 1000;

/** The web host's clock `offset` ms away from now; every timer but Date stays real. */
function hostClockOff(offset: number) {
  jest.useFakeTimers({
    now: Date.now() + offset,
    doNotFake: [
      "hrtime",
      "nextTick",
      "performance",
      "queueMicrotask",
      "requestAnimationFrame",
      "cancelAnimationFrame",
      "requestIdleCallback",
      "cancelIdleCallback",
      "setImmediate",
      "clearImmediate",
      "setInterval",
      "clearInterval",
      "setTimeout",
      "clearTimeout",
    ],
  });
}

beforeAll(async () => {
  await createInstanceSettings();
});

afterEach(() => {
  jest.useRealTimers();
});

async function submittedOffer() {
  const { competition, task, lead } = await openCompetitionWithLead();
  const offer = await createSubmittableDraft(task.id, lead.id);
  const owner = await createMember(lead.id, "OWNER");
  await submitOffer({ offerId: offer.id, revisions: await currentRevisions(offer.id) }, owner, "pl");
  const official = await createOfficial(competition.institutionId);
  return { competition, offer, official };
}

describe("the office's sight of the offers", () => {
  it("waits for the deadline by the database's clock, though the host's clock has passed it", async () => {
    const { competition, offer, official } = await submittedOffer();
    await db()
      .$executeRaw`UPDATE "Competition" SET "offersDeadline" = clock_timestamp() + interval '1 hour' WHERE id = ${competition.id}`;
    hostClockOff(2 * HOURS);
    expect(await offerReader(official, offer.id)).toBeNull();
    expect(await readableVersion(official, offer.id, 1)).toBeNull();
    expect(await officeOfferView(competition.slug, offer.id, official)).toBeNull();
    expect((await officeOffersView(competition.slug, official, {}))?.visible).toBe(false);
    await expect(requireVisibleToOffice({ offerId: offer.id })).rejects.toMatchObject({ refusal: "NOT_VISIBLE" });
  });

  it("opens when the database's clock has passed the deadline, though the host's clock lags", async () => {
    const { competition, offer, official } = await submittedOffer();
    await db()
      .$executeRaw`UPDATE "Competition" SET "offersDeadline" = clock_timestamp() - interval '1 second', "offersOpenAt" = clock_timestamp() - interval '2 days' WHERE id = ${competition.id}`;
    hostClockOff(-2 * HOURS);
    expect(await offerReader(official, offer.id)).toBe("office");
    expect(await readableVersion(official, offer.id, 1)).not.toBeNull();
    expect(await officeOfferView(competition.slug, offer.id, official)).not.toBeNull();
    expect((await officeOffersView(competition.slug, official, {}))?.visible).toBe(true);
    await expect(requireVisibleToOffice({ offerId: offer.id })).resolves.toBeUndefined();
  });
});

describe("starting an offer draft", () => {
  const startIn = (competition: { id: string; tasks: { id: string }[] }, leadId: string, owner: TestActor) =>
    createOfferDraft(
      {
        competitionId: competition.id,
        taskId: competition.tasks[0]!.id,
        organisationId: leadId,
        kind: "SINGLE",
        coApplicantIds: [],
      },
      owner,
    );

  it("is refused once the database's clock has passed the deadline, though the host's clock lags", async () => {
    const { competition, lead } = await openCompetitionWithLead();
    const owner = await createMember(lead.id, "OWNER");
    await db()
      .$executeRaw`UPDATE "Competition" SET "offersDeadline" = clock_timestamp() - interval '1 second' WHERE id = ${competition.id}`;
    hostClockOff(-2 * HOURS);
    await expect(startIn(competition, lead.id, owner)).rejects.toMatchObject({ refusal: "COMPETITION_NOT_ACCEPTING" });
  });

  it("is taken until the deadline by the database's clock, though the host's clock has passed it", async () => {
    const { competition, lead } = await openCompetitionWithLead();
    const owner = await createMember(lead.id, "OWNER");
    await db()
      .$executeRaw`UPDATE "Competition" SET "offersDeadline" = clock_timestamp() + interval '1 hour' WHERE id = ${competition.id}`;
    hostClockOff(2 * HOURS);
    expect(await startIn(competition, lead.id, owner)).toEqual({ offerId: expect.any(String) });
  });
});

describe("a small grant's remark window", () => {
  it("takes remarks and refuses the decision until its end by the database's clock, the host's clock ahead", async () => {
    const office = await createFreshInstitution("Urząd Zegarowy");
    const applicant = await createOrganisation({ name: "Fundacja Zegarowa", verifiedAt: new Date() });
    const official = await createOfficial(office.id);
    const remarker = await createActor();
    const smallGrant = await createSmallGrantCase({
      institutionId: office.id,
      organisationId: applicant.id,
      publishedDaysAgo: 6,
    });
    await db()
      .$executeRaw`UPDATE "SmallGrantCase" SET "remarksUntil" = clock_timestamp() + interval '1 hour' WHERE id = ${smallGrant.id}`;
    hostClockOff(2 * HOURS);
    actAs(remarker);
    const body = "Proszę dopisać, gdzie odbędą się zajęcia.";
    expect((await submitSmallGrantRemarkAction({ caseId: smallGrant.id, body, actingFor: "" })).data).toMatchObject({
      submitted: expect.any(String),
    });
    actAs(official);
    const accept = { caseId: smallGrant.id, decision: "ACCEPTED" as const, amount: "8 000", reason: "" };
    expect((await decideSmallGrantAction(accept)).data).toEqual({ refused: "REMARKS_STILL_OPEN" });
  });

  it("is closed, and the decision taken, once the database's clock has passed its end, the host's clock behind", async () => {
    const office = await createFreshInstitution("Urząd Spóźniony");
    const applicant = await createOrganisation({ name: "Fundacja Spóźniona", verifiedAt: new Date() });
    const official = await createOfficial(office.id);
    const smallGrant = await createSmallGrantCase({
      institutionId: office.id,
      organisationId: applicant.id,
      publishedDaysAgo: 8,
    });
    await db()
      .$executeRaw`UPDATE "SmallGrantCase" SET "remarksUntil" = clock_timestamp() - interval '1 second' WHERE id = ${smallGrant.id}`;
    hostClockOff(-2 * HOURS);
    actAs(await createActor());
    const body = "Uwaga wysłana po terminie według bazy.";
    expect((await submitSmallGrantRemarkAction({ caseId: smallGrant.id, body, actingFor: "" })).data).toEqual({
      refused: "REMARKS_CLOSED",
    });
    actAs(official);
    const accept = { caseId: smallGrant.id, decision: "ACCEPTED" as const, amount: "8 000", reason: "" };
    expect((await decideSmallGrantAction(accept)).data).toEqual({ decided: true });
  });
});
