// Reading an organisation's partnership profile: for its edit form and for
// the section of its public page (section-view.ts).
import { db } from "@/lib/db/client";
import { competences, knownCodes, resources } from "@/lib/partnerships/capabilities";
import { isLanguageCode } from "@/lib/partnerships/languages";
import type { PartnershipProfileInput } from "@/lib/partnerships/profile/schemas";

const profileSelect = {
  openToPartnerships: true,
  offeredCompetences: true,
  neededCompetences: true,
  offeredResources: true,
  neededResources: true,
  workingLanguages: true,
  tags: true,
  updatedAt: true,
  pastProjects: {
    orderBy: { sortOrder: "asc" },
    select: {
      id: true,
      title: true,
      yearFrom: true,
      yearTo: true,
      description: true,
      partners: {
        orderBy: { sortOrder: "asc" },
        select: { name: true, organisation: { select: { id: true, slug: true, name: true } } },
      },
    },
  },
} as const;

/**
 * The organisation's partnership profile, or null when it never saved one.
 * Codes a list no longer holds are dropped here, so no reader meets them.
 */
export async function getPartnershipProfile(organisationId: string) {
  const profile = await db().partnershipProfile.findUnique({ where: { organisationId }, select: profileSelect });
  if (!profile) return null;
  return {
    ...profile,
    offeredCompetences: knownCodes(competences, profile.offeredCompetences),
    neededCompetences: knownCodes(competences, profile.neededCompetences),
    offeredResources: knownCodes(resources, profile.offeredResources),
    neededResources: knownCodes(resources, profile.neededResources),
    workingLanguages: profile.workingLanguages.filter(isLanguageCode),
  };
}
export type StoredPartnershipProfile = NonNullable<Awaited<ReturnType<typeof getPartnershipProfile>>>;

/** The profile as the edit form holds it (text in every field); an empty one when none was saved. */
export function partnershipFormValues(profile: StoredPartnershipProfile | null): PartnershipProfileInput {
  return {
    openToPartnerships: profile?.openToPartnerships ?? false,
    offeredCompetences: profile?.offeredCompetences ?? [],
    neededCompetences: profile?.neededCompetences ?? [],
    offeredResources: profile?.offeredResources ?? [],
    neededResources: profile?.neededResources ?? [],
    workingLanguages: profile?.workingLanguages ?? [],
    tags: (profile?.tags ?? []).join(", "),
    pastProjects: (profile?.pastProjects ?? []).map((project) => ({
      title: project.title,
      yearFrom: String(project.yearFrom),
      yearTo: String(project.yearTo),
      description: project.description ?? "",
      partners: project.partners.map((partner) => ({
        name: partner.name,
        organisationId: partner.organisation?.id ?? "",
      })),
    })),
  };
}

/** What the edit page shows: the form's values, and whom the organisation works for (edited with its profile). */
export async function partnershipEditView(organisationId: string) {
  const [profile, organisation] = await Promise.all([
    getPartnershipProfile(organisationId),
    db().organisation.findUnique({ where: { id: organisationId }, select: { targetGroups: true } }),
  ]);
  if (!organisation) return null;
  return { defaultValues: partnershipFormValues(profile), targetGroups: organisation.targetGroups };
}
