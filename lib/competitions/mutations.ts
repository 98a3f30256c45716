// Officials' changes to a competition as a whole: the draft's announcement
// and parameters, publishing it (with the statutory checks and the snapshot
// of the legal limits), extending its deadline with a history row, and the
// call for commission members. Tasks, history rows, required attachments and
// publication days are in parts.ts; documents in documents/. Every write is
// in the audit log; stage rules are policy.ts's.
import { recordAuditEvent, type AuditAction } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { legalRuleKeys } from "@/lib/legal-rules/keys";
import { rulesAt } from "@/lib/legal-rules/rules";
import { dispatchNotifications } from "@/lib/notifications/notify";
import { firstFreeSlug, slugify } from "@/lib/text/slug";
import { notifyExtended, notifyPublished } from "@/lib/competitions/notify";
import { databaseNow } from "@/lib/db/clock";
import { assertDraft, assertExtensible, assertOngoing, CompetitionRuleError } from "@/lib/competitions/policy";
import { blocksPublication, readinessProblems } from "@/lib/competitions/publication-rules";
import { deadlineRulesAt, publicationsOf } from "@/lib/competitions/queries";
import { refreshSameKindRows } from "@/lib/competitions/same-kind";
import type { CommissionCallFields, CompetitionBasics, CompetitionParameters } from "@/lib/competitions/schemas";

export type Actor = { userId: string; ip: string | null };
type Tx = Prisma.TransactionClient;
type Extension = { newDeadline: Date; reason: string; actReference: string | null; documentId: string | null };

export async function audit(
  tx: Tx,
  action: AuditAction,
  competition: { id: string; institutionId: string },
  actor: Actor,
  details: Prisma.InputJsonValue = {},
): Promise<void> {
  await recordAuditEvent(
    {
      action,
      actorUserId: actor.userId,
      actingForInstitutionId: competition.institutionId,
      subjectType: "Competition",
      subjectId: competition.id,
      ipAddress: actor.ip,
      details,
    },
    tx,
  );
}

/** The competition locked for the change, with what the stage rules need. */
export async function lockCompetition(tx: Tx, competitionId: string) {
  await tx.$queryRaw`SELECT id FROM "Competition" WHERE id = ${competitionId} FOR UPDATE`;
  return tx.competition.findUniqueOrThrow({
    where: { id: competitionId },
    select: { id: true, institutionId: true, status: true, slug: true, title: true, offersDeadline: true },
  });
}

function basicsData(fields: CompetitionBasics) {
  const { sphereIds: _spheres, territoryCodes: _territories, selectionCriteria, ...data } = fields;
  return {
    ...data,
    selectionCriteria: selectionCriteria.map((criterion, index) => ({ key: `k${index + 1}`, ...criterion })),
  };
}

async function writeTopics(tx: Tx, competitionId: string, fields: CompetitionBasics): Promise<void> {
  const spheres = await tx.publicBenefitSphere.findMany({
    where: { id: { in: fields.sphereIds } },
    select: { id: true },
  });
  const territories = await tx.territory.findMany({
    where: { code: { in: fields.territoryCodes } },
    select: { code: true },
  });
  await tx.competitionSphere.deleteMany({ where: { competitionId } });
  await tx.competitionSphere.createMany({ data: spheres.map((s) => ({ competitionId, sphereId: s.id })) });
  await tx.competitionTerritory.deleteMany({ where: { competitionId } });
  await tx.competitionTerritory.createMany({
    data: territories.map((t) => ({ competitionId, territoryCode: t.code })),
  });
}

export async function createCompetition(
  institutionId: string,
  fields: CompetitionBasics,
  actor: Actor,
): Promise<{ id: string; slug: string }> {
  return db().$transaction(async (tx) => {
    const slug = await firstFreeSlug(
      slugify(fields.title, 70) || "konkurs",
      async (candidate) => (await tx.competition.count({ where: { slug: candidate } })) > 0,
    );
    const competition = await tx.competition.create({
      data: {
        ...basicsData(fields),
        institutionId,
        slug,
        createdById: actor.userId,
        confirmationChannels: ["PAPER", "QUALIFIED_SIGNATURE", "TRUSTED_PROFILE"],
      },
      select: { id: true, slug: true, institutionId: true },
    });
    await writeTopics(tx, competition.id, fields);
    await audit(tx, "competition.created", competition, actor);
    return { id: competition.id, slug: competition.slug };
  });
}

export async function updateCompetitionBasics(competitionId: string, fields: CompetitionBasics, actor: Actor) {
  return db().$transaction(async (tx) => {
    const current = await lockCompetition(tx, competitionId);
    assertDraft(current.status);
    await tx.competition.update({ where: { id: competitionId }, data: basicsData(fields) });
    await writeTopics(tx, competitionId, fields);
    // The years of pkt 7 follow the years of implementation.
    await refreshSameKindRows(tx, competitionId);
    await audit(tx, "competition.edited", current, actor, { part: "basics" });
    return { slug: current.slug };
  });
}

export async function updateCompetitionParameters(competitionId: string, fields: CompetitionParameters, actor: Actor) {
  return db().$transaction(async (tx) => {
    const current = await lockCompetition(tx, competitionId);
    assertDraft(current.status);
    const { minGrant, maxGrant, ...rest } = fields;
    await tx.competition.update({
      where: { id: competitionId },
      data: {
        ...rest,
        minGrant: minGrant === null ? null : BigInt(minGrant),
        maxGrant: maxGrant === null ? null : BigInt(maxGrant),
      },
    });
    await refreshTotals(tx, competitionId);
    await audit(tx, "competition.edited", current, actor, { part: "parameters" });
    return { saved: true as const };
  });
}

/** The list's denormalised pool and the largest grant possible (a task's maximum, else the competition's, else the pool). */
export async function refreshTotals(tx: Tx, competitionId: string): Promise<void> {
  const competition = await tx.competition.findUniqueOrThrow({
    where: { id: competitionId },
    select: { maxGrant: true, tasks: { select: { pool: true, maxGrant: true } } },
  });
  let total = 0n;
  let ceiling: bigint | null = null;
  for (const task of competition.tasks) {
    total += task.pool;
    const possible = task.maxGrant ?? competition.maxGrant ?? task.pool;
    const capped = possible > task.pool ? task.pool : possible;
    if (ceiling === null || capped > ceiling) ceiling = capped;
  }
  await tx.competition.update({ where: { id: competitionId }, data: { totalPool: total, maxGrantCeiling: ceiling } });
}

/**
 * Publishes a draft: refused (NOT_PUBLISHABLE) while readinessProblems lists
 * an error, by the legal limits in force today; keeps those limits with the
 * competition, computes the pkt 7 rows once more and tells the audience.
 */
export async function publishCompetition(competitionId: string, actor: Actor, now = new Date()) {
  const result = await db().$transaction(async (tx) => {
    const current = await lockCompetition(tx, competitionId);
    assertDraft(current.status);
    await refreshSameKindRows(tx, competitionId);
    const full = await tx.competition.findUniqueOrThrow({
      where: { id: competitionId },
      include: { tasks: { select: { number: true, pool: true } }, publications: true },
    });
    const problems = readinessProblems(
      { ...full, publications: publicationsOf(full.publications) },
      await deadlineRulesAt(now),
      now,
    );
    if (blocksPublication(problems)) throw new CompetitionRuleError("NOT_PUBLISHABLE");
    const snapshot = await rulesAt(legalRuleKeys, now);
    await tx.competition.update({
      where: { id: competitionId },
      data: { status: "PUBLISHED", publishedAt: now, publishedById: actor.userId, rulesSnapshot: snapshot },
    });
    await refreshTotals(tx, competitionId);
    await notifyPublished(tx, competitionId, actor.userId);
    await audit(tx, "competition.published", current, actor, { deadline: full.offersDeadline.toISOString() });
    return { slug: current.slug };
  });
  await dispatchNotifications();
  return result;
}

/** A later deadline, with its reason and act; the history keeps the previous one. */
export async function extendDeadline(competitionId: string, extension: Extension, actor: Actor, at?: Date) {
  const result = await db().$transaction(async (tx) => {
    const current = await lockCompetition(tx, competitionId);
    // The database's clock, as submissions use: one clock decides whether the deadline has passed.
    assertExtensible(current, extension.newDeadline, at ?? (await databaseNow(tx)));
    const document = extension.documentId
      ? await tx.competitionDocument.findFirst({
          where: { id: extension.documentId, competitionId },
          select: { id: true },
        })
      : null;
    await tx.competitionDeadlineChange.create({
      data: {
        competitionId,
        previousDeadline: current.offersDeadline,
        newDeadline: extension.newDeadline,
        reason: extension.reason,
        actReference: extension.actReference,
        documentId: document?.id ?? null,
        createdById: actor.userId,
      },
    });
    // The reminders were for the old deadline.
    await tx.competition.update({
      where: { id: competitionId },
      data: { offersDeadline: extension.newDeadline, weekReminderAt: null, dayReminderAt: null },
    });
    await notifyExtended(tx, competitionId, actor.userId, extension.reason);
    await audit(tx, "competition.extended", current, actor, {
      from: current.offersDeadline.toISOString(),
      to: extension.newDeadline.toISOString(),
    });
    return { slug: current.slug };
  });
  await dispatchNotifications();
  return result;
}

/** Opens (or changes) the call for members of the competition commission; nominations are S2's. */
export async function saveCommissionCall(competitionId: string, fields: CommissionCallFields, actor: Actor) {
  return db().$transaction(async (tx) => {
    const current = await lockCompetition(tx, competitionId);
    assertOngoing(current.status);
    await tx.commissionCall.upsert({
      where: { competitionId },
      create: { competitionId, ...fields },
      update: fields,
    });
    await audit(tx, "competition.edited", current, actor, { part: "commissionCall" });
    return { saved: true as const };
  });
}
