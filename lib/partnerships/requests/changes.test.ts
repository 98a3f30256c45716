import {
  newRequestOutcome,
  pendingRequestFieldsOf,
  requestChangeOutcome,
  requestFieldsAsInput,
  screenedRequestText,
} from "@/lib/partnerships/requests/changes";
import { partnerRequestFieldsSchema, type PartnerRequestFieldsInput } from "@/lib/partnerships/requests/schemas";

const organisation = { organisationId: "o1", institutionId: null };
const office = { organisationId: null, institutionId: "i1" };

const input: PartnerRequestFieldsInput = {
  title: "Kuchnia dla seniorów",
  initiative: "Codzienne obiady dla samotnych seniorów w trzech wsiach gminy.",
  callName: "",
  callUrl: "https://bip.example.org/konkurs",
  roles: ["VOLUNTEERS"],
  partnerLegalForms: [],
  requiresPublicBenefit: false,
  welcomesLocalGovernment: true,
  sphereIds: [],
  area: "RADIUS",
  territoryCodes: [],
  radiusKm: "25",
  neededCompetences: [],
  neededResources: ["KITCHEN"],
  offeredCompetences: [],
  offeredResources: [],
  partnerGives: "Dwóch wolontariuszy dziennie.",
  partnerGets: "Szkolenie i ubezpieczenie.",
  budgetSharePercent: "",
  budgetNote: "Na paliwo.",
  startsOn: "2027-03-01",
  endsOn: "",
  timelineNote: "",
  repliesCloseOn: "2027-02-01",
  maxPartners: "3",
};

describe("what posting or changing a partner request does", () => {
  it("publishes an office's new request as it stands and an organisation's to be looked at; a flagged one waits", () => {
    expect(newRequestOutcome(office, false)).toBe("apply");
    expect(newRequestOutcome(organisation, false)).toBe("applyThenReview");
    expect(newRequestOutcome(office, true)).toBe("holdForReview");
    expect(newRequestOutcome(organisation, true)).toBe("holdForReview");
  });

  it("holds a flagged change only to a published request; an unpublished one stays with the moderators", () => {
    expect(requestChangeOutcome({ ...office, visibility: "PUBLISHED" }, false)).toBe("apply");
    expect(requestChangeOutcome({ ...organisation, visibility: "PUBLISHED" }, false)).toBe("applyThenReview");
    expect(requestChangeOutcome({ ...office, visibility: "PUBLISHED" }, true)).toBe("holdForReview");
    for (const visibility of ["PENDING", "REJECTED", "HIDDEN"])
      expect(requestChangeOutcome({ ...organisation, visibility }, true)).toBe("apply");
  });

  it("screens every public word of the request", () => {
    const fields = partnerRequestFieldsSchema.parse(input);
    expect(screenedRequestText(fields)).toContain("Dwóch wolontariuszy");
    expect(screenedRequestText(fields)).toContain("Na paliwo.");
    expect(screenedRequestText(fields)).toContain("https://bip.example.org/konkurs");
  });

  it("keeps a held change as the form sent it and reads it back the same, or not at all", () => {
    const fields = partnerRequestFieldsSchema.parse(input);
    const stored = JSON.parse(JSON.stringify(requestFieldsAsInput(fields))) as unknown;
    expect(pendingRequestFieldsOf(stored)).toEqual(fields);
    expect(pendingRequestFieldsOf(null)).toBeNull();
    expect(pendingRequestFieldsOf([1, 2])).toBeNull();
    expect(pendingRequestFieldsOf({ ...(stored as object), title: "" })).toBeNull();
  });
});
