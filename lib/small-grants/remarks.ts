// Remarks on a published small-grant offer (art. 19a: anyone may send remarks
// within 7 days of the posting), in the consultation remarks' pattern: by a
// signed-in person, as themselves or for a verified organisation they act for,
// plain text within limits, refused after the window by the server's clock,
// and rate-limited per person across all instances. Officials answer them in
// public; an answer can be corrected until the case is decided.
import { resolveActingAs } from "@/lib/auth/acting-as";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { AppError } from "@/lib/errors";
import type { ActionMeta } from "@/lib/http/request-context";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { consumeRateLimits, type RateLimit } from "@/lib/security/rate-limit";
import { smallGrantSubject } from "@/lib/small-grants/notification-links";

export type RemarkRefusal = "REMARKS_CLOSED" | "TOO_MANY_REMARKS" | "CASE_DECIDED" | "OWN_OFFER";
export class SmallGrantRemarkError extends RuleRefusal<RemarkRefusal> {}

/** Enough for anyone with something to say about a few offers; not for a flood. */
export const REMARK_RATE_LIMIT: RateLimit = { name: "small-grant-remark", limit: 20, windowSeconds: 3600 };

/** Whether remarks are taken at `now`: published, and before the end of the window's last day. */
export function remarksOpen(c: { stage: string; remarksUntil: Date | null }, now: Date): boolean {
  return c.stage === "PUBLISHED" && c.remarksUntil !== null && now < c.remarksUntil;
}

export async function submitSmallGrantRemark(
  actor: Actor,
  input: { caseId: string; body: string; actingFor: string | null },
  meta: ActionMeta,
  /** For the demo and tests; by default the database's clock, one for every host (security review L5). */
  now?: Date,
): Promise<{ id: string }> {
  const found = await db().smallGrantCase.findUnique({
    where: { id: input.caseId },
    select: {
      id: true,
      stage: true,
      remarksUntil: true,
      offer: {
        select: { title: true, institutionId: true, leadOrganisationId: true, institution: { select: { slug: true } } },
      },
    },
  });
  // An unpublished case has no public page: not found for remarkers.
  if (!found || found.stage === "RECEIVED") throw new AppError("NOT_FOUND", "no such published small grant");
  if (!remarksOpen(found, now ?? (await databaseNow()))) throw new SmallGrantRemarkError("REMARKS_CLOSED");
  const actingAs = await resolveActingAs(actor, input.actingFor);
  // The remarks are the public's say on an offer: its offeror answers them through the office, not beside them.
  if (actingAs.organisationId === found.offer.leadOrganisationId) throw new SmallGrantRemarkError("OWN_OFFER");
  try {
    await consumeRateLimits([{ limit: REMARK_RATE_LIMIT, subject: actor.id }]);
  } catch (error) {
    if (error instanceof AppError && error.code === "RATE_LIMITED") throw new SmallGrantRemarkError("TOO_MANY_REMARKS");
    throw error;
  }
  const authorName = actingAs.organisationId
    ? (await db().organisation.findUniqueOrThrow({ where: { id: actingAs.organisationId }, select: { name: true } }))
        .name
    : (await db().user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } })).name;
  const created = await db().$transaction(async (tx) => {
    const remark = await tx.smallGrantRemark.create({
      data: {
        caseId: found.id,
        authorId: actor.id,
        organisationId: actingAs.organisationId,
        authorName,
        body: input.body,
      },
      select: { id: true },
    });
    await notify(
      {
        type: "small_grant.remark_submitted",
        subject: smallGrantSubject({ id: found.id, title: found.offer.title }, found.offer.institution),
        actor: { userId: actor.id, organisationId: actingAs.organisationId },
        audience: {
          institutions: [{ id: found.offer.institutionId, roles: ["ADMINISTRATOR", "OFFICIAL"] }],
          organisations: [{ id: found.offer.leadOrganisationId, roles: ["OWNER", "EDITOR"] }],
        },
        data: { author: authorName },
      },
      tx,
    );
    return remark;
  });
  await dispatchNotifications();
  return created;
}

export async function answerSmallGrantRemark(
  actor: Actor,
  input: { remarkId: string; answer: string },
  meta: ActionMeta,
  now = new Date(),
): Promise<void> {
  const remark = await db().smallGrantRemark.findUnique({
    where: { id: input.remarkId },
    select: { id: true, state: true, case: { select: { stage: true, offer: { select: { institutionId: true } } } } },
  });
  if (!remark || remark.state !== "SUBMITTED") throw new AppError("NOT_FOUND", "no such remark");
  const { institutionId } = remark.case.offer;
  if (!can(actor, "smallGrants.manage", { institutionId }))
    throw new AppError("FORBIDDEN", "not this office's official");
  // The decision closes the record: its reasons refer to the remarks as answered then.
  if (remark.case.stage === "ACCEPTED" || remark.case.stage === "REFUSED")
    throw new SmallGrantRemarkError("CASE_DECIDED");
  await db().$transaction(async (tx) => {
    await tx.smallGrantRemark.update({
      where: { id: remark.id },
      data: { answer: input.answer, answeredAt: now, answeredById: actor.id },
    });
    await recordAuditEvent(
      {
        action: "smallGrant.remark_answered",
        actorUserId: actor.id,
        actingForInstitutionId: institutionId,
        subjectType: "SmallGrantRemark",
        subjectId: remark.id,
        ipAddress: meta.ip,
      },
      tx,
    );
  });
}
