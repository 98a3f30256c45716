// What of a partnership profile is shown on the organisation's public page.
// Everything in it is public by nature (it is there to be found by partners);
// the only rule is that an untouched profile shows nothing at all.

export interface ProfileContent {
  openToPartnerships: boolean;
  offeredCompetences: readonly string[];
  neededCompetences: readonly string[];
  offeredResources: readonly string[];
  neededResources: readonly string[];
  workingLanguages: readonly string[];
  tags: readonly string[];
  pastProjects: readonly unknown[];
}

/** Whether the organisation has said anything about partnerships: being open, or any list filled in. */
export function hasPartnershipContent(profile: ProfileContent | null): boolean {
  if (!profile) return false;
  return (
    profile.openToPartnerships ||
    [
      profile.offeredCompetences,
      profile.neededCompetences,
      profile.offeredResources,
      profile.neededResources,
      profile.workingLanguages,
      profile.tags,
      profile.pastProjects,
    ].some((list) => list.length > 0)
  );
}
