import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { AppPathname } from "@/lib/i18n/routing";
import { listInstitutionsInRegion } from "@/lib/institutions/queries";
import { notificationTypes, type NotificationType } from "@/lib/notifications/types";
import { listSpheresInForce } from "@/lib/reference-data/queries";
import { GMINA_KINDS } from "@/lib/reference-data/territories";
import { regionCode } from "@/lib/settings/platform-name";

export const NOTIFICATIONS_PAGE_SIZE = 30;

export const unreadNotificationCount = cache(async (userId: string) => db().notification.count({ where: { userId, readAt: null } }));

/** Subjects that can disappear; an entry about one that is gone says so instead of linking to nothing. */
async function existingSubjects(subjects: { type: string; id: string }[]): Promise<Set<string>> {
  const ids = (type: string) => subjects.filter((s) => s.type === type).map((s) => s.id);
  const [organisations, institutions, users] = await Promise.all([
    db().organisation.findMany({ where: { id: { in: ids("Organisation") } }, select: { id: true } }),
    db().institution.findMany({ where: { id: { in: ids("Institution") } }, select: { id: true } }),
    db().user.findMany({ where: { id: { in: ids("User") }, deletedAt: null }, select: { id: true } }),
  ]);
  return new Set([
    ...organisations.map((o) => `Organisation:${o.id}`),
    ...institutions.map((i) => `Institution:${i.id}`),
    ...users.map((u) => `User:${u.id}`),
  ]);
}

export async function listNotifications(userId: string, page: number) {
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
        event: { select: { type: true, subjectType: true, subjectId: true, subjectTitle: true, link: true, data: true } },
      },
    }),
  ]);
  const existing = await existingSubjects(rows.map((r) => ({ type: r.event.subjectType, id: r.event.subjectId })));
  const entries = rows
    .filter((row) => (notificationTypes as readonly string[]).includes(row.event.type))
    .map((row) => ({
      id: row.id,
      read: row.readAt !== null,
      createdAt: row.createdAt,
      type: row.event.type as NotificationType,
      subjectTitle: row.event.subjectTitle,
      data: row.event.data as Record<string, string>,
      link: existing.has(`${row.event.subjectType}:${row.event.subjectId}`) ? (row.event.link as { pathname: AppPathname; params?: Record<string, string> }) : null,
    }));
  return { total, totalPages: Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE)), entries };
}

/** What a topic can name: spheres in force, the region's units (region, powiats, gminas) and institutions. */
export async function topicChoices() {
  const region = await regionCode();
  const [spheres, units, institutions] = await Promise.all([
    listSpheresInForce(),
    db().territory.findMany({
      where: { voivodeshipCode: region, kind: { in: ["VOIVODESHIP", "POWIAT", "CITY_WITH_POWIAT_RIGHTS", ...GMINA_KINDS] } },
      orderBy: { code: "asc" },
      select: { code: true, name: true, kind: true },
    }),
    listInstitutionsInRegion(region),
  ]);
  return { spheres, units, institutions };
}
