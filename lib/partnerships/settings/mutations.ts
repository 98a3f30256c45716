// Changing the settings. The longest reply period is dated configuration: a
// new value holds from today (Polish time), and the row keeps since when, so
// a request opened earlier is judged by the period in force when it opened.
// Every change is one audit event with the values before and after.
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ActionMeta } from "@/lib/http/request-context";
import type { PartnershipSettingsValues } from "@/lib/partnerships/settings/schemas";
import { polishToday } from "@/lib/partnerships/settings/today";

export async function setPartnershipSettings(
  actor: Actor,
  values: PartnershipSettingsValues,
  meta: ActionMeta,
  now = new Date(),
): Promise<{ maxReplyDaysSince: Date }> {
  if (!can(actor, "partnerships.configure")) throw new AppError("FORBIDDEN", "administrators only");
  return db().$transaction(async (tx) => {
    const [before] = await tx.$queryRaw<{ maxReplyDays: number; maxReplyDaysSince: Date }[]>`
      SELECT "maxReplyDays", "maxReplyDaysSince" FROM "PartnershipSettings" WHERE id = 1 FOR UPDATE`;
    if (!before) throw new AppError("INTERNAL", "the partnership settings row is missing");
    const since = values.maxReplyDays === before.maxReplyDays ? before.maxReplyDaysSince : polishToday(now);
    const previous = await tx.partnershipSettings.findUniqueOrThrow({ where: { id: 1 } });
    await tx.partnershipSettings.update({
      where: { id: 1 },
      data: { ...values, maxReplyDaysSince: since, updatedById: actor.id },
    });
    await recordAuditEvent(
      {
        action: "partnership.settings_changed",
        actorUserId: actor.id,
        subjectType: "PartnershipSettings",
        subjectId: "1",
        ipAddress: meta.ip,
        details: {
          before: {
            weightSpheres: previous.weightSpheres,
            weightDistance: previous.weightDistance,
            weightComplementarity: previous.weightComplementarity,
            weightTrackRecord: previous.weightTrackRecord,
            weightReciprocity: previous.weightReciprocity,
            exposurePenalty: previous.exposurePenalty,
            dailyInterestLimit: previous.dailyInterestLimit,
            maxReplyDays: previous.maxReplyDays,
            maxReplyDaysSince: previous.maxReplyDaysSince.toISOString().slice(0, 10),
          },
          after: { ...values, maxReplyDaysSince: since.toISOString().slice(0, 10) },
        },
      },
      tx,
    );
    return { maxReplyDaysSince: since };
  });
}
