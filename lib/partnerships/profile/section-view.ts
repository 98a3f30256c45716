// The "Partnerships" section of an organisation's public page: what it
// offers, what it needs, the languages it works in (named in the reader's
// language), its tags and past projects with their partners, and the
// partnerships formed on the platform that both sides agreed to show
// (lib/partnerships/workflow/queries.ts). Null when the organisation has said
// nothing about partnerships and shows none, so the page shows no empty section.
import { namedLanguages } from "@/lib/partnerships/languages";
import { hasPartnershipContent } from "@/lib/partnerships/profile/policy";
import { getPartnershipProfile } from "@/lib/partnerships/profile/queries";
import { publicPartnershipsOf } from "@/lib/partnerships/workflow/queries";

export async function partnershipSectionView(organisationId: string, locale: string) {
  const [profile, formed] = await Promise.all([
    getPartnershipProfile(organisationId),
    publicPartnershipsOf(organisationId),
  ]);
  if (formed.length === 0 && (!profile || !hasPartnershipContent(profile))) return null;
  return {
    openToPartnerships: profile?.openToPartnerships ?? false,
    offers: { competences: profile?.offeredCompetences ?? [], resources: profile?.offeredResources ?? [] },
    needs: { competences: profile?.neededCompetences ?? [], resources: profile?.neededResources ?? [] },
    languages: namedLanguages(profile?.workingLanguages ?? [], locale),
    tags: profile?.tags ?? [],
    formed,
    pastProjects: (profile?.pastProjects ?? []).map((project) => ({
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
