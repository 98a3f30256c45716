import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditActions } from "@/lib/audit/record";

export const AUDIT_PAGE_SIZE = 50;

/** The filters of the audit log page, from its query string; bad values are dropped, not fatal. */
export const auditFilterSchema = z.object({
  action: z.enum(auditActions).optional().catch(undefined),
  person: z.string().trim().max(254).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export async function listAuditEvents(filter: AuditFilter) {
  const where: Prisma.AuditEventWhereInput = {};
  if (filter.action) where.action = filter.action;
  if (filter.from || filter.to) {
    where.occurredAt = {
      ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00Z`) } : {}),
      // "to" includes the whole day.
      ...(filter.to ? { lt: new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
    };
  }
  if (filter.person) {
    const people = await db().user.findMany({
      where: {
        OR: [
          { email: { contains: filter.person, mode: "insensitive" } },
          { name: { contains: filter.person, mode: "insensitive" } },
        ],
      },
      select: { id: true },
      take: 200,
    });
    where.actorUserId = { in: people.map((p) => p.id) };
  }
  const [total, events] = await Promise.all([
    db().auditEvent.count({ where }),
    db().auditEvent.findMany({
      where,
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ]);
  // Names for the ids the log keeps (it has no foreign keys, by design).
  const userIds = [
    ...new Set(
      events
        .flatMap((e) => [e.actorUserId, e.subjectType === "User" ? e.subjectId : null])
        .filter((id): id is string => !!id),
    ),
  ];
  const organisationIds = [...new Set(events.map((e) => e.actingForOrganisationId).filter((id): id is string => !!id))];
  const institutionIds = [...new Set(events.map((e) => e.actingForInstitutionId).filter((id): id is string => !!id))];
  const [users, organisations, institutions] = await Promise.all([
    db().user.findMany({
      where: { id: { in: userIds } },
      select: { id: true, name: true, email: true, deletedAt: true },
    }),
    db().organisation.findMany({ where: { id: { in: organisationIds } }, select: { id: true, name: true } }),
    db().institution.findMany({ where: { id: { in: institutionIds } }, select: { id: true, name: true } }),
  ]);
  const userById = new Map(users.map((u) => [u.id, u]));
  const organisationById = new Map(organisations.map((o) => [o.id, o.name]));
  const institutionById = new Map(institutions.map((i) => [i.id, i.name]));
  return {
    total,
    totalPages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    events: events.map((e) => ({
      id: e.id.toString(),
      occurredAt: e.occurredAt,
      action: e.action,
      actor: e.actorUserId
        ? (userById.get(e.actorUserId) ?? { id: e.actorUserId, name: "", email: "", deletedAt: null })
        : null,
      actingFor: e.actingForOrganisationId
        ? (organisationById.get(e.actingForOrganisationId) ?? null)
        : e.actingForInstitutionId
          ? (institutionById.get(e.actingForInstitutionId) ?? null)
          : null,
      ipAddress: e.ipAddress,
    })),
  };
}
