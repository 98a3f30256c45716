import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { LegalForm } from "@/lib/generated/prisma/enums";

let sequence = 0;

export async function createOrganisation(
  overrides: { name?: string; legalForm?: LegalForm; seatTerritoryCode?: string; sphereCodes?: string[]; createdAt?: Date } = {},
) {
  sequence += 1;
  const spheres = await db().publicBenefitSphere.findMany({ where: { code: { in: overrides.sphereCodes ?? ["13"] } }, select: { id: true } });
  return db().organisation.create({
    data: {
      slug: `organisation-${sequence}-${randomUUID().slice(0, 8)}`,
      name: overrides.name ?? `Stowarzyszenie Testowe nr ${sequence}`,
      legalForm: overrides.legalForm ?? "ASSOCIATION",
      seatTerritoryCode: overrides.seatTerritoryCode ?? "1661011",
      createdAt: overrides.createdAt,
      spheres: { create: spheres.map((s) => ({ sphereId: s.id })) },
    },
  });
}
