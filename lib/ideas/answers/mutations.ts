// The addressee's public answers: each sets the entry's status by the rules of
// status.ts (the same status for a further answer), is stored for good (never
// edited: a correction is a new answer), sets the answer clock's times, and
// tells the author and the supporters. A merge is an answer too: the entry
// goes into another one addressed to the same office (an administrator may
// merge across addressees), its supports and followers move there, and its
// address leads there. Rows are locked (both entries of a merge, in id order)
// so supports given meanwhile wait, and none is lost or counted twice.
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IdeaStatus } from "@/lib/generated/prisma/enums";
import type { ActionMeta } from "@/lib/http/request-context";
import { mayMove } from "@/lib/ideas/answers/status";
import { slugFromAddress, type AnswerFields } from "@/lib/ideas/answers/schemas";
import { startMustAnswerClock, lockIdea, SUPPORT_TRANSACTION } from "@/lib/ideas/support/mutations";
import { ideaSubject } from "@/lib/ideas/audience";
import { ideaAudience } from "@/lib/ideas/answers/notices";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";
import { RuleRefusal } from "@/lib/rule-errors/refusals";

export type AnswerRefusal =
  | "IDEA_NOT_PUBLISHED"
  | "STATUS_CHANGED_MEANWHILE"
  | "STATUS_CHANGE_NOT_ALLOWED"
  | "MERGE_TARGET_NOT_FOUND"
  | "MERGE_INTO_ITSELF"
  | "MERGE_LOOP"
  | "MERGE_TARGET_MERGED"
  | "MERGE_TARGET_NOT_PUBLISHED"
  | "MERGE_TARGET_OTHER_ADDRESSEE";

class AnswerRuleError extends RuleRefusal<AnswerRefusal> {}

/**
 * Whose answer this is: an office's (its officials, or an administrator on
 * its behalf), or the platform's for entries addressed to the operator or the
 * council. An entry answered through the wrong channel is not found.
 */
export type AnswerChannel = { kind: "institution"; institutionId: string } | { kind: "platform" };

/** The longest chain of merges walked before a loop is assumed (merges never chain by the rules; old data might). */
const MAX_MERGE_CHAIN = 50;

type LockedIdea = NonNullable<Awaited<ReturnType<typeof lockIdea>>>;

function belongsTo(idea: LockedIdea, channel: AnswerChannel): boolean {
  return channel.kind === "institution"
    ? idea.addressee === "INSTITUTION" && idea.institutionId === channel.institutionId
    : idea.addressee !== "INSTITUTION";
}

/** The merge target named in the form, before any lock: its id, or a refusal. */
async function mergeTargetId(mergeInto: string | null): Promise<string> {
  const slug = slugFromAddress(mergeInto ?? "");
  const target = slug ? await db().idea.findUnique({ where: { slug }, select: { id: true } }) : null;
  if (!target) throw new AnswerRuleError("MERGE_TARGET_NOT_FOUND");
  return target.id;
}

/** The checks of a merge of `idea` into `target`, both locked. */
async function checkMerge(tx: Prisma.TransactionClient, actor: Actor, idea: LockedIdea, target: LockedIdea) {
  if (target.id === idea.id) throw new AnswerRuleError("MERGE_INTO_ITSELF");
  // Walk the target's chain: reaching this entry again would make a loop.
  let cursor: string | null = target.id;
  for (let step = 0; cursor !== null && step < MAX_MERGE_CHAIN; step += 1) {
    const link: { mergedIntoId: string | null } | null = await tx.idea.findUnique({
      where: { id: cursor },
      select: { mergedIntoId: true },
    });
    cursor = link?.mergedIntoId ?? null;
    if (cursor === idea.id) throw new AnswerRuleError("MERGE_LOOP");
  }
  if (cursor !== null) throw new AnswerRuleError("MERGE_LOOP");
  if (target.status === "MERGED") throw new AnswerRuleError("MERGE_TARGET_MERGED");
  if (target.visibility !== "PUBLISHED") throw new AnswerRuleError("MERGE_TARGET_NOT_PUBLISHED");
  // An office merges only into its own entries: it cannot hand its answer over to another addressee.
  const sameAddressee = target.addressee === idea.addressee && target.institutionId === idea.institutionId;
  if (!sameAddressee && actor.platformRole !== "ADMINISTRATOR")
    throw new AnswerRuleError("MERGE_TARGET_OTHER_ADDRESSEE");
}

/** Moves the supports (one per person and per organisation, kept once) and followers of `from` to `into`. */
async function moveSupportsAndFollowers(tx: Prisma.TransactionClient, from: string, into: string, now: Date) {
  await tx.$executeRaw`
    INSERT INTO "IdeaPersonSupport" ("ideaId", "userId", "submissionKey", "createdAt")
    SELECT ${into}, "userId", "submissionKey", "createdAt" FROM "IdeaPersonSupport" WHERE "ideaId" = ${from}
    ON CONFLICT ("ideaId", "userId") DO NOTHING`;
  await tx.$executeRaw`
    INSERT INTO "IdeaOrganisationSupport" ("ideaId", "organisationId", "givenById", "submissionKey", "createdAt")
    SELECT ${into}, "organisationId", "givenById", "submissionKey", "createdAt"
    FROM "IdeaOrganisationSupport" WHERE "ideaId" = ${from}
    ON CONFLICT ("ideaId", "organisationId") DO NOTHING`;
  await tx.ideaPersonSupport.deleteMany({ where: { ideaId: from } });
  await tx.ideaOrganisationSupport.deleteMany({ where: { ideaId: from } });
  await tx.$executeRaw`
    INSERT INTO "ItemSubscription" ("userId", "subjectType", "subjectId", "createdAt")
    SELECT "userId", 'Idea', ${into}, "createdAt" FROM "ItemSubscription"
    WHERE "subjectType" = 'Idea' AND "subjectId" = ${from}
    ON CONFLICT DO NOTHING`;
  await tx.itemSubscription.deleteMany({ where: { subjectType: "Idea", subjectId: from } });
  const [people, organisations] = await Promise.all([
    tx.ideaPersonSupport.count({ where: { ideaId: into } }),
    tx.ideaOrganisationSupport.count({ where: { ideaId: into } }),
  ]);
  await tx.idea.update({ where: { id: from }, data: { personSupportCount: 0, organisationSupportCount: 0 } });
  return tx.idea.update({
    where: { id: into },
    data: { personSupportCount: people, organisationSupportCount: organisations, lastActivityAt: now },
    select: { personSupportCount: true, organisationSupportCount: true },
  });
}

/**
 * Gives a public answer on the entry, setting `toStatus` (the shown status
 * again for a further answer). Refused, with nothing written, when the entry
 * is not public, its status changed since the form was shown, the rules do
 * not allow the move, or a merge's target is wrong.
 */
export async function answerIdea(
  actor: Actor,
  channel: AnswerChannel,
  input: AnswerFields & { ideaId: string },
  meta: ActionMeta,
  now = new Date(),
): Promise<{ answerId: string }> {
  const merging = input.toStatus === "MERGED" && input.shownStatus !== "MERGED";
  const targetId = merging ? await mergeTargetId(input.mergeInto) : null;
  const result = await db().$transaction(async (tx) => {
    // Both rows of a merge are locked in id order, so two opposite merges cannot deadlock.
    const ids = [...new Set([input.ideaId, ...(targetId ? [targetId] : [])])].sort();
    const locked = new Map<string, LockedIdea>();
    for (const id of ids) {
      const row = await lockIdea(tx, id, merging ? "merge" : "answer");
      if (row) locked.set(id, row);
    }
    const idea = locked.get(input.ideaId);
    if (!idea || !belongsTo(idea, channel)) throw new AppError("NOT_FOUND", "no such idea for this answerer");
    if (idea.visibility !== "PUBLISHED") throw new AnswerRuleError("IDEA_NOT_PUBLISHED");
    if (idea.status !== input.shownStatus) throw new AnswerRuleError("STATUS_CHANGED_MEANWHILE");
    if (!mayMove(idea.status, input.toStatus)) throw new AnswerRuleError("STATUS_CHANGE_NOT_ALLOWED");
    const target = targetId ? locked.get(targetId) : undefined;
    if (targetId) {
      if (!target) throw new AnswerRuleError("MERGE_TARGET_NOT_FOUND");
      await checkMerge(tx, actor, idea, target);
    }

    const answer = await tx.ideaAnswer.create({
      data: {
        ideaId: idea.id,
        fromStatus: idea.status,
        toStatus: input.toStatus,
        body: input.body,
        // A further answer on an accepted entry may restate or change the plan.
        plannedAction: input.toStatus === "ACCEPTED" ? input.plannedAction : null,
        plannedBy: input.toStatus === "ACCEPTED" && input.plannedBy ? new Date(`${input.plannedBy}T00:00:00Z`) : null,
        mergedIntoId: target?.id ?? null,
        authorId: actor.id,
        institutionId: idea.institutionId,
      },
      select: { id: true },
    });
    const answered = await tx.idea.update({
      where: { id: idea.id },
      data: {
        status: input.toStatus,
        firstAnsweredAt: idea.firstAnsweredAt ?? now,
        lastAnsweredAt: now,
        lastActivityAt: now,
        mergedIntoId: target?.id ?? null,
      },
      select: { id: true, slug: true, title: true, authorId: true, organisationId: true },
    });
    if (target) {
      const counts = await moveSupportsAndFollowers(tx, idea.id, target.id, now);
      await startMustAnswerClock(tx, { ...target, ...counts }, now);
    }
    await recordAuditEvent(
      {
        action: target ? "idea.merged" : "idea.answered",
        actorUserId: actor.id,
        actingForInstitutionId: idea.institutionId,
        subjectType: "Idea",
        subjectId: idea.id,
        ipAddress: meta.ip,
        details: { answer: answer.id, from: idea.status, to: input.toStatus, ...(target ? { into: target.id } : {}) },
      },
      tx,
    );
    await tellAuthorAndSupporters(tx, answered, {
      answerId: answer.id,
      from: idea.status,
      to: input.toStatus,
      actor,
      institutionId: idea.institutionId,
      mergedInto: target?.id ?? null,
    });
    return { answerId: answer.id };
  }, SUPPORT_TRANSACTION);
  await dispatchNotifications();
  return result;
}

/**
 * The author and everyone who supports the entry (people, and the
 * representatives of supporting organisations) hear of each answer, once each.
 * For a merge, the supports have already moved: the audience is read from the
 * entry it went into, which now holds them.
 */
async function tellAuthorAndSupporters(
  tx: Prisma.TransactionClient,
  idea: { id: string; slug: string; title: string; authorId: string | null; organisationId: string | null },
  answer: {
    answerId: string;
    from: IdeaStatus;
    to: IdeaStatus;
    actor: Actor;
    institutionId: string | null;
    mergedInto: string | null;
  },
): Promise<void> {
  const supportsOf = answer.mergedInto ?? idea.id;
  const into = answer.mergedInto
    ? await tx.idea.findUniqueOrThrow({ where: { id: answer.mergedInto }, select: { title: true } })
    : null;
  await notify(
    {
      type: "idea.answered",
      subject: ideaSubject(idea),
      actor: { userId: answer.actor.id, institutionId: answer.institutionId },
      audience: await ideaAudience(tx, supportsOf, idea),
      data: {
        answer: answer.answerId,
        decision: answer.to,
        change: answer.from === answer.to ? "answer" : "status",
        ...(into ? { target: into.title } : {}),
      },
    },
    tx,
  );
}
