// Officials' changes to consultations. Text and dates may change until the
// consultation opens; after that the units are what remarks point at, so only
// an extension of the end date (with its reason) is possible.
import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { durationDays, phaseAt } from "@/lib/consultations/lifecycle";
import type { ConsultationFields } from "@/lib/consultations/schemas";
import { splitIntoUnits } from "@/lib/consultations/units";
import { consultationSubject, followersAndParticipants, followersOf } from "@/lib/consultations/audience";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";
import { FieldRuleError, type FieldProblem } from "@/lib/rule-errors/field-rules";
import { firstFreeSlug, slugify } from "@/lib/text/slug";

type Actor = { userId: string; ip: string | null };

/** Thrown with the problems that the form shows on its fields. */
export class ConsultationRuleError extends FieldRuleError {
  override name = "ConsultationRuleError";
}

async function uniqueSlug(title: string, tx: Prisma.TransactionClient): Promise<string> {
  return firstFreeSlug(
    slugify(title, 60) || "konsultacje",
    async (slug) => (await tx.consultation.count({ where: { slug } })) > 0,
  );
}

function recordData(fields: ConsultationFields) {
  const { sphereIds: _spheres, territoryCodes: _territories, ...data } = fields;
  return data;
}

async function writeRelations(
  tx: Prisma.TransactionClient,
  consultationId: string,
  fields: ConsultationFields,
): Promise<void> {
  await tx.consultationUnit.deleteMany({ where: { consultationId } });
  const units = splitIntoUnits(fields.sourceText, fields.splitMode);
  if (units.length > 0) {
    await tx.consultationUnit.createMany({
      data: units.map((unit, position) => ({ consultationId, position, ...unit })),
    });
  }
  await tx.consultationSphere.deleteMany({ where: { consultationId } });
  const spheres = await tx.publicBenefitSphere.findMany({
    where: { id: { in: fields.sphereIds } },
    select: { id: true },
  });
  await tx.consultationSphere.createMany({ data: spheres.map((sphere) => ({ consultationId, sphereId: sphere.id })) });
  await tx.consultationTerritory.deleteMany({ where: { consultationId } });
  const territories = await tx.territory.findMany({
    where: { code: { in: fields.territoryCodes } },
    select: { code: true },
  });
  await tx.consultationTerritory.createMany({
    data: territories.map((territory) => ({ consultationId, territoryCode: territory.code })),
  });
}

export async function createConsultation(
  institutionId: string,
  fields: ConsultationFields,
  actor: Actor,
): Promise<{ id: string; slug: string }> {
  return db().$transaction(async (tx) => {
    const consultation = await tx.consultation.create({
      data: {
        ...recordData(fields),
        institutionId,
        slug: await uniqueSlug(fields.title, tx),
        createdById: actor.userId,
      },
      select: { id: true, slug: true },
    });
    await writeRelations(tx, consultation.id, fields);
    await recordAuditEvent(
      {
        action: "consultation.created",
        actorUserId: actor.userId,
        actingForInstitutionId: institutionId,
        subjectType: "Consultation",
        subjectId: consultation.id,
        ipAddress: actor.ip,
      },
      tx,
    );
    return consultation;
  });
}

/** Saves a draft or a scheduled consultation; refused (CONFLICT) once it has opened. */
export async function updateConsultation(
  consultationId: string,
  fields: ConsultationFields,
  actor: Actor,
  now = new Date(),
): Promise<{ slug: string }> {
  return db().$transaction(async (tx) => {
    const current = await tx.consultation.findUniqueOrThrow({
      where: { id: consultationId },
      select: { status: true, startsAt: true, endsAt: true, institutionId: true, slug: true },
    });
    const phase = phaseAt(current, now);
    if (phase !== "draft" && phase !== "scheduled") throw new AppError("CONFLICT", "consultation already open");
    if (phase === "scheduled") await checkPublishable(tx, current.institutionId, fields, now);
    await tx.consultation.update({ where: { id: consultationId }, data: recordData(fields) });
    await writeRelations(tx, consultationId, fields);
    await recordAuditEvent(
      {
        action: "consultation.edited",
        actorUserId: actor.userId,
        actingForInstitutionId: current.institutionId,
        subjectType: "Consultation",
        subjectId: consultationId,
        ipAddress: actor.ip,
      },
      tx,
    );
    return { slug: current.slug };
  });
}

async function checkPublishable(
  tx: Prisma.TransactionClient,
  institutionId: string,
  fields: { startsAt: Date; endsAt: Date; sourceText: string; splitMode: ConsultationFields["splitMode"] },
  now: Date,
): Promise<void> {
  const { consultationMinDays } = await tx.institution.findUniqueOrThrow({
    where: { id: institutionId },
    select: { consultationMinDays: true },
  });
  const problems: FieldProblem[] = [];
  // A minute's grace: "now" in the form is a little in the past by the time it is saved.
  if (fields.startsAt.getTime() < now.getTime() - 5 * 60_000)
    problems.push({ field: "startsAt", message: "consultationStartInPast" });
  if (durationDays(fields.startsAt, fields.endsAt) < consultationMinDays)
    problems.push({ field: "endsAt", message: "consultationTooShort" });
  if (splitIntoUnits(fields.sourceText, fields.splitMode).length === 0)
    problems.push({ field: "sourceText", message: "sourceTextEmpty" });
  if (problems.length > 0) throw new ConsultationRuleError(problems);
}

/** Publishes a draft: scheduled until its start, then open. Checks the institution's minimum duration. */
export async function publishConsultation(consultationId: string, actor: Actor, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    const current = await tx.consultation.findUniqueOrThrow({ where: { id: consultationId } });
    if (current.status !== "DRAFT") throw new AppError("CONFLICT", "consultation not a draft");
    await checkPublishable(
      tx,
      current.institutionId,
      { ...current, splitMode: current.splitMode as ConsultationFields["splitMode"] },
      now,
    );
    const status = current.startsAt <= now ? "OPEN" : "SCHEDULED";
    await tx.consultation.update({ where: { id: consultationId }, data: { status, publishedAt: now } });
    if (status === "OPEN") {
      await notify(
        {
          type: "consultation.opened",
          subject: consultationSubject(current),
          actor: { userId: actor.userId, institutionId: current.institutionId },
          audience: await followersOf(tx, consultationId),
        },
        tx,
      );
    }
    await recordAuditEvent(
      {
        action: "consultation.published",
        actorUserId: actor.userId,
        actingForInstitutionId: current.institutionId,
        subjectType: "Consultation",
        subjectId: consultationId,
        ipAddress: actor.ip,
      },
      tx,
    );
  });
  await dispatchNotifications();
}

/** Takes a scheduled consultation back to draft (before it opens). */
export async function unpublishConsultation(consultationId: string, actor: Actor, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    const current = await tx.consultation.findUniqueOrThrow({ where: { id: consultationId } });
    if (phaseAt(current, now) !== "scheduled")
      throw new AppError("CONFLICT", "only a scheduled consultation returns to draft");
    await tx.consultation.update({ where: { id: consultationId }, data: { status: "DRAFT", publishedAt: null } });
    await recordAuditEvent(
      {
        action: "consultation.unpublished",
        actorUserId: actor.userId,
        actingForInstitutionId: current.institutionId,
        subjectType: "Consultation",
        subjectId: consultationId,
        ipAddress: actor.ip,
      },
      tx,
    );
  });
}

/** Moves the end of an open consultation later, keeping the reason participants are told. */
export async function extendConsultation(
  consultationId: string,
  endsAt: Date,
  reason: string,
  actor: Actor,
  now = new Date(),
): Promise<void> {
  await db().$transaction(async (tx) => {
    const current = await tx.consultation.findUniqueOrThrow({ where: { id: consultationId } });
    if (phaseAt(current, now) !== "open") throw new AppError("CONFLICT", "only an open consultation is extended");
    if (endsAt <= current.endsAt) throw new ConsultationRuleError([{ field: "endsAt", message: "extensionNotLater" }]);
    await tx.consultationExtension.create({
      data: { consultationId, previousEndsAt: current.endsAt, newEndsAt: endsAt, reason, createdById: actor.userId },
    });
    await tx.consultation.update({ where: { id: consultationId }, data: { endsAt, status: "OPEN" } });
    await notify(
      {
        type: "consultation.extended",
        subject: consultationSubject(current),
        actor: { userId: actor.userId, institutionId: current.institutionId },
        audience: await followersAndParticipants(tx, consultationId),
        data: { reason },
      },
      tx,
    );
    await recordAuditEvent(
      {
        action: "consultation.extended",
        actorUserId: actor.userId,
        actingForInstitutionId: current.institutionId,
        subjectType: "Consultation",
        subjectId: consultationId,
        ipAddress: actor.ip,
        details: { previousEndsAt: current.endsAt.toISOString(), endsAt: endsAt.toISOString(), reason },
      },
      tx,
    );
  });
  await dispatchNotifications();
}

const REMINDERS = [
  { field: "weekReminderAt", before: 7 * 24 * 3600 * 1000, days: "7" },
  { field: "dayReminderAt", before: 24 * 3600 * 1000, days: "1" },
] as const;

/**
 * Followers hear that a week, and then a day, remain: each once, and only
 * when the consultation was open before that moment (a 5-day consultation
 * gets no "a week left").
 */
async function remindBeforeClosing(now: Date): Promise<number> {
  let sent = 0;
  for (const reminder of REMINDERS) {
    const due = await db().consultation.findMany({
      where: {
        status: { in: ["SCHEDULED", "OPEN"] },
        startsAt: { lte: now },
        endsAt: { gt: now, lte: new Date(now.getTime() + reminder.before) },
        [reminder.field]: null,
      },
      select: { id: true, title: true, slug: true, institutionId: true, startsAt: true, endsAt: true },
    });
    for (const consultation of due) {
      if (consultation.endsAt.getTime() - consultation.startsAt.getTime() <= reminder.before) continue;
      await db().$transaction(async (tx) => {
        const marked = await tx.consultation.updateMany({
          where: { id: consultation.id, [reminder.field]: null },
          data: { [reminder.field]: now },
        });
        if (marked.count === 0) return;
        await notify(
          {
            type: "consultation.closing_soon",
            subject: consultationSubject(consultation),
            actor: { userId: null, institutionId: consultation.institutionId },
            audience: await followersOf(tx, consultation.id),
            data: { days: reminder.days },
          },
          tx,
        );
        sent += 1;
      });
    }
  }
  return sent;
}

/** The lifecycle job: published consultations whose dates have come take their status (returns how many changed). */
export async function advanceConsultations(now = new Date()): Promise<{ opened: string[]; closed: string[] }> {
  const opened = await db().consultation.findMany({
    where: { status: "SCHEDULED", startsAt: { lte: now }, endsAt: { gt: now } },
    select: { id: true },
  });
  const closed = await db().consultation.findMany({
    where: { status: { in: ["SCHEDULED", "OPEN"] }, endsAt: { lte: now } },
    select: { id: true },
  });
  for (const { id } of opened) {
    await db().$transaction(async (tx) => {
      // Only the run that moves the status tells followers, so a retried job does not repeat it.
      const moved = await tx.consultation.updateMany({ where: { id, status: "SCHEDULED" }, data: { status: "OPEN" } });
      if (moved.count === 0) return;
      const consultation = await tx.consultation.findUniqueOrThrow({
        where: { id },
        select: { title: true, slug: true, institutionId: true },
      });
      await notify(
        {
          type: "consultation.opened",
          subject: consultationSubject({ id, ...consultation }),
          actor: { userId: null, institutionId: consultation.institutionId },
          audience: await followersOf(tx, id),
        },
        tx,
      );
    });
  }
  await db().consultation.updateMany({
    where: { id: { in: closed.map((c) => c.id) }, status: { in: ["SCHEDULED", "OPEN"] } },
    data: { status: "CLOSED" },
  });
  const reminded = await remindBeforeClosing(now);
  if (opened.length > 0 || reminded > 0) await dispatchNotifications();
  return { opened: opened.map((c) => c.id), closed: closed.map((c) => c.id) };
}

/** Publishes (or corrects) the adopted text after the consultation; the page compares it with the draft. */
export async function publishFinalText(
  consultationId: string,
  input: { finalText: string; splitMode: ConsultationFields["splitMode"] },
  actor: Actor,
  now = new Date(),
): Promise<void> {
  await db().$transaction(async (tx) => {
    const current = await tx.consultation.findUniqueOrThrow({
      where: { id: consultationId },
      select: { status: true, startsAt: true, endsAt: true, institutionId: true, finalPublishedAt: true },
    });
    const phase = phaseAt(current, now);
    if (phase !== "closed" && phase !== "reportPublished")
      throw new AppError("CONFLICT", "the adopted text follows the consultation");
    if (splitIntoUnits(input.finalText, input.splitMode).length === 0)
      throw new ConsultationRuleError([{ field: "finalText", message: "finalTextEmpty" }]);
    await tx.consultation.update({
      where: { id: consultationId },
      data: { finalText: input.finalText, finalSplitMode: input.splitMode, finalPublishedAt: now },
    });
    await recordAuditEvent(
      {
        action: "consultation.final_text_published",
        actorUserId: actor.userId,
        actingForInstitutionId: current.institutionId,
        subjectType: "Consultation",
        subjectId: consultationId,
        ipAddress: actor.ip,
        details: { correction: current.finalPublishedAt !== null },
      },
      tx,
    );
  });
}
