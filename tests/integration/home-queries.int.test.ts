import { publicDataChanged } from "@/lib/cache/public-data";
import { homePageView } from "@/lib/home/page-view";
import { listInstitutionsInRegion } from "@/lib/institutions/queries";
import { countOrganisationsInRegion, listRecentOrganisations } from "@/lib/organisations/queries";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";

describe("home page queries", () => {
  it("count the region's organisations and list its verified ones, most recently verified first", async () => {
    await createOrganisation({
      name: "Fundacja Starsza",
      createdAt: new Date("2026-01-01"),
      verifiedAt: new Date("2026-01-05"),
    });
    await createOrganisation({
      name: "Stowarzyszenie Nowsze",
      seatTerritoryCode: "1607053",
      sphereCodes: ["17", "15"],
      createdAt: new Date("2026-02-01"),
      verifiedAt: new Date("2026-02-03"),
    });
    await createOrganisation({ name: "Fundacja z Wrocławia", seatTerritoryCode: "0264011", verifiedAt: new Date() });
    // Issue 18: anyone can register an organisation; the home page shows it once the platform has verified it.
    await createOrganisation({ name: "Stowarzyszenie Niezweryfikowane", createdAt: new Date() });

    expect(await countOrganisationsInRegion("16")).toBe(3);
    const recent = await listRecentOrganisations("16");
    expect(recent.map((o) => o.name)).toEqual(["Stowarzyszenie Nowsze", "Fundacja Starsza"]);
    expect(recent[0]!.seatTerritory.name).toBe("Nysa");
    expect(recent[0]!.spheres.map((s) => s.sphere.code).sort()).toEqual(["15", "17"]);
  });

  it("list the region's offices: voivodeship, powiats, then gminas", async () => {
    await createInstitution({ name: "Urząd Gminy Turawa", kind: "GMINA_OFFICE", territoryCode: "1609132" });
    await createInstitution({
      name: "Urząd Marszałkowski Województwa Opolskiego",
      kind: "VOIVODESHIP_OFFICE",
      territoryCode: "16",
    });
    await createInstitution({ name: "Starostwo Powiatowe w Brzegu", kind: "POWIAT_OFFICE", territoryCode: "1601" });
    await createInstitution({ name: "Urząd Miasta Krakowa", kind: "GMINA_OFFICE", territoryCode: "1261011" });

    expect((await listInstitutionsInRegion("16")).map((i) => i.name)).toEqual([
      "Urząd Marszałkowski Województwa Opolskiego",
      "Starostwo Powiatowe w Brzegu",
      "Urząd Gminy Turawa",
    ]);
  });
});

describe("the home page's public content", () => {
  it("is gathered once and kept for every reader until public data changes", async () => {
    publicDataChanged();
    const first = await homePageView("16");
    const before = first.counts.organisations;
    expect(await homePageView("16")).toBe(first);

    // A row written behind the platform's back (no change announced) is not seen yet…
    await createOrganisation({ name: "Stowarzyszenie Ostatnie", verifiedAt: new Date() });
    expect(await homePageView("16")).toBe(first);
    // …and is, once a change to public data is announced (as every action's pipeline does).
    publicDataChanged();
    const second = await homePageView("16");
    expect(second.counts.organisations).toBe(before + 1);
    expect(second.organisations[0]!.name).toBe("Stowarzyszenie Ostatnie");
  });
});
