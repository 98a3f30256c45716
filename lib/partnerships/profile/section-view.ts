// The "Partnerships" section of an organisation's public page: what it
// offers, what it needs, the languages it works in (named in the reader's
// language), its tags and past projects with their partners. Null when the
// organisation has said nothing about partnerships, so the page shows no
// empty section.
import { namedLanguages } from "@/lib/partnerships/languages";
import { hasPartnershipContent } from "@/lib/partnerships/profile/policy";
import { getPartnershipProfile } from "@/lib/partnerships/profile/queries";

export async function partnershipSectionView(organisationId: string, locale: string) {
  const profile = await getPartnershipProfile(organisationId);
  if (!profile || !hasPartnershipContent(profile)) return null;
  return {
    openToPartnerships: profile.openToPartnerships,
    offers: { competences: profile.offeredCompetences, resources: profile.offeredResources },
    needs: { competences: profile.neededCompetences, resources: profile.neededResources },
    languages: namedLanguages(profile.workingLanguages, locale),
    tags: profile.tags,
    pastProjects: profile.pastProjects.map((project) => ({
      id: project.id,
      title: project.title,
      years: { from: project.yearFrom, to: project.yearTo },
      description: project.description,
      partners: project.partners.map((partner) => ({
        name: partner.organisation?.name ?? partner.name,
        slug: partner.organisation?.slug ?? null,
      })),
    })),
  };
}
export type PartnershipSection = NonNullable<Awaited<ReturnType<typeof partnershipSectionView>>>;
