import {
  applicantsOf,
  declarationRefusal,
  knownTie,
  nomineeExclusion,
  type OfferApplicants,
} from "@/lib/competitions/commission/exclusion";

const accepted = new Date("2026-11-01T10:00:00Z");

const offers: OfferApplicants[] = [
  { status: "SUBMITTED", leadOrganisationId: "a", coApplicants: [{ organisationId: "b", acceptedAt: accepted }] },
  // A co-applicant that never agreed takes no part.
  { status: "SUBMITTED", leadOrganisationId: "c", coApplicants: [{ organisationId: "d", acceptedAt: null }] },
  // Withdrawn offers and drafts take no part either.
  { status: "WITHDRAWN", leadOrganisationId: "e", coApplicants: [] },
  { status: "DRAFT", leadOrganisationId: "f", coApplicants: [] },
  // A co-applicant in one offer and the lead in another is named as the lead.
  { status: "SUBMITTED", leadOrganisationId: "b", coApplicants: [] },
];

describe("nomineeExclusion (L4)", () => {
  const applicants = applicantsOf(offers);

  it("excludes nominees of the leads and accepted co-applicants of submitted offers", () => {
    expect(nomineeExclusion("a", applicants)).toBe("LEAD");
    expect(nomineeExclusion("b", applicants)).toBe("LEAD");
    expect(nomineeExclusion("c", applicants)).toBe("LEAD");
  });

  it("keeps nominees of organisations whose offer was withdrawn, still a draft, or which never agreed to join", () => {
    for (const id of ["d", "e", "f", "g"]) expect(nomineeExclusion(id, applicants)).toBeNull();
  });

  it("names an accepted co-applicant as such", () => {
    const only = applicantsOf([offers[0]!]);
    expect(nomineeExclusion("b", only)).toBe("CO_APPLICANT");
  });
});

describe("knownTie", () => {
  const offer = { leadOrganisationId: "a", coApplicants: [{ organisationId: "b" }], submittedByIds: ["u1", null] };

  it("knows the person who submitted the offer and members of its applicants", () => {
    expect(knownTie({ id: "u1", organisationIds: [] }, offer)).toBe("SUBMITTED_IT");
    expect(knownTie({ id: "u2", organisationIds: ["x", "a"] }, offer)).toBe("LEAD_MEMBER");
    expect(knownTie({ id: "u2", organisationIds: ["b"] }, offer)).toBe("CO_APPLICANT_MEMBER");
    expect(knownTie({ id: "u2", organisationIds: ["x"] }, offer)).toBeNull();
  });
});

describe("declarationRefusal", () => {
  it("refuses no conflict when a tie is known, but lets the member declare the conflict", () => {
    expect(declarationRefusal(null, false, "LEAD_MEMBER")).toBe("CONFLICT_KNOWN");
    expect(declarationRefusal(null, true, "LEAD_MEMBER")).toBeNull();
  });

  it("lets no conflict become a conflict, never back", () => {
    expect(declarationRefusal({ conflict: false }, true, null)).toBeNull();
    expect(declarationRefusal({ conflict: true }, false, null)).toBe("DECLARATION_FINAL");
    expect(declarationRefusal({ conflict: true }, true, null)).toBeNull();
    expect(declarationRefusal(null, false, null)).toBeNull();
  });
});
