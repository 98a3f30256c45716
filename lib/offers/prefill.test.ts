import {
  applicantFromOrganisation,
  mergeApplicants,
  prefillApplicants,
  type PrefillOrganisation,
} from "@/lib/offers/prefill";

const foundation: PrefillOrganisation = {
  id: "o1",
  name: "Fundacja Opolskie Centrum Wolontariatu",
  legalFormLabel: "fundacja",
  krs: "0000123456",
  regon: "531234567",
  address: "ul. Ozimska 1, 45-057 Opole",
  contacts: [
    { kind: "EMAIL", value: "biuro@ocw.example.org" },
    { kind: "WEBSITE", value: "https://ocw.example.org" },
    { kind: "FACEBOOK", value: "https://facebook.example/ocw" },
  ],
  contactPersons: [{ name: "Ewa Zielińska", email: "ewa@ocw.example.org", phone: null }],
};
const ordinary: PrefillOrganisation = {
  id: "o2",
  name: "Stowarzyszenie zwykłe Sąsiedzi",
  legalFormLabel: "stowarzyszenie zwykłe",
  krs: null,
  regon: null,
  address: null,
  contacts: [],
  contactPersons: [],
};

describe("prefilling II from the organisation", () => {
  it("takes the register data and the profile's contacts, and leaves unknown fields empty", () => {
    expect(applicantFromOrganisation(foundation)).toEqual({
      organisationId: "o1",
      name: "Fundacja Opolskie Centrum Wolontariatu",
      legalForm: "fundacja",
      register: { kind: "KRS", number: "0000123456" },
      seatAddress: "ul. Ozimska 1, 45-057 Opole",
      website: "https://ocw.example.org",
      email: "biuro@ocw.example.org",
    });
    // Without a KRS number: another register, its number to be typed.
    expect(applicantFromOrganisation(ordinary)).toEqual({
      organisationId: "o2",
      name: "Stowarzyszenie zwykłe Sąsiedzi",
      legalForm: "stowarzyszenie zwykłe",
      register: { kind: "OTHER", number: undefined },
    });
  });

  it("names the lead's first contact person in II.2, else the person drafting", () => {
    expect(prefillApplicants([foundation, ordinary], { name: "Anna", email: "anna@example.org" }).contact).toEqual({
      name: "Ewa Zielińska",
      email: "ewa@ocw.example.org",
      phone: undefined,
    });
    expect(prefillApplicants([ordinary], { name: "Anna", email: "anna@example.org" }).contact).toEqual({
      name: "Anna",
      email: "anna@example.org",
    });
  });

  it("keeps what was typed for applicants that stay when co-applicants change", () => {
    const typed = { list: [{ organisationId: "o1", name: "Fundacja OCW (poprawiona)" }], contact: { name: "Ewa" } };
    expect(mergeApplicants(typed, [foundation, ordinary])).toEqual({
      list: [{ organisationId: "o1", name: "Fundacja OCW (poprawiona)" }, applicantFromOrganisation(ordinary)],
      contact: { name: "Ewa" },
    });
    expect(mergeApplicants(typed, [ordinary]).list.map((a) => a.organisationId)).toEqual(["o2"]);
  });
});
