import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";

const kindOrder = { VOIVODESHIP_OFFICE: 0, POWIAT_OFFICE: 1, GMINA_OFFICE: 2 } as const;

export const listInstitutionsInRegion = cache(async (regionCode: string) => {
  const institutions = await db().institution.findMany({
    where: { territory: { voivodeshipCode: regionCode } },
    select: { id: true, slug: true, name: true, officeName: true, kind: true },
  });
  return institutions.sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.name.localeCompare(b.name, "pl"));
});

export const getInstitutionBySlug = cache(async (slug: string) =>
  db().institution.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      officeName: true,
      address: true,
      email: true,
      phone: true,
      website: true,
      territoryCode: true,
      consultationMinDays: true,
      ideaAnswerDays: true,
      territory: { select: { name: true, kind: true } },
    },
  }),
);
export type InstitutionView = NonNullable<Awaited<ReturnType<typeof getInstitutionBySlug>>>;

export async function listOfficials(institutionId: string) {
  return db().institutionMembership.findMany({
    where: { institutionId },
    orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
}

/** Pending requests for official status everywhere, for platform administrators. */
export async function listPendingOfficialRequests() {
  return db().membershipRequest.findMany({
    where: { status: "PENDING", institutionId: { not: null } },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: {
      id: true,
      message: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true } },
      institution: { select: { name: true, officeName: true, slug: true } },
    },
  });
}

/** The scope of an action that creates something for an institution: the institution, if it exists. */
export async function institutionScope(input: { institutionId: string }) {
  const institution = await db().institution.findUnique({ where: { id: input.institutionId }, select: { id: true } });
  return institution ? { institutionId: institution.id } : null;
}
