import { organisationRecordSchema, type OrganisationRecordInput } from "@/lib/organisations/schemas";

const valid: OrganisationRecordInput = {
  name: "Stowarzyszenie Przykładowe",
  shortName: "",
  legalForm: "ASSOCIATION",
  krs: "123456",
  nip: "",
  regon: "",
  seatTerritoryCode: "1661011",
  sphereIds: ["udpp-4-1-1"],
};

const messages = (input: OrganisationRecordInput) => {
  const result = organisationRecordSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("organisationRecordSchema", () => {
  it("normalises identifiers and treats empty ones as absent", () => {
    expect(
      organisationRecordSchema.parse({ ...valid, nip: "PL 526-000-12-46", regon: "01026838000000" }),
    ).toMatchObject({
      krs: "0000123456",
      nip: "5260001246",
      regon: "010268380",
    });
    expect(organisationRecordSchema.parse(valid)).toMatchObject({ nip: null, regon: null });
  });

  it("refuses wrong checksums with a message per field", () => {
    expect(messages({ ...valid, nip: "5260001247", regon: "010268387", krs: "12a" })).toEqual({
      krs: "krsInvalid",
      nip: "nipInvalid",
      regon: "regonInvalid",
    });
  });

  it("requires KRS only for forms always entered in KRS", () => {
    expect(messages({ ...valid, krs: "" })).toEqual({ krs: "krsRequired" });
    expect(messages({ ...valid, krs: "", legalForm: "FOUNDATION" })).toEqual({ krs: "krsRequired" });
    expect(messages({ ...valid, krs: "", legalForm: "ORDINARY_ASSOCIATION" })).toEqual({});
    expect(messages({ ...valid, krs: "", legalForm: "RURAL_HOUSEWIVES_CIRCLE" })).toEqual({});
  });

  it("requires a name, a seat and at least one sphere", () => {
    expect(messages({ ...valid, name: " a ", seatTerritoryCode: "", sphereIds: [] })).toEqual({
      name: "organisationNameTooShort",
      seatTerritoryCode: "seatRequired",
      sphereIds: "spheresRequired",
    });
  });
});
