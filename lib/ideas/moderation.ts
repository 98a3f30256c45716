// Moderating the ideas board. Under pre-moderation a new entry waits
// (PENDING) until a moderator approves it (public, its answer clock starts)
// or rejects it with a reason its writer is told; a writer's change to a
// public entry waits the same way while the approved text stays public.
// Under post-moderation entries are public at once, and changes are looked
// at afterwards. Any public entry may be hidden with a reason. The steps every
// decision shares are lib/moderation/publishing.ts; this file holds what is
// the board's own: its states, updates and notices.
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent, type AuditAction } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { IdeaModeration } from "@/lib/generated/prisma/enums";
import type { ActionMeta } from "@/lib/http/request-context";
import { tellIdeaWriter } from "@/lib/ideas/audience";
import { announcePublishedIdea } from "@/lib/ideas/announce";
import { ideaRecordData, PLATFORM_ANSWER_DAYS, publication, writeIdeaTopics } from "@/lib/ideas/mutations";
import { ideaVersion, isAlreadyPublicChange, shownIdeaSelect, type VersionedIdea } from "@/lib/ideas/queries";
import { pendingIdeaFieldsOf } from "@/lib/ideas/schemas";
import { decideOne, type PublishedKind } from "@/lib/moderation/publishing";

export type IdeaModerationRefusal = "notPending" | "notPublished" | "changedSinceShown" | "changeAlreadyPublic";
type IdeaDecision = "approved" | "rejected" | "hidden";
type DecidedIdea = VersionedIdea & {
  id: string;
  slug: string;
  authorId: string | null;
  institution: { ideaAnswerDays: number } | null;
};

const DB_NULL = Prisma.DbNull;

const AUDIT_ACTIONS: Record<IdeaDecision, AuditAction> = {
  approved: "idea.approved",
  rejected: "idea.rejected",
  hidden: "idea.hidden",
};

/** A change to a public entry waiting for (or, under post-moderation, to be looked at by) a moderator. */
export const isWaitingChange = (idea: { visibility: string; changeSubmittedAt: Date | null }) =>
  idea.visibility === "PUBLISHED" && idea.changeSubmittedAt !== null;
const waiting = (idea: DecidedIdea) => idea.visibility === "PENDING" || isWaitingChange(idea);

/** Makes the waiting change the entry's own: its fields, topics, pictures and documents. */
async function applyChange(tx: Prisma.TransactionClient, idea: DecidedIdea): Promise<void> {
  const fields = pendingIdeaFieldsOf(idea.pendingFields);
  if (fields) {
    await tx.idea.update({ where: { id: idea.id }, data: ideaRecordData(fields) });
    await writeIdeaTopics(tx, idea.id, fields);
  }
  await tx.ideaImage.updateMany({ where: { ideaId: idea.id, pending: true }, data: { pending: false } });
  await tx.ideaAttachment.updateMany({ where: { ideaId: idea.id, pending: true }, data: { pending: false } });
}

/** Entries as the publishing path sees them. */
const ideas: PublishedKind<DecidedIdea, IdeaDecision, string, IdeaModerationRefusal> = {
  table: "Idea",
  load: (tx, ids) =>
    tx.idea.findMany({
      where: { id: { in: ids } },
      select: {
        ...shownIdeaSelect,
        id: true,
        slug: true,
        authorId: true,
        institution: { select: { ideaAnswerDays: true } },
      },
    }),
  idOf: (idea) => idea.id,
  // Approving or rejecting applies to what the moderator read; hiding a public entry does not.
  decidesOnShown: (idea, decision) => decision !== "hidden" && waiting(idea),
  isAsShown: (_tx, idea, shown) => ideaVersion(idea) === shown,
  staleRefusal: "changedSinceShown",
  refusal: (idea, decision) => {
    if (decision === "hidden") return idea.visibility === "PUBLISHED" ? null : "notPublished";
    if (!waiting(idea)) return "notPending";
    // A change saved at once under post-moderation is the public text: "rejecting" it would leave it public
    // while telling its writer otherwise. The moderator keeps it, or hides the entry with a reason.
    if (decision === "rejected" && isAlreadyPublicChange(idea)) return "changeAlreadyPublic";
    return null;
  },
  auditAction: (_idea, { decision }) => AUDIT_ACTIONS[decision],
  apply: async (tx, idea, { actor, decision, reason, now }) => {
    const decidedBy = { moderatedById: actor.id, moderatedAt: now };
    const change = isWaitingChange(idea);
    if (decision === "hidden") {
      await tx.idea.update({
        where: { id: idea.id },
        data: { visibility: "HIDDEN", moderationNote: reason, ...decidedBy },
      });
      return { details: { reason } };
    }
    if (decision === "rejected") {
      // A rejected change leaves the public entry as it is; its writer is told why. Its new pictures and
      // documents go with it (the nightly sweep then removes their files), so a later change cannot publish them.
      if (change) {
        await tx.ideaImage.deleteMany({ where: { ideaId: idea.id, pending: true } });
        await tx.ideaAttachment.deleteMany({ where: { ideaId: idea.id, pending: true } });
      }
      await tx.idea.update({
        where: { id: idea.id },
        data: change
          ? { pendingFields: DB_NULL, changeSubmittedAt: null, changeNote: reason, ...decidedBy }
          : { visibility: "REJECTED", moderationNote: reason, ...decidedBy },
      });
      return { details: change ? { reason, change: true } : { reason } };
    }
    if (change) {
      await applyChange(tx, idea);
      await tx.idea.update({
        where: { id: idea.id },
        data: { pendingFields: DB_NULL, changeSubmittedAt: null, changeNote: null, ...decidedBy },
      });
      return { details: { change: true } };
    }
    const answerDays = idea.institution?.ideaAnswerDays ?? PLATFORM_ANSWER_DAYS;
    await tx.idea.update({
      where: { id: idea.id },
      data: { ...publication(idea.kind, answerDays, now), moderationNote: null, ...decidedBy },
    });
    // Now public: its followers and addressee hear of it (lib/ideas/announce.ts).
    await announcePublishedIdea(tx, idea.id);
    return {};
  },
  notify: async (tx, idea, { actor, decision, reason }) => {
    // A change looked at under post-moderation and kept is not news to its writer.
    if (decision === "approved" && isWaitingChange(idea) && idea.pendingFields === null) return;
    await tellIdeaWriter(tx, idea, actor.id, decision, reason);
  },
};

/** Approves what the moderator was shown (`shown`: its fingerprint from the queue). */
export async function approveIdea(actor: Actor, ideaId: string, shown: string, meta: ActionMeta, now = new Date()) {
  await decideOne(ideas, actor, ideaId, { decision: "approved", shown, now }, meta);
}

export async function rejectIdea(
  actor: Actor,
  ideaId: string,
  shown: string,
  reason: string,
  meta: ActionMeta,
  now = new Date(),
) {
  await decideOne(ideas, actor, ideaId, { decision: "rejected", shown, reason, now }, meta);
}

export async function hideIdea(actor: Actor, ideaId: string, reason: string, meta: ActionMeta, now = new Date()) {
  await decideOne(ideas, actor, ideaId, { decision: "hidden", reason, now }, meta);
}

/** The operator's settings of the board: pre- or post-moderation, and the must-answer threshold. */
export async function setIdeaSettings(
  actor: Actor,
  settings: { moderation: IdeaModeration; mustAnswerOrganisations: number },
  meta: ActionMeta,
): Promise<void> {
  if (!can(actor, "ideas.configure")) throw new AppError("FORBIDDEN", "administrators only");
  await db().$transaction(async (tx) => {
    await tx.instanceSettings.update({
      where: { id: 1 },
      data: { ideaModeration: settings.moderation, ideaMustAnswerOrganisations: settings.mustAnswerOrganisations },
    });
    await recordAuditEvent(
      {
        action: "idea.settings_changed",
        actorUserId: actor.id,
        subjectType: "InstanceSettings",
        subjectId: "1",
        ipAddress: meta.ip,
        details: settings,
      },
      tx,
    );
  });
}
