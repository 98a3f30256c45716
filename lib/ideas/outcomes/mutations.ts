// What came of an entry: its addressee (the office's officials, or
// administrators for the operator's and council's entries) links it to a
// consultation, news article or library document that followed from it, and
// may take the link back. An office links only its own public items (its
// consultations, its news, its library documents); the platform any public
// one. Each target's page shows the link back.
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { uniqueViolationFields } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import type { ActionMeta } from "@/lib/http/request-context";
import type { AnswerChannel } from "@/lib/ideas/answers/mutations";
import { isPublicTarget, type OutcomeTarget } from "@/lib/ideas/outcomes/policy";
import type { OutcomeKind } from "@/lib/ideas/outcomes/schemas";
import { RuleRefusal } from "@/lib/rule-errors/refusals";

export type OutcomeRefusal = "IDEA_NOT_PUBLISHED" | "TARGET_NOT_PUBLIC" | "TARGET_OF_ANOTHER_OFFICE" | "ALREADY_LINKED";

const targetField = { CONSULTATION: "consultationId", NEWS: "newsArticleId", LIBRARY: "libraryDocumentId" } as const;

/** The entry, when it is answered through `channel`; otherwise not found. */
async function ideaFor(ideaId: string, channel: AnswerChannel) {
  const idea = await db().idea.findUnique({
    where: { id: ideaId },
    select: { id: true, visibility: true, addressee: true, institutionId: true },
  });
  const belongs =
    idea &&
    (channel.kind === "institution"
      ? idea.addressee === "INSTITUTION" && idea.institutionId === channel.institutionId
      : idea.addressee !== "INSTITUTION");
  if (!belongs) throw new AppError("NOT_FOUND", "no such idea for this addressee");
  return idea;
}

async function loadTarget(kind: OutcomeKind, id: string): Promise<OutcomeTarget | null> {
  switch (kind) {
    case "CONSULTATION": {
      const c = await db().consultation.findUnique({ where: { id }, select: { status: true, institutionId: true } });
      return c && { kind, institutionId: c.institutionId, status: c.status };
    }
    case "NEWS": {
      const n = await db().newsArticle.findUnique({
        where: { id },
        select: { status: true, publishedAt: true, institutionId: true },
      });
      return n && { kind, institutionId: n.institutionId, status: n.status, publishedAt: n.publishedAt };
    }
    case "LIBRARY": {
      const d = await db().libraryDocument.findUnique({
        where: { id },
        select: { review: true, currentVersionId: true, institutionId: true },
      });
      return d && { kind, institutionId: d.institutionId, review: d.review, currentVersionId: d.currentVersionId };
    }
  }
}

export async function linkOutcome(
  actor: Actor,
  channel: AnswerChannel,
  input: { ideaId: string; kind: OutcomeKind; targetId: string },
  meta: ActionMeta,
  now = new Date(),
): Promise<{ id: string }> {
  const idea = await ideaFor(input.ideaId, channel);
  if (idea.visibility !== "PUBLISHED") throw new RuleRefusal<OutcomeRefusal>("IDEA_NOT_PUBLISHED");
  const target = await loadTarget(input.kind, input.targetId);
  if (!target) throw new AppError("NOT_FOUND", "no such outcome target");
  if (channel.kind === "institution" && target.institutionId !== channel.institutionId)
    throw new RuleRefusal<OutcomeRefusal>("TARGET_OF_ANOTHER_OFFICE");
  if (!isPublicTarget(target, now)) throw new RuleRefusal<OutcomeRefusal>("TARGET_NOT_PUBLIC");
  try {
    return await db().$transaction(async (tx) => {
      const outcome = await tx.ideaOutcome.create({
        data: { ideaId: idea.id, [targetField[input.kind]]: input.targetId, linkedById: actor.id },
        select: { id: true },
      });
      await tx.idea.update({ where: { id: idea.id }, data: { lastActivityAt: now } });
      await recordAuditEvent(
        {
          action: "idea.outcome_linked",
          actorUserId: actor.id,
          actingForInstitutionId: idea.institutionId,
          subjectType: "Idea",
          subjectId: idea.id,
          ipAddress: meta.ip,
          details: { kind: input.kind, target: input.targetId },
        },
        tx,
      );
      return outcome;
    });
  } catch (error) {
    if (uniqueViolationFields(error)) throw new RuleRefusal<OutcomeRefusal>("ALREADY_LINKED");
    throw error;
  }
}

export async function unlinkOutcome(
  actor: Actor,
  channel: AnswerChannel,
  outcomeId: string,
  meta: ActionMeta,
): Promise<void> {
  const outcome = await db().ideaOutcome.findUnique({ where: { id: outcomeId }, select: { id: true, ideaId: true } });
  if (!outcome) throw new AppError("NOT_FOUND", "no such outcome");
  const idea = await ideaFor(outcome.ideaId, channel);
  await db().$transaction(async (tx) => {
    await tx.ideaOutcome.delete({ where: { id: outcome.id } });
    await recordAuditEvent(
      {
        action: "idea.outcome_unlinked",
        actorUserId: actor.id,
        actingForInstitutionId: idea.institutionId,
        subjectType: "Idea",
        subjectId: idea.id,
        ipAddress: meta.ip,
        details: { outcome: outcome.id },
      },
      tx,
    );
  });
}
