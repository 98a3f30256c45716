// The dated legal limits: the value in force on a Polish day, a newer value
// taking over from its first day, the seed adding nothing the second time,
// and the administrators' page adding values (nobody else may).

jest.mock("@/lib/auth/session", () => jest.requireActual("@/tests/helpers/session"));

import { addLegalRuleAction } from "@/lib/legal-rules/actions";
import { legalRulesOverview } from "@/lib/legal-rules/queries";
import { createInstitution } from "@/tests/factories/institutions";
import { createOrganisation } from "@/tests/factories/organisations";
import { createAdministrator, createMember, createOfficial } from "@/tests/factories/people";
import { actAs } from "@/tests/helpers/session";
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

describe("the administrators' legal limits", () => {
  const input = {
    key: "smallGrant.maxGrant",
    value: "20 000",
    validFrom: "2031-01-01",
    source: "Art. 19a ust. 1 pkt 1 UDPP po nowelizacji (test)",
    note: "",
  } as const;
  const maxGrantRows = () =>
    db().legalRule.findMany({ where: { key: "smallGrant.maxGrant" }, orderBy: { validFrom: "asc" } });

  it("refuse visitors, organisation owners and officials, adding nothing", async () => {
    const before = await rows();
    actAs(null);
    expect((await addLegalRuleAction(input)).serverError).toBe("UNAUTHENTICATED");
    const organisation = await createOrganisation();
    actAs(await createMember(organisation.id, "OWNER"));
    expect((await addLegalRuleAction(input)).serverError).toBe("FORBIDDEN");
    const institution = await createInstitution();
    actAs(await createOfficial(institution.id, "ADMINISTRATOR"));
    expect((await addLegalRuleAction(input)).serverError).toBe("FORBIDDEN");
    expect(await rows()).toEqual(before);
    expect(await db().auditEvent.count({ where: { action: "legalRule.added" } })).toBe(0);
  });

  it("refuse bad values with the field named, and a value that does not start after the latest one", async () => {
    actAs(await createAdministrator());
    const before = await rows();
    expect((await addLegalRuleAction({ ...input, value: "dwadzieścia tysięcy" })).validationErrors).toMatchObject({
      value: { _errors: ["legalRuleAmountInvalid"] },
    });
    expect(
      (await addLegalRuleAction({ ...input, key: "smallGrant.maxShareOfPlannedBp", value: "120" })).validationErrors,
    ).toMatchObject({ value: { _errors: ["legalRulePercentInvalid"] } });
    expect(
      (await addLegalRuleAction({ ...input, key: "no.such" as "smallGrant.maxGrant" })).validationErrors,
    ).toMatchObject({ key: { _errors: ["legalRuleKeyUnknown"] } });
    expect(
      (await addLegalRuleAction({ ...input, validFrom: "2031-02-30", source: "x" })).validationErrors,
    ).toMatchObject({ validFrom: { _errors: ["dateInvalid"] }, source: { _errors: ["legalRuleSourceTooShort"] } });
    // The seeded value holds from 2019-03-01: a new one on that day would rewrite history.
    expect((await addLegalRuleAction({ ...input, validFrom: "2019-03-01" })).validationErrors).toMatchObject({
      validFrom: { _errors: ["legalRuleValidFromNotAfterCurrent"] },
    });
    expect(await rows()).toEqual(before);
  });

  it("add a value from a later day: the previous one ends there and keeps its value, with an audit event", async () => {
    const admin = await createAdministrator();
    actAs(admin);
    const [seeded] = await maxGrantRows();
    expect((await addLegalRuleAction(input)).data).toEqual({ added: true });
    const [older, newer, ...none] = await maxGrantRows();
    expect(none).toEqual([]);
    expect(older).toEqual({ ...seeded, validTo: new Date("2031-01-01T00:00:00Z") });
    expect(newer).toMatchObject({
      unit: "grosze",
      valueInt: 2_000_000n,
      valueText: null,
      validTo: null,
      note: null,
      createdById: admin.id,
    });
    // The checks read the new value from its first day at once (the cache was emptied).
    expect((await ruleAt("smallGrant.maxGrant", polish("2030-12-31T23:59")))?.value).toBe(1_000_000);
    expect((await ruleAt("smallGrant.maxGrant", polish("2031-01-01T00:00")))?.value).toBe(2_000_000);
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "legalRule.added" } });
    expect(event).toMatchObject({ actorUserId: admin.id, subjectType: "LegalRule", subjectId: newer!.id });
    expect(event.details).toEqual({
      key: "smallGrant.maxGrant",
      value: "2000000",
      validFrom: "2031-01-01",
      previous: { value: "1000000", validFrom: "2019-03-01" },
    });
    // The page: today's value in force, the new one scheduled, newest first.
    const overview = (await legalRulesOverview(polish("2030-06-01T12:00"))).find(
      (r) => r.key === "smallGrant.maxGrant",
    )!;
    expect(overview.current?.value).toBe(1_000_000);
    expect(overview.latestValidFrom).toBe("2031-01-01");
    expect(overview.history.map((row) => [row.value, row.state])).toEqual([
      [2_000_000, "scheduled"],
      [1_000_000, "inForce"],
    ]);
    // Text values are kept as typed (trimmed); a later one again only after the latest.
    expect(
      (
        await addLegalRuleAction({
          ...input,
          key: "udpp.citation",
          value: " Dz. U. z 2025 r. poz. 1338 ",
          validFrom: "2025-09-01",
        })
      ).data,
    ).toEqual({ added: true });
    expect((await ruleAt("udpp.citation", polish("2025-09-01T08:00")))?.value).toBe("Dz. U. z 2025 r. poz. 1338");
    expect((await ruleAt("udpp.citation", polish("2025-08-31T08:00")))?.value).toBe("Dz. U. z 2024 r. poz. 1491");
  });
});
