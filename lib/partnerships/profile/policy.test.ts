import { hasPartnershipContent, type ProfileContent } from "@/lib/partnerships/profile/policy";

const empty: ProfileContent = {
  openToPartnerships: false,
  offeredCompetences: [],
  neededCompetences: [],
  offeredResources: [],
  neededResources: [],
  workingLanguages: [],
  tags: [],
  pastProjects: [],
};

describe("whether an organisation's page shows its partnership section", () => {
  it("does not for a profile never saved or saved empty and closed", () => {
    expect(hasPartnershipContent(null)).toBe(false);
    expect(hasPartnershipContent(empty)).toBe(false);
  });

  it("does once the organisation is open to partnerships, even with nothing else", () => {
    expect(hasPartnershipContent({ ...empty, openToPartnerships: true })).toBe(true);
  });

  it.each(Object.keys(empty).filter((key) => key !== "openToPartnerships"))("does when %s is filled in", (key) => {
    expect(hasPartnershipContent({ ...empty, [key]: ["x"] })).toBe(true);
  });
});
