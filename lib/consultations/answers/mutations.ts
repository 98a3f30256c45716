// Answering remarks: officials of the organiser give each remark a decision
// (uwzględniona / uwzględniona częściowo / nieuwzględniona) with its reason,
// one by one or several similar ones together, until the report is
// published; the author is told through the notification service. The
// officials' worklist is read in queries.ts.
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RemarkDecision } from "@/lib/generated/prisma/enums";
import { phaseAt } from "@/lib/consultations/lifecycle";
import { enqueue } from "@/lib/jobs/enqueue";
import { consultationSubject } from "@/lib/consultations/audience";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";

/**
 * Tells an author the office's answer: the decision, its reason, and a link to
 * the remark (the first of theirs, when one answer covers several, so that
 * forty similar remarks make one notice, not forty e-mails).
 */
async function tellAuthor(
  tx: Prisma.TransactionClient,
  consultation: { id: string; title: string; slug: string; institutionId: string },
  author: { id: string; remarkIds: string[] },
  officialId: string,
  answer: { decision: RemarkDecision; reason: string | null },
): Promise<void> {
  await notify(
    {
      type: "remark.answered",
      subject: consultationSubject(consultation),
      actor: { userId: officialId, institutionId: consultation.institutionId },
      audience: { users: [author.id] },
      data: {
        decision: answer.decision,
        reason: answer.reason ?? "none",
        remark: author.remarkIds[0]!,
        count: String(author.remarkIds.length),
      },
    },
    tx,
  );
}

export async function answerRemarks(
  actor: { userId: string; ip: string | null },
  input: { consultationId: string; remarkIds: string[]; decision: RemarkDecision; reason: string },
  now = new Date(),
): Promise<{ answered: number }> {
  const result = await db().$transaction(async (tx) => {
    const consultation = await tx.consultation.findUniqueOrThrow({
      where: { id: input.consultationId },
      select: { id: true, slug: true, title: true, status: true, startsAt: true, endsAt: true, institutionId: true },
    });
    const phase = phaseAt(consultation, now);
    if (phase !== "open" && phase !== "closed")
      throw new AppError("CONFLICT", "remarks are answered while open or closed, before the report");
    // The rows are locked first, so a withdrawal committed meanwhile is seen (and refused
    // below) rather than answered; an author's change waits and then finds the answer.
    await tx.$queryRaw`SELECT id FROM "Remark" WHERE id = ANY(${input.remarkIds}::text[]) AND "consultationId" = ${consultation.id} ORDER BY id FOR UPDATE`;
    // Ids from the client are kept only when they are submitted remarks of this consultation.
    const remarks = await tx.remark.findMany({
      where: { id: { in: input.remarkIds }, consultationId: consultation.id, state: "SUBMITTED" },
      select: { id: true, authorId: true },
    });
    if (remarks.length !== new Set(input.remarkIds).size)
      throw new AppError("NOT_FOUND", "some remarks are not submitted remarks of this consultation");
    const reason = input.reason || null;
    await tx.remark.updateMany({
      where: { id: { in: remarks.map((r) => r.id) } },
      data: { decision: input.decision, decisionReason: reason, answeredAt: now, answeredById: actor.userId },
    });
    await recordAuditEvent(
      {
        action: "remark.answered",
        actorUserId: actor.userId,
        actingForInstitutionId: consultation.institutionId,
        subjectType: "Consultation",
        subjectId: consultation.id,
        ipAddress: actor.ip,
        details: { remarkIds: remarks.map((r) => r.id), decision: input.decision },
      },
      tx,
    );
    // One notice per author: the decision, its reason, and where their remarks are.
    const byAuthor = new Map<string, string[]>();
    for (const remark of remarks)
      if (remark.authorId) byAuthor.set(remark.authorId, [...(byAuthor.get(remark.authorId) ?? []), remark.id]);
    for (const [id, remarkIds] of byAuthor)
      await tellAuthor(tx, consultation, { id, remarkIds }, actor.userId, { decision: input.decision, reason });
    return { answered: remarks.length };
  });
  await dispatchNotifications();
  return result;
}

/**
 * After the report is published, answers are frozen; a mistake is corrected
 * only with a stated reason, kept with who made it and the earlier answer.
 * The report is made again from the record, and the remark's author told.
 */
export async function correctAnswer(
  actor: { userId: string; ip: string | null },
  input: { consultationId: string; remarkId: string; decision: RemarkDecision; reason: string; why: string },
  now = new Date(),
): Promise<void> {
  await db().$transaction(async (tx) => {
    const consultation = await tx.consultation.findUniqueOrThrow({
      where: { id: input.consultationId },
      select: { id: true, slug: true, title: true, status: true, institutionId: true },
    });
    if (consultation.status !== "REPORT_PUBLISHED")
      throw new AppError("CONFLICT", "corrections follow the report; before it, answer the remark");
    const remark = await tx.remark.findFirst({
      where: { id: input.remarkId, consultationId: consultation.id, state: "SUBMITTED" },
      select: { id: true, decision: true, decisionReason: true, authorId: true },
    });
    if (!remark) throw new AppError("NOT_FOUND", "no such remark in this consultation");
    const official = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true } });
    await tx.remarkCorrection.create({
      data: {
        remarkId: remark.id,
        previousDecision: remark.decision,
        previousReason: remark.decisionReason,
        decision: input.decision,
        reason: input.reason || null,
        why: input.why,
        correctedById: actor.userId,
        correctedByName: official.name,
        createdAt: now,
      },
    });
    await tx.remark.update({
      where: { id: remark.id },
      data: {
        decision: input.decision,
        decisionReason: input.reason || null,
        answeredAt: now,
        answeredById: actor.userId,
      },
    });
    await tx.consultationReport.update({
      where: { consultationId: consultation.id },
      data: { state: "GENERATING", requestedAt: now },
    });
    await recordAuditEvent(
      {
        action: "remark.answer_corrected",
        actorUserId: actor.userId,
        actingForInstitutionId: consultation.institutionId,
        subjectType: "Remark",
        subjectId: remark.id,
        ipAddress: actor.ip,
        details: { from: remark.decision, to: input.decision, why: input.why },
      },
      tx,
    );
    if (remark.authorId)
      await tellAuthor(tx, consultation, { id: remark.authorId, remarkIds: [remark.id] }, actor.userId, {
        decision: input.decision,
        reason: input.reason || null,
      });
  });
  await enqueue("consultation-report", { consultationId: input.consultationId });
  await dispatchNotifications();
}
