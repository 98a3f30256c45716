import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { LegalForm, TargetGroup } from "@/lib/generated/prisma/enums";

let sequence = 0;

export async function createOrganisation(
  overrides: {
    name?: string;
    shortName?: string;
    aims?: string;
    legalForm?: LegalForm;
    seatTerritoryCode?: string;
    sphereCodes?: string[];
    targetGroups?: TargetGroup[];
    hasPublicBenefitStatus?: boolean;
    verifiedAt?: Date;
    createdAt?: Date;
  } = {},
) {
  sequence += 1;
  const spheres = await db().publicBenefitSphere.findMany({
    where: { code: { in: overrides.sphereCodes ?? ["13"] } },
    select: { id: true },
  });
  return db().organisation.create({
    data: {
      slug: `organisation-${sequence}-${randomUUID().slice(0, 8)}`,
      name: overrides.name ?? `Stowarzyszenie Testowe nr ${sequence}`,
      legalForm: overrides.legalForm ?? "ASSOCIATION",
      seatTerritoryCode: overrides.seatTerritoryCode ?? "1661011",
      shortName: overrides.shortName,
      aims: overrides.aims,
      targetGroups: overrides.targetGroups,
      hasPublicBenefitStatus: overrides.hasPublicBenefitStatus,
      verifiedAt: overrides.verifiedAt,
      createdAt: overrides.createdAt,
      spheres: { create: spheres.map((s) => ({ sphereId: s.id })) },
    },
  });
}
