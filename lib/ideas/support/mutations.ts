// Supports of an entry: one per person as themselves, and separately one per
// organisation (given by anyone who acts for it). Each write runs in one
// transaction that first locks the entry's row, so concurrent supports,
// withdrawals and a merge of the same entry take turns: the counters on the
// entry always equal its support rows, and a support never lands on an entry
// that was merged meanwhile. A double click inserts nothing the second time
// (the primary key and ON CONFLICT DO NOTHING).
import { can, type Actor } from "@/lib/auth/permissions";
import { resolveActingAs } from "@/lib/auth/acting-as";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionMeta } from "@/lib/http/request-context";
import { mustAnswerDueAt } from "@/lib/ideas/clocks";
import { reachesMustAnswer, supportRefusal, type SupportRefusal } from "@/lib/ideas/support/policy";
import { RuleRefusal } from "@/lib/rule-errors/refusals";

/** Many people support a popular entry at once: they queue on its row lock, so give them time. */
export const SUPPORT_TRANSACTION = { timeout: 20_000, maxWait: 20_000 };

/** The operator's and council's entries are answered within this many days. */
export const PLATFORM_ANSWER_DAYS = 30;

export interface SupportCounts {
  personSupportCount: number;
  organisationSupportCount: number;
}

/** Locks the entry's row for the rest of the transaction; null when there is no such entry. */
export async function lockIdea(tx: Prisma.TransactionClient, ideaId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Idea" WHERE id = ${ideaId} FOR NO KEY UPDATE`;
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

async function lockSupportable(tx: Prisma.TransactionClient, ideaId: string) {
  const idea = await lockIdea(tx, ideaId);
  if (!idea) throw new AppError("NOT_FOUND", "no such idea");
  const refusal = supportRefusal(idea);
  if (refusal) throw new RuleRefusal<SupportRefusal>(refusal);
  return idea;
}

/**
 * Supports the entry as oneself or for an organisation one acts for (checked
 * on the server: a member, and the organisation verified). Supporting again
 * changes nothing. Returns the entry's counts after it.
 */
export async function supportIdea(
  actor: Actor,
  input: { ideaId: string; actingFor: string | null; submissionKey: string },
  meta: ActionMeta,
  now = new Date(),
): Promise<SupportCounts> {
  const actingAs = await resolveActingAs(actor, input.actingFor);
  const counts = await db().$transaction(async (tx) => {
    const idea = await lockSupportable(tx, input.ideaId);
    if (actingAs.organisationId === null) {
      const inserted = await tx.$executeRaw`
        INSERT INTO "IdeaPersonSupport" ("ideaId", "userId", "submissionKey", "createdAt")
        VALUES (${idea.id}, ${actor.id}, ${input.submissionKey}, ${now})
        ON CONFLICT ("ideaId", "userId") DO NOTHING`;
      if (inserted === 0) return idea;
      return tx.idea.update({
        where: { id: idea.id },
        data: { personSupportCount: { increment: 1 }, lastActivityAt: now },
        select: { personSupportCount: true, organisationSupportCount: true },
      });
    }
    const inserted = await tx.$executeRaw`
      INSERT INTO "IdeaOrganisationSupport" ("ideaId", "organisationId", "givenById", "submissionKey", "createdAt")
      VALUES (${idea.id}, ${actingAs.organisationId}, ${actor.id}, ${input.submissionKey}, ${now})
      ON CONFLICT ("ideaId", "organisationId") DO NOTHING`;
    if (inserted === 0) return idea;
    const updated = await tx.idea.update({
      where: { id: idea.id },
      data: { organisationSupportCount: { increment: 1 }, lastActivityAt: now },
      select: { personSupportCount: true, organisationSupportCount: true },
    });
    await startMustAnswerClock(tx, { ...idea, ...updated }, now);
    await recordAuditEvent(
      {
        action: "idea.organisation_supported",
        actorUserId: actor.id,
        actingForOrganisationId: actingAs.organisationId,
        subjectType: "Idea",
        subjectId: idea.id,
        ipAddress: meta.ip,
      },
      tx,
    );
    return updated;
  }, SUPPORT_TRANSACTION);
  return { personSupportCount: counts.personSupportCount, organisationSupportCount: counts.organisationSupportCount };
}

/**
 * When this support reaches the operator's threshold on an unanswered entry,
 * the addressee must answer: the flag is set and the deadline counted from now
 * (never earlier than a running one, never freeing an overdue one).
 */
export async function startMustAnswerClock(
  tx: Prisma.TransactionClient,
  idea: NonNullable<Awaited<ReturnType<typeof lockIdea>>>,
  now: Date,
): Promise<void> {
  const settings = await tx.instanceSettings.findUnique({
    where: { id: 1 },
    select: { ideaMustAnswerOrganisations: true },
  });
  if (!settings || !reachesMustAnswer(idea, settings.ideaMustAnswerOrganisations)) return;
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
  const actingAs = { organisationId: input.actingFor };
  const counts = await db().$transaction(async (tx) => {
    const idea = await lockIdea(tx, input.ideaId);
    if (!idea) throw new AppError("NOT_FOUND", "no such idea");
    if (actingAs.organisationId === null) {
      const removed = await tx.ideaPersonSupport.deleteMany({ where: { ideaId: idea.id, userId: actor.id } });
      if (removed.count === 0) return idea;
      return tx.idea.update({
        where: { id: idea.id },
        data: { personSupportCount: { decrement: removed.count } },
        select: { personSupportCount: true, organisationSupportCount: true },
      });
    }
    const removed = await tx.ideaOrganisationSupport.deleteMany({
      where: { ideaId: idea.id, organisationId: actingAs.organisationId },
    });
    if (removed.count === 0) return idea;
    await recordAuditEvent(
      {
        action: "idea.organisation_support_withdrawn",
        actorUserId: actor.id,
        actingForOrganisationId: actingAs.organisationId,
        subjectType: "Idea",
        subjectId: idea.id,
        ipAddress: meta.ip,
      },
      tx,
    );
    return tx.idea.update({
      where: { id: idea.id },
      data: { organisationSupportCount: { decrement: removed.count } },
      select: { personSupportCount: true, organisationSupportCount: true },
    });
  }, SUPPORT_TRANSACTION);
  return { personSupportCount: counts.personSupportCount, organisationSupportCount: counts.organisationSupportCount };
}
