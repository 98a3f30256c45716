import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PeopleFilter } from "@/lib/accounts/admin/schemas";

export const PEOPLE_PAGE_SIZE = 50;

export async function searchPeople(filter: PeopleFilter) {
  const where: Prisma.UserWhereInput = { deletedAt: null };
  if (filter.q)
    where.OR = [
      { email: { contains: filter.q, mode: "insensitive" } },
      { name: { contains: filter.q, mode: "insensitive" } },
    ];
  const [total, people] = await Promise.all([
    db().user.count({ where }),
    db().user.findMany({
      where,
      orderBy: [{ name: "asc" }, { email: "asc" }],
      skip: (filter.page - 1) * PEOPLE_PAGE_SIZE,
      take: PEOPLE_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        email: true,
        platformRole: true,
        blockedAt: true,
        emailVerifiedAt: true,
        createdAt: true,
      },
    }),
  ]);
  return { total, totalPages: Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE)), people };
}

export async function getPersonForAdmin(userId: string) {
  return db().user.findFirst({
    where: { id: userId, deletedAt: null },
    select: {
      id: true,
      name: true,
      email: true,
      platformRole: true,
      blockedAt: true,
      emailVerifiedAt: true,
      createdAt: true,
      organisationMemberships: { select: { role: true, organisation: { select: { id: true, name: true } } } },
      institutionMemberships: { select: { role: true, institution: { select: { id: true, name: true } } } },
    },
  });
}
