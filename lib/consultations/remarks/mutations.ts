// Remarks (uwagi): made while a consultation is open, by the server's clock;
// for an organisation the author represents, or as oneself where the
// consultation admits residents; editable and withdrawable by their author
// until the end, unless an official has answered: the answer refers to the
// words it was given, so an answered remark is frozen (what people expect of
// a reply on record; a new remark can still be made while it is open).
// Reading them is in queries.ts, who sees them in policy.ts.
import type { Actor } from "@/lib/auth/permissions";
import { resolveActingAs } from "@/lib/auth/acting-as";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { phaseAt } from "@/lib/consultations/lifecycle";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { consultationSubject } from "@/lib/consultations/audience";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";

export type RemarkRefusal =
  "REMARKS_CLOSED" | "REMARKS_NOT_OPEN" | "ORGANISATION_REQUIRED" | "UNIT_NOT_FOUND" | "REMARK_ANSWERED";

/** A refusal the form shows in words (the consultation's rules, not the person's input). */
export class RemarkRuleError extends RuleRefusal<RemarkRefusal> {}

function assertOpen(
  consultation: { status: Prisma.ConsultationGetPayload<object>["status"]; startsAt: Date; endsAt: Date },
  now: Date,
): void {
  const phase = phaseAt(consultation, now);
  if (phase === "open") return;
  throw new RemarkRuleError(phase === "draft" || phase === "scheduled" ? "REMARKS_NOT_OPEN" : "REMARKS_CLOSED");
}

type Content = { currentWording: string | null; proposedWording: string | null; justification: string | null };

export async function submitRemark(
  actor: Actor,
  input: Content & { consultationId: string; unitId: string | null; actingFor: string | null },
  meta: { ip: string | null },
  now = new Date(),
): Promise<{ id: string }> {
  const consultation = await db().consultation.findUnique({
    where: { id: input.consultationId },
    select: {
      id: true,
      slug: true,
      title: true,
      institutionId: true,
      status: true,
      startsAt: true,
      endsAt: true,
      audience: true,
    },
  });
  if (!consultation) throw new AppError("NOT_FOUND", "no such consultation");
  assertOpen(consultation, now);
  // The unit must belong to this consultation: an id from another one is not found.
  if (
    input.unitId &&
    !(await db().consultationUnit.findFirst({
      where: { id: input.unitId, consultationId: consultation.id },
      select: { id: true },
    }))
  ) {
    throw new RemarkRuleError("UNIT_NOT_FOUND");
  }
  const actingAs = await resolveActingAs(actor, input.actingFor);
  if (consultation.audience === "ORGANISATIONS" && actingAs.organisationId === null)
    throw new RemarkRuleError("ORGANISATION_REQUIRED");
  const created = await db().$transaction(async (tx) => {
    const remark = await tx.remark.create({
      data: {
        consultationId: consultation.id,
        unitId: input.unitId,
        currentWording: input.currentWording,
        proposedWording: input.proposedWording,
        justification: input.justification,
        authorId: actingAs.userId,
        organisationId: actingAs.organisationId,
      },
      select: { id: true },
    });
    await recordAuditEvent(
      {
        action: "remark.submitted",
        actorUserId: actor.id,
        actingForOrganisationId: actingAs.organisationId,
        subjectType: "Remark",
        subjectId: remark.id,
        ipAddress: meta.ip,
      },
      tx,
    );
    await tellOfficials(tx, consultation, {
      id: remark.id,
      authorId: actor.id,
      organisationId: actingAs.organisationId,
    });
    return remark;
  });
  await dispatchNotifications();
  return created;
}

/** The organiser's officials hear of each new remark (at once or in their digest, as each chose). */
export async function tellOfficials(
  tx: Prisma.TransactionClient,
  consultation: { id: string; slug: string; title: string; institutionId: string },
  remark: { id: string; authorId: string; organisationId: string | null },
): Promise<void> {
  const author = remark.organisationId
    ? (await tx.organisation.findUniqueOrThrow({ where: { id: remark.organisationId }, select: { name: true } })).name
    : (await tx.user.findUniqueOrThrow({ where: { id: remark.authorId }, select: { name: true } })).name;
  await notify(
    {
      type: "consultation.remark_submitted",
      subject: consultationSubject(consultation),
      actor: { userId: remark.authorId, organisationId: remark.organisationId },
      audience: { institutions: [{ id: consultation.institutionId, roles: ["ADMINISTRATOR", "OFFICIAL"] }] },
      data: { author, remark: remark.id },
    },
    tx,
  );
}

/** The author's own unanswered remark in an open consultation, or a refusal. */
async function ownOpenRemark(actor: Actor, remarkId: string, now: Date) {
  const remark = await db().remark.findFirst({
    where: { id: remarkId, authorId: actor.id, state: "SUBMITTED" },
    select: {
      id: true,
      organisationId: true,
      decision: true,
      consultation: { select: { status: true, startsAt: true, endsAt: true } },
    },
  });
  if (!remark) throw new AppError("NOT_FOUND", "no such remark of this author");
  assertOpen(remark.consultation, now);
  if (remark.decision) throw new RemarkRuleError("REMARK_ANSWERED");
  return remark;
}

/** Changes the remark only while it is still unanswered: an answer given since the check wins. */
async function changeUnanswered(
  tx: Prisma.TransactionClient,
  remarkId: string,
  data: Prisma.RemarkUpdateManyMutationInput,
): Promise<void> {
  const { count } = await tx.remark.updateMany({ where: { id: remarkId, state: "SUBMITTED", decision: null }, data });
  if (count === 0) throw new RemarkRuleError("REMARK_ANSWERED");
}

export async function editRemark(
  actor: Actor,
  input: Content & { remarkId: string },
  meta: { ip: string | null },
  now = new Date(),
): Promise<void> {
  const remark = await ownOpenRemark(actor, input.remarkId, now);
  await db().$transaction(async (tx) => {
    await changeUnanswered(tx, remark.id, {
      currentWording: input.currentWording,
      proposedWording: input.proposedWording,
      justification: input.justification,
      editedAt: now,
    });
    await recordAuditEvent(
      {
        action: "remark.edited",
        actorUserId: actor.id,
        actingForOrganisationId: remark.organisationId,
        subjectType: "Remark",
        subjectId: remark.id,
        ipAddress: meta.ip,
      },
      tx,
    );
  });
}

export async function withdrawRemark(
  actor: Actor,
  remarkId: string,
  meta: { ip: string | null },
  now = new Date(),
): Promise<void> {
  const remark = await ownOpenRemark(actor, remarkId, now);
  await db().$transaction(async (tx) => {
    await changeUnanswered(tx, remark.id, { state: "WITHDRAWN" });
    await recordAuditEvent(
      {
        action: "remark.withdrawn",
        actorUserId: actor.id,
        actingForOrganisationId: remark.organisationId,
        subjectType: "Remark",
        subjectId: remark.id,
        ipAddress: meta.ip,
      },
      tx,
    );
  });
}
