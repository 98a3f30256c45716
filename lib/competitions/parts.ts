// The parts of a draft announcement edited one row at a time: tasks with
// their pools (and the totals the list shows), the pkt 7 rows of "the same
// kind this and last year", the attachments offers must carry, and the days
// the announcement appeared in each channel. All only while the competition is
// a draft (policy.ts); ids from the client are always matched with the
// competition's own, so another office's rows are never reached.
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AttachmentCondition, PublicationChannel } from "@/lib/generated/prisma/enums";
import { audit, lockCompetition, refreshTotals, type Actor } from "@/lib/competitions/mutations";
import { assertDraft } from "@/lib/competitions/policy";
import { refreshSameKindRows } from "@/lib/competitions/same-kind";
import type { TaskFields } from "@/lib/competitions/schemas";

const bigOrNull = (value: number | null) => (value === null ? null : BigInt(value));

async function inDraft<T>(
  competitionId: string,
  actor: Actor,
  part: string,
  change: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  return db().$transaction(async (tx) => {
    const current = await lockCompetition(tx, competitionId);
    assertDraft(current.status);
    const result = await change(tx);
    await audit(tx, "competition.edited", current, actor, { part });
    return result;
  });
}

/** Adds a task (no taskId) or changes one; the kind key defaults to the sphere's statutory point. */
export async function saveTask(competitionId: string, taskId: string | undefined, fields: TaskFields, actor: Actor) {
  return inDraft(competitionId, actor, "task", async (tx) => {
    const sphere = await tx.publicBenefitSphere.findUnique({ where: { id: fields.sphereId }, select: { code: true } });
    if (!sphere) throw new AppError("VALIDATION", "saveTask: unknown sphere");
    const data = {
      number: fields.number,
      kindName: fields.kindName,
      description: fields.description,
      sphereId: fields.sphereId,
      kindKey: fields.kindKey ?? sphere.code,
      form: fields.form,
      pool: BigInt(fields.pool),
      minGrant: bigOrNull(fields.minGrant),
      maxGrant: bigOrNull(fields.maxGrant),
      minOwnContributionBp: fields.minOwnContributionBp,
      maxAdminCostBp: fields.maxAdminCostBp,
    };
    const clash = await tx.competitionTask.findFirst({
      where: { competitionId, number: fields.number, ...(taskId ? { id: { not: taskId } } : {}) },
      select: { id: true },
    });
    if (clash) throw new AppError("CONFLICT", "saveTask: number taken");
    let id: string;
    if (taskId) {
      const updated = await tx.competitionTask.updateMany({ where: { id: taskId, competitionId }, data });
      if (updated.count === 0) throw new AppError("NOT_FOUND", "saveTask");
      id = taskId;
    } else {
      const position = await tx.competitionTask.count({ where: { competitionId } });
      id = (await tx.competitionTask.create({ data: { ...data, competitionId, position }, select: { id: true } })).id;
    }
    await refreshTotals(tx, competitionId);
    await refreshSameKindRows(tx, competitionId);
    return { taskId: id };
  });
}

export async function removeTask(competitionId: string, taskId: string, actor: Actor) {
  return inDraft(competitionId, actor, "task", async (tx) => {
    const removed = await tx.competitionTask.deleteMany({ where: { id: taskId, competitionId } });
    if (removed.count === 0) throw new AppError("NOT_FOUND", "removeTask");
    await refreshTotals(tx, competitionId);
    return { removed: true as const };
  });
}

/**
 * The office's own statement of a pkt 7 row: a new row, or a change of a
 * computed one, which then stays as typed (computed = false, who edited it).
 */
export async function saveHistoryRow(
  competitionId: string,
  input: { taskId: string; rowId?: string; year: number; label: string; costs: number; grants: number },
  actor: Actor,
) {
  return inDraft(competitionId, actor, "history", async (tx) => {
    const task = await tx.competitionTask.findFirst({
      where: { id: input.taskId, competitionId },
      select: { id: true },
    });
    if (!task) throw new AppError("NOT_FOUND", "saveHistoryRow");
    const same = await tx.taskHistoryRow.findFirst({
      where: {
        taskId: task.id,
        year: input.year,
        label: input.label,
        ...(input.rowId ? { id: { not: input.rowId } } : {}),
      },
      select: { id: true },
    });
    if (same) throw new AppError("CONFLICT", "saveHistoryRow: same year and task");
    const data = {
      year: input.year,
      label: input.label,
      costs: BigInt(input.costs),
      grants: BigInt(input.grants),
      computed: false,
      editedById: actor.userId,
    };
    if (input.rowId) {
      const updated = await tx.taskHistoryRow.updateMany({ where: { id: input.rowId, taskId: task.id }, data });
      if (updated.count === 0) throw new AppError("NOT_FOUND", "saveHistoryRow");
    } else {
      await tx.taskHistoryRow.create({ data: { ...data, taskId: task.id } });
    }
    return { saved: true as const };
  });
}

export async function removeHistoryRow(competitionId: string, rowId: string, actor: Actor) {
  return inDraft(competitionId, actor, "history", async (tx) => {
    const removed = await tx.taskHistoryRow.deleteMany({ where: { id: rowId, task: { competitionId } } });
    if (removed.count === 0) throw new AppError("NOT_FOUND", "removeHistoryRow");
    return { removed: true as const };
  });
}

export async function addRequirement(
  competitionId: string,
  fields: {
    label: string;
    description: string | null;
    condition: AttachmentCondition;
    perApplicant: boolean;
    required: boolean;
  },
  actor: Actor,
) {
  return inDraft(competitionId, actor, "requirement", async (tx) => {
    const position = await tx.attachmentRequirement.count({ where: { competitionId } });
    await tx.attachmentRequirement.create({ data: { ...fields, competitionId, position } });
    return { saved: true as const };
  });
}

export async function removeRequirement(competitionId: string, requirementId: string, actor: Actor) {
  return inDraft(competitionId, actor, "requirement", async (tx) => {
    const removed = await tx.attachmentRequirement.deleteMany({ where: { id: requirementId, competitionId } });
    if (removed.count === 0) throw new AppError("NOT_FOUND", "removeRequirement");
    return { removed: true as const };
  });
}

/** The day the announcement appeared in a channel; saving the channel again replaces it. */
export async function savePublication(
  competitionId: string,
  fields: { channel: PublicationChannel; publishedOn: Date; url: string | null },
  actor: Actor,
) {
  return inDraft(competitionId, actor, "publication", async (tx) => {
    await tx.competitionPublication.upsert({
      where: { competitionId_channel: { competitionId, channel: fields.channel } },
      create: { competitionId, ...fields },
      update: { publishedOn: fields.publishedOn, url: fields.url },
    });
    return { saved: true as const };
  });
}

export async function removePublication(competitionId: string, channel: PublicationChannel, actor: Actor) {
  return inDraft(competitionId, actor, "publication", async (tx) => {
    await tx.competitionPublication.deleteMany({ where: { competitionId, channel } });
    return { removed: true as const };
  });
}
