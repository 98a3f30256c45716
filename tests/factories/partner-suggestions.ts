// Partner requests and partnership profiles for the score's tests, written
// with the Prisma client directly (the request form is another module's).
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { LegalForm, PartnerRequestStatus } from "@/lib/generated/prisma/enums";

export async function sphereIdsOf(codes: string[]): Promise<string[]> {
  const spheres = await db().publicBenefitSphere.findMany({ where: { code: { in: codes } }, select: { id: true } });
  return spheres.map((s) => s.id);
}

export async function createPartnershipProfile(
  organisationId: string,
  profile: {
    open?: boolean;
    offeredCompetences?: string[];
    offeredResources?: string[];
    neededCompetences?: string[];
    neededResources?: string[];
    pastProjects?: number;
  } = {},
) {
  return db().partnershipProfile.create({
    data: {
      organisationId,
      openToPartnerships: profile.open ?? true,
      offeredCompetences: profile.offeredCompetences ?? [],
      offeredResources: profile.offeredResources ?? [],
      neededCompetences: profile.neededCompetences ?? [],
      neededResources: profile.neededResources ?? [],
      pastProjects: {
        create: Array.from({ length: profile.pastProjects ?? 0 }, (_, i) => ({
          title: `Projekt ${i + 1}`,
          yearFrom: 2024,
          yearTo: 2025,
        })),
      },
    },
  });
}

export async function createPartnerRequest(
  author: { organisationId: string } | { institutionId: string },
  fields: {
    title?: string;
    sphereCodes?: string[];
    territoryCodes?: string[];
    radiusKm?: number;
    neededCompetences?: string[];
    neededResources?: string[];
    offeredCompetences?: string[];
    offeredResources?: string[];
    partnerLegalForms?: LegalForm[];
    requiresPublicBenefit?: boolean;
    welcomesLocalGovernment?: boolean;
    status?: PartnerRequestStatus;
    hidden?: boolean;
    repliesCloseOn?: Date;
  } = {},
) {
  const spheres = await sphereIdsOf(fields.sphereCodes ?? []);
  return db().partnerRequest.create({
    data: {
      ...author,
      slug: `zapytanie-${randomUUID().slice(0, 8)}`,
      title: fields.title ?? "Szukamy partnera do festynu rodzinnego",
      initiative: "Festyn rodzinny w parku miejskim.",
      roles: ["ACTION_PARTNER"],
      partnerGives: "Salę i pomoc przy zbiórce.",
      partnerGets: "Udział w projekcie i promocję.",
      repliesCloseOn: fields.repliesCloseOn ?? new Date(Date.now() + 30 * 24 * 3600 * 1000),
      radiusKm: fields.radiusKm,
      neededCompetences: fields.neededCompetences ?? [],
      neededResources: fields.neededResources ?? [],
      offeredCompetences: fields.offeredCompetences ?? [],
      offeredResources: fields.offeredResources ?? [],
      partnerLegalForms: fields.partnerLegalForms ?? [],
      requiresPublicBenefit: fields.requiresPublicBenefit ?? false,
      welcomesLocalGovernment: fields.welcomesLocalGovernment ?? false,
      status: fields.status ?? "OPEN",
      visibility: fields.hidden ? "HIDDEN" : "PUBLISHED",
      spheres: { create: spheres.map((sphereId) => ({ sphereId })) },
      territories: { create: (fields.territoryCodes ?? []).map((territoryCode) => ({ territoryCode })) },
    },
  });
}
