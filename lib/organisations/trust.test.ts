import { changedVerifiedFacts } from "@/lib/organisations/trust";

const record = {
  name: "Stowarzyszenie Odra",
  legalForm: "ASSOCIATION" as const,
  krs: "0000004711",
  nip: null,
  regon: null,
  seatTerritoryCode: "1661011",
};

describe("the facts a verification vouches for", () => {
  it("are the name, legal form, identifiers and seat, not the short name or spheres", () => {
    expect(changedVerifiedFacts(record, { ...record })).toEqual([]);
    // As typed in the form: the same KRS number without its zeros changes nothing.
    expect(changedVerifiedFacts(record, { ...record, krs: " 4711 " })).toEqual([]);
    expect(
      changedVerifiedFacts(record, { ...record, name: "Stowarzyszenie Odra Nowa", seatTerritoryCode: "1607053" }),
    ).toEqual(["name", "seatTerritoryCode"]);
    expect(changedVerifiedFacts(record, { ...record, legalForm: "FOUNDATION", nip: "" })).toEqual(["legalForm"]);
    expect(changedVerifiedFacts(record, { ...record, regon: "531412421" })).toEqual(["regon"]);
  });
});
