import { daysLeft, requestAuthor, toPublicPartnerRequest } from "@/lib/partnerships/list/open-data";
import type { PublicRequestRow } from "@/lib/partnerships/list/queries";

jest.mock("@/lib/env", () => ({ env: () => ({ APP_URL: "https://example.org" }) }));

const row: PublicRequestRow = {
  id: "cmrequest000000000000001",
  slug: "swietlica-w-kanalach",
  title: "Świetlica w Kanałach",
  initiative: "Prowadzimy **świetlicę**.",
  callName: "Otwarty konkurs ofert 2027",
  callUrl: "https://bip.example.org/konkurs",
  roles: ["CO_APPLICANT", "VOLUNTEERS"],
  partnerLegalForms: ["FOUNDATION"],
  requiresPublicBenefit: true,
  welcomesLocalGovernment: false,
  radiusKm: 30,
  neededCompetences: ["FUNDRAISING"],
  neededResources: ["EVENT_HALL"],
  offeredCompetences: ["PROJECT_MANAGEMENT"],
  offeredResources: [],
  partnerGives: "Salę i wolontariuszy",
  partnerGets: "Udział w budżecie",
  budgetSharePercent: 20,
  budgetNote: null,
  startsOn: new Date("2027-03-01T00:00:00Z"),
  endsOn: null,
  timelineNote: null,
  repliesCloseOn: new Date("2027-02-15T00:00:00Z"),
  maxPartners: 2,
  acceptedCount: 1,
  interestCount: 3,
  openedAt: new Date("2027-01-10T08:00:00Z"),
  renewedAt: null,
  updatedAt: new Date("2027-01-11T08:00:00Z"),
  organisation: { slug: "fundacja-x", name: "Fundacja X" },
  institution: null,
  spheres: [{ sphere: { id: "udpp-4-1-1", code: "1", namePl: "pomoc społeczna", nameEn: "x", nameDe: "y" } }],
  territories: [{ territory: { code: "1609032", name: "Kanały", kind: "RURAL_GMINA" } }],
};

describe("toPublicPartnerRequest", () => {
  it("publishes the request's content, its dates as days, and the party by public name and address", () => {
    const item = toPublicPartnerRequest(row);
    expect(item).toMatchObject({
      slug: "swietlica-w-kanalach",
      call: { name: "Otwarty konkurs ofert 2027", url: "https://bip.example.org/konkurs" },
      partnerKinds: { legalForms: ["FOUNDATION"], requiresPublicBenefit: true, welcomesLocalGovernment: false },
      needs: { competences: ["FUNDRAISING"], resources: ["EVENT_HALL"] },
      budget: { sharePercent: 20, note: null },
      timeline: { startsOn: "2027-03-01", endsOn: null, note: null },
      repliesCloseOn: "2027-02-15",
      author: { kind: "organisation", slug: "fundacja-x", name: "Fundacja X" },
      sphereIds: ["udpp-4-1-1"],
      territories: [{ teryt: "1609032", name: "Kanały" }],
      url: "https://example.org/partnerstwa/swietlica-w-kanalach",
    });
  });

  it("has no field for the writer, contacts, moderation or submission keys", () => {
    const keys = JSON.stringify(toPublicPartnerRequest(row));
    for (const name of ["authorId", "email", "phone", "moderat", "submissionKey", "closingNote", "address"])
      expect(keys).not.toContain(name);
  });

  it("names an office by its own name, and no party once it is gone", () => {
    expect(
      requestAuthor({
        organisation: null,
        institution: { slug: "gmina-kanaly", name: "Gmina Kanały", officeName: "Urząd Gminy Kanały" },
      }),
    ).toEqual({ kind: "institution", slug: "gmina-kanaly", name: "Urząd Gminy Kanały" });
    expect(requestAuthor({ organisation: null, institution: null })).toBeNull();
    expect(toPublicPartnerRequest({ ...row, callName: null, callUrl: null, budgetSharePercent: null }).call).toBeNull();
  });
});

describe("daysLeft", () => {
  it("counts whole days to the closing day, which is the last (0 on it)", () => {
    const closes = new Date("2027-02-15T00:00:00Z");
    expect(daysLeft(closes, "2027-02-15")).toBe(0);
    expect(daysLeft(closes, "2027-02-14")).toBe(1);
    expect(daysLeft(closes, "2027-01-16")).toBe(30);
    // Across the change to summer time the count stays whole.
    expect(daysLeft(new Date("2027-04-01T00:00:00Z"), "2027-03-20")).toBe(12);
  });
});
