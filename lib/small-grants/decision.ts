// The office's decision on a small-grant offer once the remark window has
// ended (art. 19a: after the remarks, the office decides whether the task is
// worth carrying out and signs the contract without delay): accepted with the
// amount granted (at most the amount asked), or refused with a reason the
// applicant reads. Decided once; the organisation hears of it at once.
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { AppError } from "@/lib/errors";
import type { ActionMeta } from "@/lib/http/request-context";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";
import { FieldRuleError } from "@/lib/rule-errors/field-rules";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { smallGrantSubject } from "@/lib/small-grants/notification-links";
import type { DecideValues } from "@/lib/small-grants/schemas";

export type DecisionRefusal = "NOT_PUBLISHED" | "REMARKS_STILL_OPEN" | "ALREADY_DECIDED";
export class DecisionRuleError extends RuleRefusal<DecisionRefusal> {}

export async function decideSmallGrant(
  actor: Actor,
  values: DecideValues,
  meta: ActionMeta,
  /** For tests; by default the database's clock, which also closed the remarks (security review L5). */
  now?: Date,
): Promise<void> {
  const found = await db().smallGrantCase.findUnique({
    where: { id: values.caseId },
    select: {
      stage: true,
      remarksUntil: true,
      offer: {
        select: {
          title: true,
          requestedGrant: true,
          institutionId: true,
          leadOrganisationId: true,
          institution: { select: { slug: true } },
        },
      },
    },
  });
  if (!found) throw new AppError("NOT_FOUND", "no such small-grant case");
  const { offer } = found;
  if (!can(actor, "smallGrants.manage", { institutionId: offer.institutionId }))
    throw new AppError("FORBIDDEN", "not an official of the addressed office");
  if (found.stage === "ACCEPTED" || found.stage === "REFUSED") throw new DecisionRuleError("ALREADY_DECIDED");
  if (found.stage === "RECEIVED" || !found.remarksUntil) throw new DecisionRuleError("NOT_PUBLISHED");
  const at = now ?? (await databaseNow());
  if (at < found.remarksUntil) throw new DecisionRuleError("REMARKS_STILL_OPEN");
  const awarded = values.amount === null ? null : BigInt(values.amount);
  if (awarded !== null && awarded > offer.requestedGrant)
    throw new FieldRuleError([{ field: "amount", message: "smallGrantAmountAboveRequested" }]);
  await db().$transaction(async (tx) => {
    const { count } = await tx.smallGrantCase.updateMany({
      where: { id: values.caseId, stage: { in: ["PUBLISHED", "REMARKS_CLOSED"] } },
      data: {
        stage: values.decision,
        decidedAt: at,
        decidedById: actor.id,
        decisionReason: values.reason,
        awardedAmount: awarded,
      },
    });
    if (count === 0) throw new DecisionRuleError("ALREADY_DECIDED");
    await recordAuditEvent(
      {
        action: "smallGrant.decided",
        actorUserId: actor.id,
        actingForInstitutionId: offer.institutionId,
        subjectType: "SmallGrantCase",
        subjectId: values.caseId,
        ipAddress: meta.ip,
        details: { decision: values.decision, amount: awarded === null ? null : String(awarded) },
      },
      tx,
    );
    await notify(
      {
        type: "small_grant.decided",
        subject: smallGrantSubject({ id: values.caseId, title: offer.title }, offer.institution),
        actor: { userId: actor.id, institutionId: offer.institutionId },
        audience: { organisations: [{ id: offer.leadOrganisationId, roles: ["OWNER", "EDITOR", "MEMBER"] }] },
        data: { decision: values.decision, ...(values.reason ? { reason: values.reason } : {}) },
      },
      tx,
    );
  });
  await dispatchNotifications();
}
