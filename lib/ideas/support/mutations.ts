// Supports of an entry: one per person as themselves, and separately one per
// organisation (given by anyone who acts for it). A write puts the support row
// in (INSERT … SELECT from the entry while it is published and not merged, FOR
// KEY SHARE, ON CONFLICT DO NOTHING so a double click inserts nothing the
// second time) and raises the entry's counter in the same statement or short
// transaction, so counters always equal the rows. An organisation's support
// goes with its audit event and the must-answer clock; people's supports that
// arrive at once are written together in one statement (./person-batch.ts),
// so that hundreds of people do not queue on the entry's row one by one, each
// rewriting it. A merge locks both entries FOR UPDATE (lockIdea "merge"),
// which conflicts with KEY SHARE: supports in flight finish first and are
// moved, later ones see the entry merged.
import { can, type Actor } from "@/lib/auth/permissions";
import { resolveActingAs } from "@/lib/auth/acting-as";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IdeaKind } from "@/lib/generated/prisma/enums";
import type { ActionMeta } from "@/lib/http/request-context";
import { mustAnswerDueAt } from "@/lib/ideas/clocks";
import { reachesMustAnswer, supportRefusal, type SupportRefusal } from "@/lib/ideas/support/policy";
import { writePersonSupport, type SupportCounts } from "@/lib/ideas/support/person-batch";
import { RuleRefusal } from "@/lib/rule-errors/refusals";

/** Many people support a popular entry at once: they queue briefly on its row lock; a merge holds it longer. */
export const SUPPORT_TRANSACTION = { timeout: 20_000, maxWait: 20_000 };

/** The operator's and council's entries are answered within this many days. */
export const PLATFORM_ANSWER_DAYS = 30;

export type { SupportCounts };

/**
 * Locks the entry's row for the rest of the transaction; null when there is no
 * such entry. A merge locks both entries exclusively ("merge"): that lock
 * conflicts with the KEY SHARE lock a new support takes while it inserts its
 * row, so supports in flight finish before the merge moves them, and supports
 * arriving later see the entry merged. Other answers need only NO KEY UPDATE,
 * which lets supports go on meanwhile.
 */
export async function lockIdea(tx: Prisma.TransactionClient, ideaId: string, purpose: "answer" | "merge" = "answer") {
  const rows =
    purpose === "merge"
      ? await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Idea" WHERE id = ${ideaId} FOR UPDATE`
      : await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Idea" WHERE id = ${ideaId} FOR NO KEY UPDATE`;
  if (rows.length === 0) return null;
  return tx.idea.findUniqueOrThrow({
    where: { id: ideaId },
    select: {
      id: true,
      kind: true,
      visibility: true,
      status: true,
      addressee: true,
      institutionId: true,
      answerDueAt: true,
      firstAnsweredAt: true,
      mustAnswerSince: true,
      personSupportCount: true,
      organisationSupportCount: true,
      institution: { select: { ideaAnswerDays: true } },
    },
  });
}

/** The counts and clock of an entry, read without a lock: for a double click or a refusal. */
async function readSupportable(tx: Prisma.TransactionClient | ReturnType<typeof db>, ideaId: string) {
  const idea = await tx.idea.findUnique({
    where: { id: ideaId },
    select: { visibility: true, status: true, personSupportCount: true, organisationSupportCount: true },
  });
  if (!idea) throw new AppError("NOT_FOUND", "no such idea");
  return idea;
}

/** Throws the refusal when the entry cannot take a support (rolling back what this transaction wrote). */
async function refuseUnsupportable(
  tx: Prisma.TransactionClient | ReturnType<typeof db>,
  ideaId: string,
): Promise<SupportCounts> {
  const idea = await readSupportable(tx, ideaId);
  const refusal = supportRefusal(idea);
  if (refusal) throw new RuleRefusal<SupportRefusal>(refusal);
  return idea;
}

interface CountedIdea extends SupportCounts {
  id: string;
  kind: IdeaKind;
  answerDueAt: Date | null;
  firstAnsweredAt: Date | null;
  mustAnswerSince: Date | null;
  answerDays: number | null;
  mustAnswerThreshold: number | null;
}

/**
 * Adds the new support to the entry's counter, only while the entry still
 * takes supports. This UPDATE is the only statement that locks the entry's
 * row, and it is the transaction's last but for the must-answer clock, so
 * concurrent supporters hold the lock for about one round trip. Under READ
 * COMMITTED an UPDATE that waited for a merge re-checks its WHERE on the
 * merged row: no row comes back and the caller rolls back its support row.
 */
async function addToCounter(
  tx: Prisma.TransactionClient,
  ideaId: string,
  column: "person" | "organisation",
  delta: number,
  now: Date | null,
): Promise<CountedIdea | null> {
  const person = column === "person" ? delta : 0;
  const organisation = column === "organisation" ? delta : 0;
  const supportableOnly = delta > 0;
  const rows = await tx.$queryRaw<CountedIdea[]>`
    UPDATE "Idea" SET
      "personSupportCount" = "personSupportCount" + ${person}::int,
      "organisationSupportCount" = "organisationSupportCount" + ${organisation}::int,
      "lastActivityAt" = COALESCE(${now}::timestamp(3), "lastActivityAt")
    WHERE id = ${ideaId}
      AND (NOT ${supportableOnly}::boolean OR (visibility = 'PUBLISHED' AND status <> 'MERGED'))
    RETURNING id, kind, "answerDueAt", "firstAnsweredAt", "mustAnswerSince",
      "personSupportCount", "organisationSupportCount",
      (SELECT i."ideaAnswerDays" FROM "Institution" i WHERE i.id = "Idea"."institutionId") AS "answerDays",
      (SELECT s."ideaMustAnswerOrganisations" FROM "InstanceSettings" s WHERE s.id = 1) AS "mustAnswerThreshold"`;
  return rows[0] ?? null;
}

const countsOf = (idea: SupportCounts): SupportCounts => ({
  personSupportCount: idea.personSupportCount,
  organisationSupportCount: idea.organisationSupportCount,
});

/**
 * Supports the entry as oneself or for an organisation one acts for (checked
 * on the server: a member, and the organisation verified). Supporting again
 * changes nothing. Returns the entry's counts after it.
 *
 * The support row goes in first, only while the entry is published and not
 * merged (INSERT … SELECT … FOR KEY SHARE: shared locks do not block each
 * other, but a merge's exclusive lock makes it wait and re-check), then one
 * UPDATE adds it to the counter.
 */
export async function supportIdea(
  actor: Actor,
  input: { ideaId: string; actingFor: string | null; submissionKey: string },
  meta: ActionMeta,
  now = new Date(),
): Promise<SupportCounts> {
  // A person's support is registered at once, in the order of the clicks (before anything is awaited).
  if (input.actingFor === null) return supportAsPerson(actor, input, now);
  const actingAs = await resolveActingAs(actor, input.actingFor);
  const counts = await db().$transaction(async (tx) => {
    const inserted = await tx.$executeRaw`
      INSERT INTO "IdeaOrganisationSupport" ("ideaId", "organisationId", "givenById", "submissionKey", "createdAt")
      SELECT id, ${actingAs.organisationId}, ${actor.id}, ${input.submissionKey}, ${now}
      FROM "Idea" WHERE id = ${input.ideaId} AND visibility = 'PUBLISHED' AND status <> 'MERGED'
      FOR KEY SHARE
      ON CONFLICT ("ideaId", "organisationId") DO NOTHING`;
    if (inserted === 0) return refuseUnsupportable(tx, input.ideaId);
    await recordAuditEvent(
      {
        action: "idea.organisation_supported",
        actorUserId: actor.id,
        actingForOrganisationId: actingAs.organisationId,
        subjectType: "Idea",
        subjectId: input.ideaId,
        ipAddress: meta.ip,
      },
      tx,
    );
    const updated = await addToCounter(tx, input.ideaId, "organisation", 1, now);
    if (!updated) return refuseUnsupportable(tx, input.ideaId);
    if (updated.mustAnswerThreshold !== null && reachesMustAnswer(updated, updated.mustAnswerThreshold))
      await startMustAnswerClock(
        tx,
        { ...updated, institution: updated.answerDays === null ? null : { ideaAnswerDays: updated.answerDays } },
        now,
      );
    return updated;
  }, SUPPORT_TRANSACTION);
  return countsOf(counts);
}

/** What the must-answer rule reads of an entry whose counter was just raised. */
export interface MustAnswerClockInput {
  id: string;
  kind: IdeaKind;
  answerDueAt: Date | null;
  firstAnsweredAt: Date | null;
  mustAnswerSince: Date | null;
  organisationSupportCount: number;
  institution: { ideaAnswerDays: number } | null;
}

/**
 * What one person is doing with one entry's support in this process, in the
 * order they clicked: a support and a withdrawal follow each other (the last
 * click wins, also while a support waits for its batch), and a double click's
 * second support shares the first one's answer instead of a second place in
 * the batch (the unique key still decides across processes).
 */
const personSupportOps = new Map<string, { kind: "support" | "withdraw"; done: Promise<SupportCounts> }>();

function inClickOrder(key: string, kind: "support" | "withdraw", op: () => Promise<SupportCounts>) {
  const last = personSupportOps.get(key);
  if (last && last.kind === "support" && kind === "support") return last.done;
  const done = (last ? last.done.then(op, op) : op()).finally(() => {
    if (personSupportOps.get(key)?.done === done) personSupportOps.delete(key);
  });
  personSupportOps.set(key, { kind, done });
  return done;
}

/**
 * A person's support (the busiest path: hundreds at once on a popular entry),
 * written with the others that arrive meanwhile in one statement
 * (./person-batch.ts). When the batch took nothing of it, the entry says why:
 * it takes no supports (the refusal), or this person supports it already.
 */
function supportAsPerson(actor: Actor, input: { ideaId: string; submissionKey: string }, now: Date) {
  return inClickOrder(`${input.ideaId} ${actor.id}`, "support", async () => {
    const support = { userId: actor.id, submissionKey: input.submissionKey };
    return countsOf(
      (await writePersonSupport(input.ideaId, support, now)) ?? (await refuseUnsupportable(db(), input.ideaId)),
    );
  });
}

/** One's own support withdrawn in one statement, the counter lowered only when a row went. */
function withdrawAsPerson(actor: Actor, ideaId: string): Promise<SupportCounts> {
  return inClickOrder(`${ideaId} ${actor.id}`, "withdraw", () => deletePersonSupport(actor, ideaId));
}

async function deletePersonSupport(actor: Actor, ideaId: string): Promise<SupportCounts> {
  const rows = await db().$queryRaw<SupportCounts[]>`
    WITH removed AS (
      DELETE FROM "IdeaPersonSupport" WHERE "ideaId" = ${ideaId} AND "userId" = ${actor.id} RETURNING "ideaId"
    )
    UPDATE "Idea" SET "personSupportCount" = "personSupportCount" - 1
    WHERE id IN (SELECT "ideaId" FROM removed)
    RETURNING "personSupportCount", "organisationSupportCount"`;
  return countsOf(rows[0] ?? (await readSupportable(db(), ideaId)));
}

/**
 * When this support reaches the operator's threshold of verified organisations
 * (the author's own not counted) on an unanswered entry, the addressee must
 * answer: the flag is set and the deadline counted from now (never earlier
 * than a running one, never freeing an overdue one).
 */
export async function startMustAnswerClock(
  tx: Prisma.TransactionClient,
  idea: MustAnswerClockInput,
  now: Date,
): Promise<void> {
  const settings = await tx.instanceSettings.findUnique({
    where: { id: 1 },
    select: { ideaMustAnswerOrganisations: true },
  });
  if (!settings || !reachesMustAnswer(idea, settings.ideaMustAnswerOrganisations)) return;
  // The counter is every organisation's support; the obligation rests only on organisations verified now,
  // and not on the author's own. Their rows are share-locked, so a verification withdrawn at this moment
  // either comes first (and is not counted) or waits until the flag is set.
  const qualifying = await tx.$queryRaw<{ organisationId: string }[]>`
    SELECT s."organisationId"
    FROM "IdeaOrganisationSupport" s
    JOIN "Organisation" o ON o.id = s."organisationId"
    JOIN "Idea" i ON i.id = s."ideaId"
    WHERE s."ideaId" = ${idea.id} AND o."verifiedAt" IS NOT NULL
      AND s."organisationId" IS DISTINCT FROM i."organisationId"
    ORDER BY s."organisationId"
    FOR SHARE OF o`;
  const threshold = settings.ideaMustAnswerOrganisations;
  if (!reachesMustAnswer({ ...idea, organisationSupportCount: qualifying.length }, threshold)) return;
  // Which organisations set the obligation, for the operator who is asked about it later.
  await recordAuditEvent(
    {
      action: "idea.must_answer_started",
      subjectType: "Idea",
      subjectId: idea.id,
      details: { organisationIds: qualifying.map((row) => row.organisationId), threshold },
    },
    tx,
  );
  const answerDays = idea.institution?.ideaAnswerDays ?? PLATFORM_ANSWER_DAYS;
  await tx.idea.update({
    where: { id: idea.id },
    // A deadline moved later gets its own "coming due" reminder.
    data: { mustAnswerSince: now, answerDueAt: mustAnswerDueAt(idea, idea.kind, answerDays, now), dueReminderAt: null },
  });
}

/** Withdraws one's own support, or an organisation's (by anyone who acts for it); withdrawing twice changes nothing. */
export async function withdrawIdeaSupport(
  actor: Actor,
  input: { ideaId: string; actingFor: string | null },
  meta: ActionMeta,
): Promise<SupportCounts> {
  // Withdrawing needs only the membership: an organisation that lost its verification may still take its support back.
  if (input.actingFor !== null && !can(actor, "organisation.actFor", { organisationId: input.actingFor }))
    throw new AppError("FORBIDDEN", "not a member of the organisation acted for");
  if (input.actingFor === null) return withdrawAsPerson(actor, input.ideaId);
  const actingAs = { organisationId: input.actingFor };
  const counts = await db().$transaction(async (tx) => {
    const removed = await tx.ideaOrganisationSupport.deleteMany({
      where: { ideaId: input.ideaId, organisationId: actingAs.organisationId },
    });
    if (removed.count === 0) return readSupportable(tx, input.ideaId);
    await recordAuditEvent(
      {
        action: "idea.organisation_support_withdrawn",
        actorUserId: actor.id,
        actingForOrganisationId: actingAs.organisationId,
        subjectType: "Idea",
        subjectId: input.ideaId,
        ipAddress: meta.ip,
      },
      tx,
    );
    return (
      (await addToCounter(tx, input.ideaId, "organisation", -removed.count, null)) ?? readSupportable(tx, input.ideaId)
    );
  }, SUPPORT_TRANSACTION);
  return countsOf(counts);
}
