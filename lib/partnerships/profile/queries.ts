// Reading an organisation's partnership profile: for its edit form and for
// the section of its public page (section-view.ts).
import { db } from "@/lib/db/client";
import { competences, knownCodes, resources, type Competence, type Resource } from "@/lib/partnerships/capabilities";
import { isLanguageCode } from "@/lib/partnerships/languages";
import { hasPartnershipContent } from "@/lib/partnerships/profile/policy";
import { profileFormValues, type PartnershipProfileInput } from "@/lib/partnerships/profile/schemas";

const listsSelect = {
  openToPartnerships: true,
  offeredCompetences: true,
  neededCompetences: true,
  offeredResources: true,
  neededResources: true,
  workingLanguages: true,
  tags: true,
} as const;

const profileSelect = {
  ...listsSelect,
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

type StoredLists = {
  offeredCompetences: string[];
  neededCompetences: string[];
  offeredResources: string[];
  neededResources: string[];
  workingLanguages: string[];
};

type KnownLists = {
  offeredCompetences: Competence[];
  neededCompetences: Competence[];
  offeredResources: Resource[];
  neededResources: Resource[];
  workingLanguages: string[];
};

/** The lists with only the codes the lists still hold, so no reader meets a retired one. */
function withKnownCodes<Profile extends StoredLists>(profile: Profile): Omit<Profile, keyof StoredLists> & KnownLists {
  return {
    ...profile,
    offeredCompetences: knownCodes(competences, profile.offeredCompetences),
    neededCompetences: knownCodes(competences, profile.neededCompetences),
    offeredResources: knownCodes(resources, profile.offeredResources),
    neededResources: knownCodes(resources, profile.neededResources),
    workingLanguages: profile.workingLanguages.filter(isLanguageCode),
  };
}

/** The organisation's partnership profile, or null when it never saved one. */
export async function getPartnershipProfile(organisationId: string) {
  const profile = await db().partnershipProfile.findUnique({ where: { organisationId }, select: profileSelect });
  return profile && withKnownCodes(profile);
}
export type StoredPartnershipProfile = NonNullable<Awaited<ReturnType<typeof getPartnershipProfile>>>;

/** The profile as the edit form holds it (text in every field); an empty one when none was saved. */
export function partnershipFormValues(profile: StoredPartnershipProfile | null): PartnershipProfileInput {
  return profileFormValues({
    openToPartnerships: profile?.openToPartnerships ?? false,
    offeredCompetences: profile?.offeredCompetences ?? [],
    neededCompetences: profile?.neededCompetences ?? [],
    offeredResources: profile?.offeredResources ?? [],
    neededResources: profile?.neededResources ?? [],
    workingLanguages: profile?.workingLanguages ?? [],
    tags: profile?.tags ?? [],
    pastProjects: (profile?.pastProjects ?? []).map((project) => ({
      title: project.title,
      yearFrom: project.yearFrom,
      yearTo: project.yearTo,
      description: project.description,
      partners: project.partners.map((partner) => ({
        name: partner.name,
        organisationId: partner.organisation?.id ?? null,
      })),
    })),
  });
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

/** What the open data API publishes of a partnership profile: the lists and the open mark (projects are on the page). */
export interface PublicPartnership {
  openToPartnerships: boolean;
  offeredCompetences: string[];
  neededCompetences: string[];
  offeredResources: string[];
  neededResources: string[];
  workingLanguages: string[];
  tags: string[];
  pastProjects: number;
}

/** The published part of the profiles of these organisations, by organisation id; untouched profiles are left out. */
export async function publicPartnerships(organisationIds: string[]): Promise<Map<string, PublicPartnership>> {
  if (organisationIds.length === 0) return new Map();
  const rows = await db().partnershipProfile.findMany({
    where: { organisationId: { in: organisationIds } },
    select: { ...listsSelect, organisationId: true, _count: { select: { pastProjects: true } } },
  });
  return new Map(
    rows.flatMap(({ organisationId, _count, ...stored }) => {
      const lists = withKnownCodes(stored);
      const filled = hasPartnershipContent({ ...lists, pastProjects: Array.from({ length: _count.pastProjects }) });
      return filled ? [[organisationId, { ...lists, pastProjects: _count.pastProjects }] as const] : [];
    }),
  );
}
