// Nominating to a competition commission: while the call is open, an
// organisation's owner puts forward one person, stating that they agreed; one
// live nominee per organisation (a partial unique index, so two owners at once
// cannot both succeed); the office's officials are told. The nominee may be
// withdrawn while the call is open, and another put forward.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { competitionSubject } from "@/lib/competitions/notification-links";
import { db } from "@/lib/db/client";
import { uniqueViolationFields } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import type { z } from "zod";
import type { nominateSchema } from "@/lib/competitions/commission-call/schemas";

export type NominationRefusal = "callClosed" | "notVerified" | "alreadyNominated";

const isOpen = (call: { opensAt: Date; closesAt: Date }, now: Date) => call.opensAt <= now && now < call.closesAt;

export async function nominate(
  actor: Actor,
  input: z.output<typeof nominateSchema>,
  now = new Date(),
): Promise<{ id: string }> {
  const competition = await db().competition.findUnique({
    where: { id: input.competitionId },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      institutionId: true,
      commissionCall: { select: { id: true, opensAt: true, closesAt: true } },
    },
  });
  if (!competition || competition.status === "DRAFT" || !competition.commissionCall)
    throw new AppError("NOT_FOUND", `commission call of ${input.competitionId}`);
  const call = competition.commissionCall;
  if (!isOpen(call, now)) throw new RuleRefusal<NominationRefusal>("callClosed");
  const organisation = await db().organisation.findUnique({
    where: { id: input.organisationId },
    select: { verifiedAt: true },
  });
  if (!organisation?.verifiedAt) throw new RuleRefusal<NominationRefusal>("notVerified");
  try {
    const id = await db().$transaction(async (tx) => {
      const nomination = await tx.commissionNomination.create({
        data: {
          callId: call.id,
          organisationId: input.organisationId,
          nomineeName: input.nomineeName,
          nomineeEmail: input.nomineeEmail,
          nomineePhone: input.nomineePhone || null,
          consentAt: now,
          submittedById: actor.id,
        },
        select: { id: true },
      });
      await notify(
        {
          type: "competition.nomination_received",
          subject: competitionSubject(competition),
          actor: { userId: actor.id, organisationId: input.organisationId },
          audience: { institutions: [{ id: competition.institutionId, roles: ["ADMINISTRATOR", "OFFICIAL"] }] },
        },
        tx,
      );
      return nomination.id;
    });
    await dispatchNotifications();
    return { id };
  } catch (error) {
    if (uniqueViolationFields(error)) throw new RuleRefusal<NominationRefusal>("alreadyNominated");
    throw error;
  }
}

export async function withdrawNomination(nominationId: string, now = new Date()): Promise<void> {
  const nomination = await db().commissionNomination.findUnique({
    where: { id: nominationId },
    select: { withdrawnAt: true, call: { select: { opensAt: true, closesAt: true } } },
  });
  if (!nomination || nomination.withdrawnAt) throw new AppError("NOT_FOUND", `nomination ${nominationId}`);
  if (!isOpen(nomination.call, now)) throw new RuleRefusal<NominationRefusal>("callClosed");
  await db().commissionNomination.updateMany({
    where: { id: nominationId, withdrawnAt: null },
    data: { withdrawnAt: now },
  });
}
