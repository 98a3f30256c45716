import { emptyOfferDocument } from "@/lib/offers/document/schema";
import { redactPersonalData, versionDocument } from "@/lib/small-grants/redaction";

const sections = {
  description: { title: "Dzień zdrowia seniora", place: "Opole", startsOn: "2027-05-10", endsOn: "2027-06-30" },
  applicants: {
    list: [
      {
        organisationId: "org1",
        name: "Zdrowie bez Barier",
        seatAddress: "ul. Ozimska 1, Opole",
        email: "biuro@example.org",
        phone: "77 123 45 67",
        bankAccount: "61 1090 1014 0000 0712 1981 2874",
      },
    ],
    contact: { name: "Anna Kowalska", phone: "600 100 200", email: "anna@example.org" },
  },
  funding: { grant: 850_000 },
};

describe("the published small-grant offer", () => {
  it("reads a version stored as { sections } or as the whole document, ignoring what is not a section", () => {
    const fromSections = versionDocument({ template: "SIMPLIFIED_2018", sections }, "SIMPLIFIED_2018");
    const fromDocument = versionDocument({ ...sections, years: [2027], checksum: "x" }, "SIMPLIFIED_2018");
    expect(fromSections).toEqual(fromDocument);
    const submitted = {
      header: { offerId: "o1", number: 1 },
      document: { template: "SIMPLIFIED_2018", ...sections, years: [2027] },
    };
    expect(versionDocument(submitted, "SIMPLIFIED_2018")).toEqual(fromSections);
    expect(fromSections.description.place).toBe("Opole");
    expect(fromSections.years).toEqual([2027]);
    expect(versionDocument(null, "SIMPLIFIED_2018")).toEqual(emptyOfferDocument("SIMPLIFIED_2018", []));
  });

  it("drops every field the template marks personal, and nothing else", () => {
    const redacted = redactPersonalData(versionDocument({ sections }, "SIMPLIFIED_2018"));
    expect(redacted.applicants).toEqual({
      list: [{ organisationId: "org1", name: "Zdrowie bez Barier", seatAddress: "ul. Ozimska 1, Opole" }],
      contact: {},
    });
    expect(redacted.funding.grant).toBe(850_000);
    const text = JSON.stringify(redacted);
    for (const personal of ["biuro@example.org", "77 123 45 67", "0712 1981", "Anna Kowalska", "600 100 200"])
      expect(text).not.toContain(personal);
  });
});
