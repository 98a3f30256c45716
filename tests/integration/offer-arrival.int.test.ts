// Submissions at the deadline are judged by when they arrived (lib/db/clock.ts
// arrivalTime), not by when their transaction got a connection or the offer's
// row lock: the offset to the database's clock is right to a few ms, and a
// submit that arrives before the deadline but waits past it is on time, with
// its arrival as submittedAt.
import { arrivalTime, databaseClockOffset, forgetDatabaseClockOffset } from "@/lib/db/clock";
import { db } from "@/lib/db/client";
import { createMember } from "@/tests/factories/people";
import { createInstanceSettings } from "@/tests/factories/settings";
import { actAs } from "@/tests/helpers/concurrent-session";
import { createSubmittableDraft, currentRevisions, openCompetitionWithLead } from "@/tests/helpers/offer-drafts";

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/concurrent-session"));

import { submitOfferAction, withdrawOfferAction } from "@/lib/offers/submission/actions";
import { submitOffer } from "@/lib/offers/submission/mutations";
import { saveOfferSections } from "@/lib/offers/drafts/mutations";
import { addOfferAttachment, removeOfferAttachment } from "@/lib/offers/attachments/files";
import { pdfFile } from "@/tests/factories/document-files";
import { APP_POOL_CONNECTIONS } from "@/lib/db/connection-budget";

beforeAll(async () => {
  await createInstanceSettings();
});

const databaseTime = async () =>
  (await db().$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AS now`)[0]!.now.getTime();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function deadlineIn(competitionId: string, seconds: number) {
  await db()
    .$executeRaw`UPDATE "Competition" SET "offersDeadline" = clock_timestamp() + make_interval(secs => ${seconds}) WHERE id = ${competitionId}`;
}

/** Holds the offer's row lock in a transaction of its own until `release` is called. */
async function holdOfferLock(offerId: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let taken!: () => void;
  const lockTaken = new Promise<void>((resolve) => (taken = resolve));
  const holder = db().$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Offer" WHERE id = ${offerId} FOR UPDATE`;
      taken();
      await released;
    },
    { timeout: 20_000 },
  );
  await lockTaken;
  return async () => {
    release();
    await holder;
  };
}

describe("the arrival time", () => {
  it("is the database's clock_timestamp() at the call, to a few ms (half a round trip at worst: 25 ms allowed on a loaded machine)", async () => {
    forgetDatabaseClockOffset();
    await databaseClockOffset();
    for (let round = 0; round < 5; round++) {
      const before = await databaseTime();
      const arrived = (await arrivalTime()).getTime();
      const after = await databaseTime();
      expect(arrived).toBeGreaterThanOrEqual(before - 25);
      expect(arrived).toBeLessThanOrEqual(after + 25);
    }
  });

  it("counts from the call, not from when the first offset measurement answers", async () => {
    forgetDatabaseClockOffset();
    const before = await databaseTime();
    const arrived = (await arrivalTime()).getTime();
    const after = await databaseTime();
    // The first measurement is the only one known, so its error is up to half its round trip: on a loaded
    // machine that is more than the 5 ms allowed above once the offset has settled.
    expect(arrived).toBeGreaterThanOrEqual(before - 50);
    expect(arrived).toBeLessThanOrEqual(after + 50);
  });
});

/** Takes every connection of the app's pool for `ms`; resolves once all are taken, to a promise of their ending. */
async function holdWholePool(ms: number) {
  const taken: Promise<void>[] = [];
  const holders = Array.from({ length: APP_POOL_CONNECTIONS }, () => {
    let signal!: () => void;
    taken.push(new Promise<void>((resolve) => (signal = resolve)));
    return db().$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1`;
        signal();
        await tx.$executeRaw`SELECT pg_sleep(${ms / 1000})`;
      },
      { timeout: ms + 10_000 },
    );
  });
  await Promise.all(taken);
  return { released: Promise.all(holders) };
}

describe("a submit that waits for a connection", () => {
  it("queues behind a full pool for longer than Prisma's default 2 s instead of failing", async () => {
    const { task, lead } = await openCompetitionWithLead();
    const owner = await createMember(lead.id, "OWNER");
    const offer = await createSubmittableDraft(task.id, lead.id);
    const revisions = await currentRevisions(offer.id);
    await databaseClockOffset();
    const pool = await holdWholePool(3_000);
    const submitted = await submitOffer({ offerId: offer.id, revisions }, { id: owner.id }, "pl");
    await pool.released;
    expect(submitted.number).toBe(1);
  });

  it("and so does a save of the last edits", async () => {
    const { task, lead } = await openCompetitionWithLead();
    const owner = await createMember(lead.id, "OWNER");
    const offer = await createSubmittableDraft(task.id, lead.id);
    const revisions = await currentRevisions(offer.id);
    const pool = await holdWholePool(3_000);
    const saved = await saveOfferSections(
      offer.id,
      [{ key: "description", baseRevision: revisions.description!, content: { title: "W ostatniej minucie" } }],
      owner,
    );
    await pool.released;
    expect(saved).toEqual({ saved: [{ key: "description", revision: revisions.description! + 1 }], conflicts: [] });
  });
});

describe("a submit that waits past the deadline", () => {
  it("is on time when it arrived before the deadline, with its arrival as submittedAt", async () => {
    const { competition, task, lead } = await openCompetitionWithLead();
    const owner = await createMember(lead.id, "OWNER");
    const offer = await createSubmittableDraft(task.id, lead.id);
    const revisions = await currentRevisions(offer.id);
    await deadlineIn(competition.id, 5);
    const { offersDeadline } = await db().competition.findUniqueOrThrow({ where: { id: competition.id } });
    const release = await holdOfferLock(offer.id);

    const sentAt = await databaseTime();
    actAs(owner);
    const submitting = submitOfferAction({ offerId: offer.id, revisions, locale: "pl" });
    // The submit now waits for the lock until after the deadline.
    await sleep(Math.max(0, offersDeadline.getTime() - (await databaseTime())) + 300);
    expect(await databaseTime()).toBeGreaterThan(offersDeadline.getTime());
    await release();

    const result = await submitting;
    expect(result.data).toMatchObject({ number: 1 });
    const stored = await db().offer.findUniqueOrThrow({ where: { id: offer.id } });
    expect(stored.status).toBe("SUBMITTED");
    const submittedAt = stored.submittedAt!.getTime();
    expect(submittedAt).toBeGreaterThanOrEqual(sentAt - 50);
    expect(submittedAt).toBeLessThan(offersDeadline.getTime());
  });

  it("and a withdrawal that arrived before the deadline is taken too", async () => {
    const { competition, task, lead } = await openCompetitionWithLead();
    const owner = await createMember(lead.id, "OWNER");
    const offer = await createSubmittableDraft(task.id, lead.id);
    actAs(owner);
    expect(
      (await submitOfferAction({ offerId: offer.id, revisions: await currentRevisions(offer.id), locale: "pl" })).data,
    ).toMatchObject({ number: 1 });
    await deadlineIn(competition.id, 5);
    const { offersDeadline } = await db().competition.findUniqueOrThrow({ where: { id: competition.id } });
    const release = await holdOfferLock(offer.id);

    actAs(owner);
    const withdrawing = withdrawOfferAction({ offerId: offer.id });
    await sleep(Math.max(0, offersDeadline.getTime() - (await databaseTime())) + 300);
    await release();

    expect((await withdrawing).data).toEqual({ withdrawn: true });
    const stored = await db().offer.findUniqueOrThrow({ where: { id: offer.id } });
    expect(stored.status).toBe("WITHDRAWN");
    expect(stored.withdrawnAt!.getTime()).toBeLessThan(offersDeadline.getTime());
  });
});

describe("changes to a draft that arrive after the deadline", () => {
  // A submit that arrived in time freezes what the draft holds when it gets the lock: nothing that
  // arrived after the deadline may have changed it meanwhile (security review of session 19, M1).
  it("are refused for its sections, keeping what was saved", async () => {
    const { competition, task, lead } = await openCompetitionWithLead();
    const owner = await createMember(lead.id, "OWNER");
    const offer = await createSubmittableDraft(task.id, lead.id);
    const revisions = await currentRevisions(offer.id);
    await deadlineIn(competition.id, -1);
    await expect(
      saveOfferSections(
        offer.id,
        [{ key: "description", baseRevision: revisions.description!, content: { title: "Po terminie" } }],
        owner,
      ),
    ).rejects.toMatchObject({ refusal: "DEADLINE_PASSED" });
    expect(await currentRevisions(offer.id)).toEqual(revisions);
  });

  it("are refused for its attachments, added or removed", async () => {
    const { competition, task, lead } = await openCompetitionWithLead();
    const requirement = await db().attachmentRequirement.create({
      data: { competitionId: competition.id, label: "Statut", position: 0 },
    });
    const owner = await createMember(lead.id, "OWNER");
    const offer = await createSubmittableDraft(task.id, lead.id);
    const statute = await addOfferAttachment(
      owner,
      offer.id,
      { title: "Statut", requirementId: requirement.id },
      { bytes: pdfFile("Statut fundacji"), name: "statut.pdf" },
    );
    await deadlineIn(competition.id, -1);
    await expect(
      addOfferAttachment(
        owner,
        offer.id,
        { title: "Statut nowy", requirementId: requirement.id },
        { bytes: pdfFile("Statut zmieniony"), name: "statut-2.pdf" },
      ),
    ).rejects.toMatchObject({ refusal: "DEADLINE_PASSED" });
    await expect(removeOfferAttachment(owner, offer.id, statute.id)).rejects.toMatchObject({
      refusal: "DEADLINE_PASSED",
    });
    expect(await db().offerAttachment.count({ where: { offerId: offer.id } })).toBe(1);
  });
});
