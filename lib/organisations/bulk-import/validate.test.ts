import { guessMapping } from "@/lib/organisations/bulk-import/mapping";
import {
  legalFormFrom,
  summarise,
  validateRows,
  type ValidationContext,
} from "@/lib/organisations/bulk-import/validate";

const context: ValidationContext = {
  gminas: [
    { code: "1661011", name: "Opole" },
    { code: "1607053", name: "Nysa" },
    { code: "1601011", name: "Brzeg" },
    // Two gminas of one name exist in real registers; here, to test the ambiguity.
    { code: "1602011", name: "Lubsza" },
    { code: "1601052", name: "Lubsza" },
  ],
  sphereIdsByCode: new Map([
    ["1a", "udpp-4-1-1a"],
    ["17", "udpp-4-1-17"],
  ]),
  existing: [
    {
      id: "org1",
      name: "Fundacja Istniejąca",
      shortName: null,
      krs: "0000159405",
      nip: null,
      regon: null,
      aims: "Cele",
      address: null,
    },
  ],
};

const headers = ["Nazwa organizacji", "Forma prawna", "Nr KRS", "NIP", "REGON", "Gmina", "Sfery", "OPP", "Adres"];
const mapping = guessMapping(headers);

describe("guessMapping", () => {
  it("recognises the usual Polish column headings", () => {
    expect(mapping).toEqual({
      name: 0,
      legalForm: 1,
      krs: 2,
      nip: 3,
      regon: 4,
      seat: 5,
      spheres: 6,
      opp: 7,
      address: 8,
    });
    expect(guessMapping(["NAZWA", "Siedziba", "krs"])).toEqual({ name: 0, seat: 1, krs: 2 });
  });
});

describe("legalFormFrom", () => {
  it.each([
    ["fundacja", "FOUNDATION"],
    ["Stowarzyszenie zwykłe", "ORDINARY_ASSOCIATION"],
    ["Koło Gospodyń Wiejskich w Bierawie", "RURAL_HOUSEWIVES_CIRCLE"],
    ["Uczniowski Klub Sportowy „Jedynka”", "SPORTS_ASSOCIATION"],
    ["Ochotnicza Straż Pożarna w Brzegu", "ASSOCIATION"],
    ["FOUNDATION", "FOUNDATION"],
    ["spółka z o.o.", null],
  ])("%s → %s", (text, form) => {
    expect(legalFormFrom(text)).toBe(form);
  });
});

describe("validateRows", () => {
  const row = (overrides: Partial<Record<string, string>> = {}) => {
    const values: Record<string, string> = {
      name: "Stowarzyszenie Nowe",
      form: "",
      krs: "",
      nip: "",
      regon: "",
      seat: "Opole",
      spheres: "",
      opp: "",
      address: "",
      ...overrides,
    };
    return [
      values.name!,
      values.form!,
      values.krs!,
      values.nip!,
      values.regon!,
      values.seat!,
      values.spheres!,
      values.opp!,
      values.address!,
    ];
  };

  it("accepts a good row, finding the seat by name or TERYT and the form from the name", () => {
    const [byName, byCode] = validateRows(
      [row({ spheres: "1a; 17", opp: "tak", nip: "526-025-09-95" }), row({ seat: "1607053", name: "Fundacja Nowa" })],
      mapping,
      context,
    );
    expect(byName).toMatchObject({
      row: 2,
      status: "new",
      record: {
        legalForm: "ASSOCIATION",
        seatTerritoryCode: "1661011",
        sphereIds: ["udpp-4-1-1a", "udpp-4-1-17"],
        opp: true,
        nip: "5260250995",
      },
    });
    expect(byCode).toMatchObject({
      row: 3,
      status: "new",
      record: { legalForm: "FOUNDATION", seatTerritoryCode: "1607053" },
    });
  });

  it("gives every problem of a row with the field and the value", () => {
    const [outcome] = validateRows(
      [row({ name: "", nip: "1234567890", regon: "12", seat: "Warszawa", spheres: "99", opp: "może", form: "spółka" })],
      mapping,
      context,
    );
    expect(outcome!.status).toBe("error");
    const problems = outcome!.status === "error" ? outcome!.problems.map((p) => `${p.field}:${p.problem}`) : [];
    expect(problems.sort()).toEqual(
      [
        "legalForm:unknownForm",
        "name:required",
        "nip:invalidNip",
        "opp:invalidYesNo",
        "regon:invalidRegon",
        "seat:unknownGmina",
        "spheres:unknownSphere",
      ].sort(),
    );
  });

  it("asks for a TERYT code when a gmina name is ambiguous", () => {
    const [outcome] = validateRows([row({ seat: "Lubsza" })], mapping, context);
    expect(outcome).toMatchObject({
      status: "error",
      problems: [{ field: "seat", problem: "ambiguousGmina", value: "Lubsza" }],
    });
  });

  it("completes an organisation already on the platform instead of doubling it, filling only what it lacks", () => {
    const [outcome] = validateRows(
      [row({ name: "Fundacja OPP Echo", krs: "159405", address: "ul. Nowa 1", form: "fundacja" })],
      mapping,
      context,
    );
    expect(outcome).toMatchObject({ status: "merge", organisationId: "org1", fills: ["address"] });
  });

  it("treats rows of the file with the same identifier as one organisation", () => {
    const outcomes = validateRows(
      [row({ krs: "123" }), row({ krs: "0000000123", name: "Stowarzyszenie „Nowe” – inna pisownia" })],
      mapping,
      context,
    );
    expect(outcomes[1]).toEqual({ row: 3, status: "duplicate", sameAsRow: 2 });
    expect(summarise(outcomes)).toEqual({ total: 2, new: 1, merge: 0, duplicate: 1, error: 0 });
  });
});
