import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { KrsMappingError, legalFormFromKrs, mapKrsExtract } from "@/lib/krs/mapping";

const dir = path.join(process.cwd(), "tests", "fixtures", "krs");
const sample = (krs: string) =>
  JSON.parse(
    readFileSync(
      path.join(
        dir,
        readdirSync(dir).find((f) => f.includes(krs))!,
      ),
      "utf8",
    ),
  ) as unknown;

describe("mapKrsExtract", () => {
  it("reads an OPP association with its board, aims and branches", () => {
    const data = mapKrsExtract(sample("0000431452"));
    expect(data).toMatchObject({
      register: "S",
      krs: "0000431452",
      name: '"MEDIATORZY POLSCY"',
      legalForm: "ASSOCIATION",
      nip: "8133677183",
      regon: "180952092",
      registeredOn: "2012-08-30",
      publicBenefitStatus: true,
      seat: { voivodeship: "PODKARPACKIE", powiat: "RZESZÓW", gmina: "RZESZÓW", place: "RZESZÓW" },
      address: "UL. LWOWSKA 173, 35-301 RZESZÓW",
      inLiquidation: false,
    });
    expect(data.board?.body).toBe("ZARZĄD");
    expect(data.board?.members[0]).toEqual({ name: "E******* D***", role: "PREZES" });
    expect(data.aims).toMatch(/^1\.POWIĘKSZANIA DOROBKU/);
  });

  it("reads every sample, each form and the liquidation", () => {
    expect(mapKrsExtract(sample("0000159405"))).toMatchObject({ legalForm: "FOUNDATION", publicBenefitStatus: true });
    expect(mapKrsExtract(sample("0000151051"))).toMatchObject({
      legalForm: "SPORTS_ASSOCIATION",
      legalFormText: "STOWARZYSZENIE KULTURY FIZYCZNEJ",
    });
    expect(mapKrsExtract(sample("0000096794"))).toMatchObject({
      legalForm: "ASSOCIATION",
      publicBenefitStatus: false,
      seat: { gmina: "USTRZYKI DOLNE" },
    });
    const inLiquidation = mapKrsExtract(sample("0000234234"));
    expect(inLiquidation).toMatchObject({ inLiquidation: true, board: null });
    for (const data of ["0000431452", "0000159405", "0000151051", "0000096794", "0000234234"].map((krs) =>
      mapKrsExtract(sample(krs)),
    )) {
      expect(data.regon).toMatch(/^\d{9}$/);
      expect(data.nip).toMatch(/^\d{10}$/);
    }
  });

  it("maps legal forms, and refuses what is not an extract", () => {
    expect(legalFormFromKrs("SPÓŁDZIELNIA SOCJALNA")).toBe("SOCIAL_COOPERATIVE");
    expect(legalFormFromKrs("SPÓŁKA Z OGRANICZONĄ ODPOWIEDZIALNOŚCIĄ")).toBe("OTHER");
    expect(() => mapKrsExtract({ odpis: {} })).toThrow(KrsMappingError);
    expect(() => mapKrsExtract("<html>")).toThrow(KrsMappingError);
  });
});
