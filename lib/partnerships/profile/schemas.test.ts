import {
  MAX_PAST_PROJECTS,
  MAX_TAGS,
  normaliseTag,
  partnershipProfileSchema,
  plainText,
  profileFormValues,
  splitTags,
  type PartnershipProfileInput,
} from "@/lib/partnerships/profile/schemas";

const profile = (overrides: Partial<PartnershipProfileInput> = {}): PartnershipProfileInput => ({
  openToPartnerships: true,
  offeredCompetences: ["VOLUNTEER_COORDINATION", "PROJECT_MANAGEMENT"],
  neededCompetences: ["GRANT_ACCOUNTING"],
  offeredResources: ["EVENT_HALL"],
  neededResources: ["MINIBUS"],
  workingLanguages: ["pl", "de", "cs"],
  tags: "wolontariat, Erasmus+",
  pastProjects: [],
  ...overrides,
});
const project = (overrides: Partial<PartnershipProfileInput["pastProjects"][number]> = {}) => ({
  title: "Wolontariat bez granic",
  yearFrom: "2022",
  yearTo: "2023",
  description: "",
  partners: [{ name: "Gmina Krapkowice", organisationId: "" }],
  ...overrides,
});

/** The message keys of the errors at each path; the input as any client may send it, forged or not. */
function problems(input: unknown): Record<string, string[]> {
  const result = partnershipProfileSchema.safeParse(input);
  if (result.success) return {};
  const found: Record<string, string[]> = {};
  for (const issue of result.error.issues) (found[issue.path.join(".")] ??= []).push(issue.message);
  return found;
}

describe("tags", () => {
  it("are normalised: one line, no '#', lower case by Polish rules, single spaces", () => {
    expect(normaliseTag("  #Festyn   RODZINNY ")).toBe("festyn rodzinny");
    expect(normaliseTag("ŻŁOBEK")).toBe("żłobek");
    expect(normaliseTag("Zu\u0308rich")).toBe("zürich");
  });

  it("are split on commas, semicolons and lines, without repeats or empties", () => {
    expect(splitTags("Seniorzy, seniorzy;  Erasmus+\n\n, ,#Pszczoły")).toEqual(["seniorzy", "erasmus+", "pszczoły"]);
  });

  it("are checked for number, length and characters, on the one field", () => {
    const many = Array.from({ length: MAX_TAGS + 1 }, (_, i) => `słowo${i}`).join(", ");
    expect(problems(profile({ tags: many }))).toEqual({ tags: ["partnershipTooManyTags"] });
    expect(problems(profile({ tags: `ok, ${"a".repeat(41)}` }))).toEqual({ tags: ["partnershipTagTooLong"] });
    expect(problems(profile({ tags: "<script>" }))).toEqual({ tags: ["partnershipTagInvalid"] });
    expect(problems(profile({ tags: "x" }))).toEqual({ tags: ["partnershipTagInvalid"] });
    expect(partnershipProfileSchema.parse(profile({ tags: "C++, R&D, 3D, wolontariat 50+" })).tags).toEqual([
      "c++",
      "r&d",
      "3d",
      "wolontariat 50+",
    ]);
  });
});

describe("the partnership profile", () => {
  it("keeps codes of the lists, once each, in the list's order", () => {
    const parsed = partnershipProfileSchema.parse(
      profile({ offeredCompetences: ["VOLUNTEER_COORDINATION", "PROJECT_MANAGEMENT", "PROJECT_MANAGEMENT"] }),
    );
    expect(parsed.offeredCompetences).toEqual(["PROJECT_MANAGEMENT", "VOLUNTEER_COORDINATION"]);
    expect(parsed.workingLanguages).toEqual(["pl", "de", "cs"]);
    expect(parsed.tags).toEqual(["wolontariat", "erasmus+"]);
  });

  it("refuses codes not on the lists, a resource given as a competence, and unknown languages", () => {
    expect(Object.keys(problems({ ...profile(), offeredCompetences: ["HACKING"] }))).toEqual(["offeredCompetences.0"]);
    expect(Object.keys(problems({ ...profile(), neededCompetences: ["KITCHEN"] }))).toEqual(["neededCompetences.0"]);
    expect(Object.keys(problems({ ...profile(), neededResources: ["ECOLOGY"] }))).toEqual(["neededResources.0"]);
    expect(problems(profile({ workingLanguages: ["pl", "klingon"] }))).toEqual({
      "workingLanguages.1": ["partnershipLanguageUnknown"],
    });
    expect(problems({ ...profile(), offeredCompetences: ["HACKING"] })["offeredCompetences.0"]).toEqual([
      "partnershipCodeUnknown",
    ]);
  });

  it("takes past projects with plain, trimmed text and their years", () => {
    const parsed = partnershipProfileSchema.parse(
      profile({
        pastProjects: [
          project({
            title: "  Wolontariat\tbez   granic ",
            description: " Wymiana młodzieży.\r\nDruga linia.\u0007 ",
            partners: [
              { name: " Gmina  Krapkowice ", organisationId: "" },
              { name: "Fundacja", organisationId: "cmabcdefghijklmnopqrstuv" },
            ],
          }),
        ],
      }),
    );
    expect(parsed.pastProjects).toEqual([
      {
        title: "Wolontariat bez granic",
        yearFrom: 2022,
        yearTo: 2023,
        description: "Wymiana młodzieży.\nDruga linia.",
        partners: [
          { name: "Gmina Krapkowice", organisationId: null },
          { name: "Fundacja", organisationId: "cmabcdefghijklmnopqrstuv" },
        ],
      },
    ]);
    expect(partnershipProfileSchema.parse(profile({ pastProjects: [project()] })).pastProjects[0]!.description).toBe(
      null,
    );
  });

  it("refuses a project's bad title, years, description and partners with messages on their fields", () => {
    const next = new Date().getFullYear() + 6;
    expect(
      problems(
        profile({
          pastProjects: [
            project({ title: " a ", yearFrom: "20x2", description: "d".repeat(1001) }),
            project({ yearFrom: "2024", yearTo: "2020", partners: [{ name: " ", organisationId: "" }] }),
            project({ yearFrom: "1980", yearTo: String(next), partners: [{ name: "Ok", organisationId: "1; DROP" }] }),
          ],
        }),
      ),
    ).toEqual({
      "pastProjects.0.title": ["partnershipProjectTitleTooShort"],
      "pastProjects.0.yearFrom": ["partnershipProjectYearInvalid"],
      "pastProjects.0.description": ["partnershipProjectDescriptionTooLong"],
      "pastProjects.1.yearTo": ["partnershipProjectYearsReversed"],
      "pastProjects.1.partners.0.name": ["partnershipPartnerNameTooShort"],
      "pastProjects.2.yearFrom": ["partnershipProjectYearInvalid"],
      "pastProjects.2.yearTo": ["partnershipProjectYearInvalid"],
      "pastProjects.2.partners.0.organisationId": ["notFound"],
    });
  });

  it("limits the number of projects and of partners", () => {
    const many = Array.from({ length: MAX_PAST_PROJECTS + 1 }, () => project());
    expect(problems(profile({ pastProjects: many }))).toEqual({ pastProjects: ["partnershipTooManyProjects"] });
    const crowded = project({
      partners: Array.from({ length: 16 }, (_, i) => ({ name: `P${i}`, organisationId: "" })),
    });
    expect(problems(profile({ pastProjects: [crowded] }))).toEqual({
      "pastProjects.0.partners": ["partnershipTooManyPartners"],
    });
  });

  it("needs the open mark as a yes or no", () => {
    expect(problems({ ...profile(), openToPartnerships: "on" })).toHaveProperty("openToPartnerships");
  });
});

describe("the form's values", () => {
  it("give back, parsed again, the profile as stored", () => {
    const stored = partnershipProfileSchema.parse(
      profile({
        tags: " #Erasmus+ , seniorzy ",
        pastProjects: [
          project({ partners: [{ name: "Fundacja", organisationId: "cmabcdefghijklmnopqrstuv" }] }),
          project({ description: "Opis." }),
        ],
      }),
    );
    const values = profileFormValues(stored);
    expect(values.tags).toBe("erasmus+, seniorzy");
    expect(values.pastProjects[0]).toMatchObject({ yearFrom: "2022", description: "" });
    expect(partnershipProfileSchema.parse(values)).toEqual(stored);
  });
});

describe("plain text", () => {
  it("drops control and direction characters and unifies line breaks", () => {
    expect(plainText("\u202Eabc\u200B\r\ndef\u0000 ")).toBe("abc\ndef");
  });
});
