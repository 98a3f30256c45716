import { db } from "@/lib/db/client";
import { createOrganisation } from "@/tests/factories/organisations";
import { createActor, createMember, createOfficial } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { actAs, runAs } from "@/tests/helpers/concurrent-session";
import { drainQueue } from "@/tests/helpers/jobs";
import {
  createFreshInstitution,
  createSubmittableDraft,
  currentRevisions,
  openCompetitionWithLead,
} from "@/tests/helpers/offer-drafts";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/concurrent-session"));

import { reopenOfferAction, submitOfferAction, withdrawOfferAction } from "@/lib/offers/submission/actions";

beforeAll(async () => {
  await createInstanceSettings();
});

async function submitAs(actor: Parameters<typeof actAs>[0], offerId: string, revisions?: Record<string, number>) {
  actAs(actor);
  return submitOfferAction({ offerId, revisions: revisions ?? (await currentRevisions(offerId)), locale: "pl" });
}

/** Moves the competition's deadline to the database's now plus `seconds` (negative: already passed). */
async function deadlineIn(competitionId: string, seconds: number) {
  await db()
    .$executeRaw`UPDATE "Competition" SET "offersDeadline" = clock_timestamp() + make_interval(secs => ${seconds}) WHERE id = ${competitionId}`;
}

const versionsOf = (offerId: string) => db().offerVersion.findMany({ where: { offerId }, orderBy: { number: "asc" } });

describe("submitting an offer", () => {
  it("is for the lead organisation's owners and editors only", async () => {
    const { competition, task, lead } = await openCompetitionWithLead();
    const offer = await createSubmittableDraft(task.id, lead.id);
    const other = await createOrganisation({ verifiedAt: new Date() });
    const anotherOffice = await createFreshInstitution("Urząd Obcy");
    expect((await submitAs(null, offer.id)).serverError).toBe("UNAUTHENTICATED");
    expect((await submitAs(await createMember(lead.id, "MEMBER"), offer.id)).serverError).toBe("FORBIDDEN");
    expect((await submitAs(await createMember(other.id, "OWNER"), offer.id)).serverError).toBe("FORBIDDEN");
    expect((await submitAs(await createOfficial(competition.institutionId), offer.id)).serverError).toBe("FORBIDDEN");
    expect((await submitAs(await createOfficial(anotherOffice.id), offer.id)).serverError).toBe("FORBIDDEN");
    expect((await submitAs(await createActor(), offer.id)).serverError).toBe("FORBIDDEN");
    expect(await versionsOf(offer.id)).toHaveLength(0);
  });

  it("freezes the draft as version 1 with its checksum, totals and rules, and tells the applicants", async () => {
    const { task, lead } = await openCompetitionWithLead();
    const partner = await createOrganisation({ verifiedAt: new Date(), name: "Zielona Odra" });
    const offer = await createSubmittableDraft(task.id, lead.id, [{ id: partner.id, name: partner.name }]);
    const editor = await createMember(lead.id, "EDITOR");
    const result = await submitAs(editor, offer.id);
    expect(result.validationErrors).toBeUndefined();
    expect(result.data).toMatchObject({
      number: 1,
      shortChecksum: expect.stringMatching(/^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/),
    });
    const [version] = await versionsOf(offer.id);
    expect(version).toMatchObject({
      number: 1,
      templateVersion: "2057-2018-zal1@1",
      totalCost: 2_200_000n,
      requestedGrant: 1_980_000n,
      ownFinancial: 200_000n,
      ownNonFinancial: 20_000n,
      years: [2027, 2028],
      submittedById: editor.id,
    });
    expect(version!.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(version!.shortChecksum).toBe(
      `${version!.checksum.slice(0, 4)}-${version!.checksum.slice(4, 8)}-${version!.checksum.slice(8, 12)}`,
    );
    expect(version!.content).toMatchObject({
      header: { offerId: offer.id, number: 1 },
      document: { funding: { grant: 1_980_000 } },
    });
    const stored = await db().offer.findUniqueOrThrow({ where: { id: offer.id } });
    expect(stored).toMatchObject({ status: "SUBMITTED", currentVersionId: version!.id, title: "Seniorzy w sieci" });
    const events = await db().notificationEvent.findMany({ where: { subjectId: offer.id, type: "offer.submitted" } });
    expect(events).toHaveLength(1);
    expect(events[0]!.audience).toEqual({
      organisations: [
        { id: lead.id, roles: ["OWNER", "EDITOR"] },
        { id: partner.id, roles: ["OWNER", "EDITOR"] },
      ],
    });
    // The receipt reaches the person who submitted, with the full checksum.
    await drainQueue("mail-send");
    const receipt = await db().devMailboxMessage.findFirstOrThrow({ where: { to: editor.email } });
    expect(receipt.text).toContain(version!.checksum);
    expect(receipt.text).toContain(version!.shortChecksum);
    // Edits of a submitted offer are refused: submitting again is not a new version.
    expect((await submitAs(editor, offer.id)).data).toEqual({ refused: "OFFER_NOT_DRAFT" });
  });

  it("is refused after the deadline by the database's clock, to the second", async () => {
    const { competition, task, lead } = await openCompetitionWithLead();
    const owner = await createMember(lead.id, "OWNER");
    const early = await createSubmittableDraft(task.id, lead.id);
    const late = await createSubmittableDraft(task.id, lead.id);
    const revisions = await currentRevisions(early.id);
    await deadlineIn(competition.id, 1);
    expect((await submitAs(owner, early.id, revisions)).data).toMatchObject({ number: 1 });
    await deadlineIn(competition.id, -1);
    expect((await submitAs(owner, late.id)).data).toEqual({ refused: "DEADLINE_PASSED" });
    expect(await versionsOf(late.id)).toHaveLength(0);
  });

  it("is refused before the competition opens, and once it is decided", async () => {
    const { competition, task, lead } = await openCompetitionWithLead({ opensInDays: 2 });
    const offer = await createSubmittableDraft(task.id, lead.id);
    const owner = await createMember(lead.id, "OWNER");
    expect((await submitAs(owner, offer.id)).data).toEqual({ refused: "NOT_OPEN_YET" });
    await db().competition.update({
      where: { id: competition.id },
      data: { status: "DECIDED", offersOpenAt: new Date(Date.now() - 86_400_000) },
    });
    expect((await submitAs(owner, offer.id)).data).toEqual({ refused: "DEADLINE_PASSED" });
  });

  it("refuses a page that has not seen the latest revision of every section", async () => {
    const { task, lead } = await openCompetitionWithLead();
    const offer = await createSubmittableDraft(task.id, lead.id);
    const editor = await createMember(lead.id, "EDITOR");
    const seen = await currentRevisions(offer.id);
    // Another editor saved the funding meanwhile.
    await db().offerSection.update({
      where: { offerId_key: { offerId: offer.id, key: "funding" } },
      data: { revision: { increment: 1 } },
    });
    expect((await submitAs(editor, offer.id, seen)).data).toEqual({ refused: "STALE_DRAFT" });
    const { funding: _funding, ...withoutFunding } = await currentRevisions(offer.id);
    expect((await submitAs(editor, offer.id, withoutFunding)).data).toEqual({ refused: "STALE_DRAFT" });
    expect(await versionsOf(offer.id)).toHaveLength(0);
    expect((await submitAs(editor, offer.id)).data).toMatchObject({ number: 1 });
  });

  it("names the fields a check refuses, in words, and writes nothing", async () => {
    const { task, lead } = await openCompetitionWithLead({ tasks: [{ maxGrant: 1_000_000 }] });
    const partner = await createOrganisation({ name: "Stowarzyszenie Niezweryfikowane" });
    const offer = await createSubmittableDraft(task.id, lead.id, [{ id: partner.id, name: partner.name }]);
    const result = await submitAs(await createMember(lead.id, "OWNER"), offer.id);
    const errors = result.validationErrors as Record<string, { _errors: string[] }>;
    expect(errors["funding.grant"]?._errors[0]).toMatch(/maksymalną.*10\s000,00\szł/);
    expect(
      Object.values(errors)
        .flatMap((e) => e._errors)
        .join(" "),
    ).toContain("Stowarzyszenie Niezweryfikowane");
    expect(await versionsOf(offer.id)).toHaveLength(0);
    expect((await db().offer.findUniqueOrThrow({ where: { id: offer.id } })).status).toBe("DRAFT");
  });

  it("is refused when the lead organisation is no longer verified, naming it", async () => {
    const { task, lead } = await openCompetitionWithLead();
    const offer = await createSubmittableDraft(task.id, lead.id);
    const owner = await createMember(lead.id, "OWNER");
    // Verification withdrawn after the draft was started: the trust mark falls with the fact.
    await db().organisation.update({ where: { id: lead.id }, data: { verifiedAt: null, name: "Fundacja Cofnięta" } });
    const result = await submitAs(owner, offer.id);
    const errors = result.validationErrors as Record<string, { _errors: string[] }>;
    expect(
      Object.values(errors ?? {})
        .flatMap((e) => e._errors)
        .join(" "),
    ).toContain("Fundacja Cofnięta nie jest zweryfikowana");
    expect(await versionsOf(offer.id)).toHaveLength(0);
  });

  it("leaves one version when the same offer is submitted 20 times at once", async () => {
    const { task, lead } = await openCompetitionWithLead();
    const offer = await createSubmittableDraft(task.id, lead.id);
    const editors = await Promise.all(Array.from({ length: 4 }, () => createMember(lead.id, "EDITOR")));
    const revisions = await currentRevisions(offer.id);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        runAs(editors[i % editors.length]!, () => submitOfferAction({ offerId: offer.id, revisions, locale: "pl" })),
      ),
    );
    const accepted = results.filter((r) => r.data && "number" in r.data);
    expect(accepted).toHaveLength(1);
    expect(results.filter((r) => r.data && "refused" in r.data && r.data.refused === "OFFER_NOT_DRAFT")).toHaveLength(
      19,
    );
    expect(await versionsOf(offer.id)).toHaveLength(1);
  });
});

describe("withdrawing and reopening", () => {
  it("withdraws before the deadline, reopens as a draft from the version and submits version 2", async () => {
    const { task, lead } = await openCompetitionWithLead();
    const offer = await createSubmittableDraft(task.id, lead.id);
    const owner = await createMember(lead.id, "OWNER");
    expect((await submitAs(owner, offer.id)).data).toMatchObject({ number: 1 });

    actAs(await createMember(lead.id, "MEMBER"));
    expect((await withdrawOfferAction({ offerId: offer.id })).serverError).toBe("FORBIDDEN");
    actAs(owner);
    expect((await withdrawOfferAction({ offerId: offer.id })).data).toEqual({ withdrawn: true });
    expect((await db().offer.findUniqueOrThrow({ where: { id: offer.id } })).status).toBe("WITHDRAWN");
    expect((await withdrawOfferAction({ offerId: offer.id })).data).toEqual({ refused: "NOT_SUBMITTED" });
    expect(await db().notificationEvent.count({ where: { subjectId: offer.id, type: "offer.withdrawn" } })).toBe(1);

    const before = await currentRevisions(offer.id);
    expect((await reopenOfferAction({ offerId: offer.id })).data).toEqual({ reopened: true });
    const after = await currentRevisions(offer.id);
    // Every section's revision rose: a tab still holding the old draft can neither save nor submit it.
    for (const key of Object.keys(before)) expect(after[key]).toBe(before[key]! + 1);
    expect((await submitAs(owner, offer.id, before)).data).toEqual({ refused: "STALE_DRAFT" });
    const second = await submitAs(owner, offer.id);
    expect(second.data).toMatchObject({ number: 2 });
    const versions = await versionsOf(offer.id);
    expect(versions.map((v) => v.number)).toEqual([1, 2]);
    expect(versions[0]!.checksum).not.toBe(versions[1]!.checksum);
  });

  it("keeps the announcement's offers per task: no reopening past it, no submitting past it", async () => {
    const { task, lead } = await openCompetitionWithLead({ overrides: { maxOffersPerApplicantPerTask: 1 } });
    const owner = await createMember(lead.id, "OWNER");
    const first = await createSubmittableDraft(task.id, lead.id);
    expect((await submitAs(owner, first.id)).data).toMatchObject({ number: 1 });
    actAs(owner);
    expect((await withdrawOfferAction({ offerId: first.id })).data).toEqual({ withdrawn: true });
    // The withdrawn offer no longer counts, so another one is started and submitted...
    const second = await createSubmittableDraft(task.id, lead.id);
    expect((await submitAs(owner, second.id)).data).toMatchObject({ number: 1 });
    // ...and the first cannot come back beside it.
    actAs(owner);
    expect((await reopenOfferAction({ offerId: first.id })).data).toEqual({ refused: "OFFERS_PER_TASK_LIMIT" });
    expect((await db().offer.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("WITHDRAWN");
    // A draft that got past the start (stored directly here, as a race would) is not submitted either.
    const third = await createSubmittableDraft(task.id, lead.id);
    expect((await submitAs(owner, third.id)).data).toEqual({ refused: "OFFERS_PER_TASK_LIMIT" });
    expect(await versionsOf(third.id)).toHaveLength(0);
  });

  it("refuses withdrawal and reopening after the deadline", async () => {
    const { competition, task, lead } = await openCompetitionWithLead();
    const offer = await createSubmittableDraft(task.id, lead.id);
    const owner = await createMember(lead.id, "OWNER");
    expect((await submitAs(owner, offer.id)).data).toMatchObject({ number: 1 });
    await deadlineIn(competition.id, -1);
    actAs(owner);
    expect((await withdrawOfferAction({ offerId: offer.id })).data).toEqual({ refused: "DEADLINE_PASSED" });
    expect((await reopenOfferAction({ offerId: offer.id })).data).toEqual({ refused: "DEADLINE_PASSED" });
    expect((await db().offer.findUniqueOrThrow({ where: { id: offer.id } })).status).toBe("SUBMITTED");
  });
});
