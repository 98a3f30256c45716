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

/** One page of the reader's notification centre; each entry with where it leads them now (null: gone or hidden from them). */
export async function listNotifications(reader: Actor, page: number) {
  const userId = reader.id;
  const [total, rows] = await Promise.all([
    db().notification.count({ where: { userId } }),
    db().notification.findMany({
      where: { userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
      take: NOTIFICATIONS_PAGE_SIZE,
      select: {
        id: true,
        readAt: true,
        createdAt: true,
        event: { select: { type: true, subjectType: true, subjectId: true, subjectTitle: true, data: true } },
      },
    }),
  ]);
  const known = rows.filter((row) => (notificationTypes as readonly string[]).includes(row.event.type));
  const links = await resolveNotificationLinks(
    known.map((row) => ({
      key: row.id,
      type: row.event.type as NotificationType,
      subjectType: row.event.subjectType,
      subjectId: row.event.subjectId,
      data: row.event.data as Record<string, string>,
    })),
    reader,
  );
  const entries = known.map((row) => ({
    id: row.id,
    read: row.readAt !== null,
    createdAt: row.createdAt,
    type: row.event.type as NotificationType,
    subjectTitle: row.event.subjectTitle,
    data: row.event.data as Record<string, string>,
    link: links.get(row.id) ?? null,
  }));
  return { total, totalPages: Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE)), entries };
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
