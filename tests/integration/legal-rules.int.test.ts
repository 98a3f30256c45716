// The dated legal limits: the value in force on a Polish day, a newer value
// taking over from its first day, and the seed adding nothing the second time.
import { publicDataChanged } from "@/lib/cache/public-data";
import { db } from "@/lib/db/client";
import { legalRuleDefaults } from "@/lib/legal-rules/defaults";
import { legalRuleKeys } from "@/lib/legal-rules/keys";
import { allLegalRules, ruleAt, rulesAt } from "@/lib/legal-rules/rules";
import { seedLegalRules } from "@/lib/reference-data/seed";
import { polishLocalToDate } from "@/lib/time/polish-local";

const polish = (local: string) => polishLocalToDate(local)!;

async function rows() {
  return db().legalRule.findMany({ orderBy: [{ key: "asc" }, { validFrom: "asc" }] });
}

describe("legal rules", () => {
  it("seed one value of every key, in force today", async () => {
    expect(new Set(legalRuleDefaults.map((rule) => rule.key))).toEqual(new Set(legalRuleKeys));
    const today = await rulesAt(legalRuleKeys, new Date());
    expect(today["competition.announcementMinDays"]).toBe(21);
    expect(today["smallGrant.maxGrant"]).toBe(1_000_000);
    expect(today["smallGrant.maxShareOfPlannedBp"]).toBe(2_000);
    expect(today["udpp.citation"]).toBe("Dz. U. z 2024 r. poz. 1491");
  });

  it("know no value before its first day", async () => {
    expect(await ruleAt("smallGrant.maxGrant", polish("2019-02-28T23:59"))).toBeNull();
    expect((await ruleAt("smallGrant.maxGrant", polish("2019-03-01T00:00")))?.value).toBe(1_000_000);
    await expect(rulesAt(["udpp.citation"], polish("2024-10-07T12:00"))).rejects.toThrow(/udpp\.citation/);
  });

  it("give a newer value from its first Polish day, and keep the older one for the days before", async () => {
    const before = await rows();
    await db().legalRule.create({
      data: {
        key: "smallGrant.maxGrant",
        unit: "grosze",
        valueInt: 2_000_000n,
        validFrom: new Date("2030-01-01T00:00:00Z"),
        source: "Nowelizacja (test)",
      },
    });
    // The seed chains the rows: the older one now ends where the newer begins.
    await seedLegalRules();
    publicDataChanged();
    // 00:30 on 1 January in Poland is still 31 December in UTC: the Polish day decides.
    const lastOld = await ruleAt("smallGrant.maxGrant", polish("2029-12-31T23:59"));
    const firstNew = await ruleAt("smallGrant.maxGrant", polish("2030-01-01T00:30"));
    expect(lastOld).toMatchObject({ value: 1_000_000, validFrom: "2019-03-01", validTo: "2030-01-01" });
    expect(firstNew).toMatchObject({ value: 2_000_000, validFrom: "2030-01-01", validTo: null });
    expect((await ruleAt("smallGrant.maxDays", polish("2030-06-01T12:00")))?.value).toBe(90);

    await db().legalRule.deleteMany({ where: { key: "smallGrant.maxGrant", validFrom: new Date("2030-01-01") } });
    await seedLegalRules();
    publicDataChanged();
    expect(await rows()).toEqual(before);
  });

  it("seed the same rows however often it runs, leaving administrators' notes alone", async () => {
    await db().legalRule.updateMany({
      where: { key: "smallGrant.remarksDays" },
      data: { note: "Notatka administratora" },
    });
    const before = await rows();
    expect(await seedLegalRules()).toBe(0);
    expect(await seedLegalRules()).toBe(0);
    expect(await rows()).toEqual(before);
    expect(before).toHaveLength(legalRuleDefaults.length);
    publicDataChanged();
    expect((await allLegalRules()).find((r) => r.key === "smallGrant.remarksDays")?.note).toBe(
      "Notatka administratora",
    );
  });
});
