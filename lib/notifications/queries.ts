import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { listInstitutionsInRegion } from "@/lib/institutions/queries";
import { resolveNotificationLinks } from "@/lib/notifications/subject-links";
import { notificationTypes, type NotificationType } from "@/lib/notifications/types";
import { listSpheresInForce } from "@/lib/reference-data/queries";
import { GMINA_KINDS } from "@/lib/reference-data/territories";
import { regionCode } from "@/lib/settings/platform-name";

export const NOTIFICATIONS_PAGE_SIZE = 30;

export const unreadNotificationCount = cache(async (userId: string) =>
  db().notification.count({ where: { userId, readAt: null } }),
);

interface CentreRow {
  total: number;
  unread: number;
  id: string | null;
  readAt: Date | null;
  createdAt: Date | null;
  type: string | null;
  subjectType: string | null;
  subjectId: string | null;
  subjectTitle: string | null;
  data: Record<string, string> | null;
}

/**
 * The reader's counts and one page of their entries in one round trip: the
 * counts come from one scan of their entries (index on userId, readAt) and
 * always make a row, with the page's entries (if any) joined to it. Three
 * queries (two counts and the page) cost the centre a third of its database
 * and query-engine time.
 */
async function readCentre(userId: string, page: number): Promise<CentreRow[]> {
  return db().$queryRaw<CentreRow[]>`
    SELECT c."total", c."unread", p."id", p."readAt", p."createdAt",
           p."type", p."subjectType", p."subjectId", p."subjectTitle", p."data"
    FROM (SELECT count(*)::int AS "total", (count(*) FILTER (WHERE "readAt" IS NULL))::int AS "unread"
          FROM "Notification" WHERE "userId" = ${userId}) c
    LEFT JOIN LATERAL (
      SELECT n."id", n."readAt", n."createdAt", e."type", e."subjectType", e."subjectId", e."subjectTitle", e."data"
      FROM "Notification" n JOIN "NotificationEvent" e ON e."id" = n."eventId"
      WHERE n."userId" = ${userId}
      ORDER BY n."createdAt" DESC, n."id" DESC
      OFFSET ${(page - 1) * NOTIFICATIONS_PAGE_SIZE} LIMIT ${NOTIFICATIONS_PAGE_SIZE}
    ) p ON true
    ORDER BY p."createdAt" DESC, p."id" DESC`;
}

const isKnownType = (type: string | null): type is NotificationType =>
  (notificationTypes as readonly (string | null)[]).includes(type);

/**
 * One page of the reader's notification centre, with how many entries they
 * have and how many are unread; each entry with where it leads them now
 * (null: gone or hidden from them).
 */
export async function listNotifications(reader: Actor, page: number) {
  const rows = await readCentre(reader.id, page);
  const { total, unread } = rows[0] ?? { total: 0, unread: 0 };
  const known = rows.flatMap((row) =>
    row.id !== null && isKnownType(row.type)
      ? [
          {
            id: row.id,
            read: row.readAt !== null,
            createdAt: row.createdAt!,
            type: row.type,
            subjectType: row.subjectType!,
            subjectId: row.subjectId!,
            subjectTitle: row.subjectTitle!,
            data: row.data ?? {},
          },
        ]
      : [],
  );
  const links = await resolveNotificationLinks(
    known.map(({ id, type, subjectType, subjectId, data }) => ({ key: id, type, subjectType, subjectId, data })),
    reader,
  );
  const entries = known.map(({ id, read, createdAt, type, subjectTitle, data }) => ({
    id,
    read,
    createdAt,
    type,
    subjectTitle,
    data,
    link: links.get(id) ?? null,
  }));
  return { total, unread, totalPages: Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE)), entries };
}

/** What a topic can name: spheres in force, the region's units (region, powiats, gminas) and institutions. */
export async function topicChoices() {
  const region = await regionCode();
  const [spheres, units, institutions] = await Promise.all([
    listSpheresInForce(),
    db().territory.findMany({
      where: {
        voivodeshipCode: region,
        kind: { in: ["VOIVODESHIP", "POWIAT", "CITY_WITH_POWIAT_RIGHTS", ...GMINA_KINDS] },
      },
      orderBy: { code: "asc" },
      select: { code: true, name: true, kind: true },
    }),
    listInstitutionsInRegion(region),
  ]);
  return { spheres, units, institutions };
}
