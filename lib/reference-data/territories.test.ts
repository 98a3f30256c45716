import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCsv } from "@/lib/reference-data/csv";
import { GMINA_KINDS, territoryFromTercRow } from "@/lib/reference-data/territories";

const records = parseCsv(readFileSync(path.join(process.cwd(), "prisma/data/terc.csv"), "utf8")).map(
  territoryFromTercRow,
);
const byCode = new Map(records.map((r) => [r.code, r]));

describe("territoryFromTercRow on the whole TERC copy", () => {
  it("keeps every unit once, with the register's national counts", () => {
    expect(records).toHaveLength(4332);
    expect(byCode.size).toBe(4332);
    const count = (predicate: (r: (typeof records)[number]) => boolean) => records.filter(predicate).length;
    expect(count((r) => r.kind === "VOIVODESHIP")).toBe(16);
    expect(count((r) => r.kind === "POWIAT" || r.kind === "CITY_WITH_POWIAT_RIGHTS")).toBe(380);
    expect(count((r) => GMINA_KINDS.includes(r.kind))).toBe(2477);
    expect(count((r) => r.kind === "URBAN_GMINA")).toBe(302);
  });

  it("builds codes and a tree whose every parent exists", () => {
    for (const record of records) {
      if (record.parentCode) expect(byCode.has(record.parentCode)).toBe(true);
    }
    expect(byCode.get("1661011")).toMatchObject({
      name: "Opole",
      kind: "URBAN_GMINA",
      parentCode: "1661",
      powiatCode: "1661",
    });
    expect(byCode.get("1661")).toMatchObject({ kind: "CITY_WITH_POWIAT_RIGHTS", parentCode: "16" });
    // Town and rural parts of an urban-rural gmina hang under the gmina itself.
    expect(byCode.get("1607054")).toMatchObject({ name: "Nysa", kind: "TOWN_PART", parentCode: "1607053" });
  });

  it("finds Opolskie's 71 gminas in 12 powiat-level units", () => {
    const opolskie = records.filter((r) => r.voivodeshipCode === "16");
    expect(opolskie.filter((r) => GMINA_KINDS.includes(r.kind))).toHaveLength(71);
    expect(opolskie.filter((r) => r.kind === "POWIAT" || r.kind === "CITY_WITH_POWIAT_RIGHTS")).toHaveLength(12);
  });

  it("rejects a row of an unknown kind", () => {
    expect(() =>
      territoryFromTercRow({ woj: "16", pow: "01", gmi: "01", rodz: "7", name: "X", kind: "kolonia", source_date: "" }),
    ).toThrow(/Unknown TERC unit kind "kolonia"/);
  });
});
