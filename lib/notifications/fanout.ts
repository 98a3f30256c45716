// Turns stored events into one Notification per recipient, in one INSERT …
// SELECT per event, so an audience of thousands costs one statement. Events
// are claimed with SKIP LOCKED, so several workers share the work.
import { db } from "@/lib/db/client";
import type { Audience } from "@/lib/notifications/notify";
import { defaultChannel, isConfigurable } from "@/lib/notifications/preferences";
import type { NotificationType } from "@/lib/notifications/types";

const BATCH = 50;

/** Fans out waiting events; returns how many events and notifications it handled. */
export async function fanOutPendingNotifications(): Promise<{ events: number; notifications: number }> {
  let events = 0;
  let notifications = 0;
  for (;;) {
    const handled = await db().$transaction(async (tx) => {
      const claimed = await tx.$queryRaw<
        { id: string; type: string; audience: Audience; actorUserId: string | null }[]
      >`
        SELECT id, type, audience, "actorUserId" FROM "NotificationEvent"
        WHERE "fannedOutAt" IS NULL ORDER BY "createdAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
      let inserted = 0;
      for (const event of claimed) {
        const audience = event.audience;
        const users = audience.users ?? [];
        const organisationIds = (audience.organisations ?? []).flatMap((o) => o.roles.map(() => o.id));
        const organisationRoles = (audience.organisations ?? []).flatMap((o) => o.roles);
        const institutionIds = (audience.institutions ?? []).flatMap((i) => i.roles.map(() => i.id));
        const institutionRoles = (audience.institutions ?? []).flatMap((i) => i.roles);
        const platformRoles = audience.platformRoles ?? [];
        const topic = audience.topic ?? null;
        const sphereIds = topic?.sphereIds ?? [];
        const territoryCodes = topic?.territoryCodes ?? [];
        const institutionId = topic?.institutionId ?? null;
        const followType = audience.followersOf?.type ?? null;
        const followId = audience.followersOf?.id ?? null;
        // Each recipient's e-mail channel: their preference for the type, else the default for their role.
        const type = event.type as NotificationType;
        const forced = !isConfigurable(type);
        const forAdministrators = defaultChannel(type, "ADMINISTRATOR");
        const forOthers = defaultChannel(type, "RESIDENT");
        inserted += await tx.$executeRaw`
          INSERT INTO "Notification" ("id", "eventId", "userId", "emailChannel", "createdAt")
          SELECT replace(gen_random_uuid()::text, '-', ''), ${event.id}, u."id",
            CASE WHEN ${forced} THEN ${forOthers}::"EmailChannel"
                 ELSE COALESCE(p."channel", CASE WHEN u."platformRole" = 'ADMINISTRATOR' THEN ${forAdministrators}::"EmailChannel" ELSE ${forOthers}::"EmailChannel" END)
            END,
            now()
          FROM "User" u
          LEFT JOIN "NotificationPreference" p ON p."userId" = u."id" AND p."type" = ${event.type}
          WHERE u."deletedAt" IS NULL AND u."blockedAt" IS NULL
            AND u."id" IS DISTINCT FROM ${event.actorUserId}
            AND (
              u."id" = ANY(${users}::text[])
              OR u."platformRole"::text = ANY(${platformRoles}::text[])
              OR EXISTS (
                SELECT 1 FROM "OrganisationMembership" m
                JOIN unnest(${organisationIds}::text[], ${organisationRoles}::text[]) AS a(organisation, role)
                  ON m."organisationId" = a.organisation AND m."role"::text = a.role
                WHERE m."userId" = u."id")
              OR EXISTS (
                SELECT 1 FROM "InstitutionMembership" m
                JOIN unnest(${institutionIds}::text[], ${institutionRoles}::text[]) AS a(institution, role)
                  ON m."institutionId" = a.institution AND m."role"::text = a.role
                WHERE m."userId" = u."id")
              OR EXISTS (
                SELECT 1 FROM "ItemSubscription" f
                WHERE f."userId" = u."id" AND f."subjectType" = ${followType} AND f."subjectId" = ${followId})
              -- A topic matches when each part it names matches; territories by TERYT prefix
              -- (following powiat 1609 covers its gminas 1609xxx, following "16" the region).
              OR (${topic !== null} AND EXISTS (
                SELECT 1 FROM "TopicSubscription" s
                WHERE s."userId" = u."id"
                  AND (s."sphereId" IS NULL OR s."sphereId" = ANY(${sphereIds}::text[]))
                  AND (s."territoryCode" IS NULL OR EXISTS (SELECT 1 FROM unnest(${territoryCodes}::text[]) AS c(code) WHERE c.code LIKE s."territoryCode" || '%'))
                  AND (s."institutionId" IS NULL OR s."institutionId" = ${institutionId})))
            )
          ON CONFLICT ("eventId", "userId") DO NOTHING`;
        await tx.notificationEvent.update({ where: { id: event.id }, data: { fannedOutAt: new Date() } });
      }
      return { events: claimed.length, inserted };
    });
    events += handled.events;
    notifications += handled.inserted;
    if (handled.events < BATCH) return { events, notifications };
  }
}

/** Drops entries older than the retention, and events nobody holds any more. */
export async function pruneNotifications(retentionDays: number, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - retentionDays * 24 * 3600_000);
  const removed = await db().notification.deleteMany({ where: { createdAt: { lt: before } } });
  await db().notificationEvent.deleteMany({
    where: { createdAt: { lt: before }, fannedOutAt: { not: null }, notifications: { none: {} } },
  });
  return removed.count;
}
