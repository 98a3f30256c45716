import { publicDataChanged } from "@/lib/cache/public-data";
import { db } from "@/lib/db/client";
import { countRegionUnits, listSpheresInForce } from "@/lib/reference-data/queries";
import { seedInstitutions, seedSpheres, seedTerritories } from "@/lib/reference-data/seed";

describe("reference data", () => {
  it("seeds all 4,332 TERC units idempotently", async () => {
    expect(await seedTerritories()).toBe(4332);
    expect(await seedTerritories()).toBe(4332);
    expect(await db().territory.count()).toBe(4332);
    expect(await db().territory.findUnique({ where: { code: "1661011" } })).toMatchObject({
      name: "Opole",
      kind: "URBAN_GMINA",
      parentCode: "1661",
      voivodeshipCode: "16",
    });
  });

  it("brings a changed unit back in line with the register", async () => {
    await db().territory.update({ where: { code: "1601011" }, data: { name: "Brzeg (zmieniony)" } });
    await seedTerritories();
    expect((await db().territory.findUniqueOrThrow({ where: { code: "1601011" } })).name).toBe("Brzeg");
  });

  it("counts the region's powiat-level units and gminas", async () => {
    expect(await countRegionUnits("16")).toEqual({ powiats: 12, gminas: 71 });
    expect(await countRegionUnits("14")).toEqual({ powiats: 42, gminas: 314 }); // Mazowieckie
  });

  it("creates the region's institutions from TERYT and keeps the office's own data", async () => {
    expect(await seedInstitutions("16")).toBe(83); // the voivodeship, 11 powiats, 71 gminas
    await db().institution.update({
      where: { territoryCode: "1607053" },
      data: { officeName: "Urząd Miejski w Nysie", name: "Nysa?" },
    });
    expect(await seedInstitutions("16")).toBe(83);
    expect(await db().institution.count()).toBe(83);
    expect(await db().institution.findUniqueOrThrow({ where: { territoryCode: "1607053" } })).toMatchObject({
      name: "Gmina Nysa",
      officeName: "Urząd Miejski w Nysie",
      kind: "GMINA_OFFICE",
    });
    expect(await db().institution.findUnique({ where: { territoryCode: "1661" } })).toBeNull();
    expect((await db().institution.findUniqueOrThrow({ where: { territoryCode: "1661011" } })).name).toBe(
      "Miasto Opole",
    );
  });

  it("seeds spheres once and keeps an administrator's edits", async () => {
    await seedSpheres();
    await db().publicBenefitSphere.update({ where: { id: "udpp-4-1-3" }, data: { nameEn: "charitable activity" } });
    expect(await seedSpheres()).toBe(38);
    expect(await db().publicBenefitSphere.count()).toBe(38);
    expect((await db().publicBenefitSphere.findUniqueOrThrow({ where: { id: "udpp-4-1-3" } })).nameEn).toBe(
      "charitable activity",
    );
  });

  it("lists only the spheres in force on a date, in statutory order", async () => {
    const inForce = await listSpheresInForce(new Date("2026-06-01"));
    expect(inForce).toHaveLength(38);
    expect(inForce.slice(0, 3).map((s) => s.code)).toEqual(["1", "1a", "1b"]);

    // An amendment ends a point and adds its new wording from a later date.
    await db().publicBenefitSphere.update({ where: { id: "udpp-4-1-29" }, data: { validTo: new Date("2026-01-01") } });
    await db().publicBenefitSphere.create({
      data: {
        id: "udpp-4-1-29-2026",
        code: "29",
        namePl: "działalności na rzecz kombatantów, weteranów i osób represjonowanych",
        nameEn: "veterans and persons repressed",
        nameDe: "Kriegsveteranen, Veteranen und politisch Verfolgte",
        verification: "CONFIRMED",
        legalBasis: "art. 4 ust. 1 pkt 29 UDPP",
        validFrom: new Date("2026-01-01"),
        sortOrder: 34,
      },
    });
    // Spheres are kept in the process: a change outside the seed is seen once it announces itself like any public data.
    expect((await listSpheresInForce(new Date("2026-06-01"))).map((s) => s.id)).toContain("udpp-4-1-29");
    publicDataChanged();
    const before = await listSpheresInForce(new Date("2025-12-31"));
    const after = await listSpheresInForce(new Date("2026-06-01"));
    expect(before.filter((s) => s.code === "29").map((s) => s.id)).toEqual(["udpp-4-1-29"]);
    expect(after.filter((s) => s.code === "29").map((s) => s.id)).toEqual(["udpp-4-1-29-2026"]);
    expect(after).toHaveLength(38);
  });
});
