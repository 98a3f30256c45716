import { amountText, percentText } from "@/lib/competitions/amount-text";
import { extensionObject, historyRowObject, taskSchema, type TaskInput } from "@/lib/competitions/schemas";

const task = (overrides: Partial<TaskInput> = {}): TaskInput => ({
  number: "1",
  kindName: "Aktywizacja seniorów",
  description: "",
  sphereId: "udpp-4-1-10",
  kindKey: "",
  form: "SUPPORT",
  pool: "200 000",
  minGrant: "",
  maxGrant: "40 000,50",
  minOwnContributionBp: "12,5",
  maxAdminCostBp: "",
  ...overrides,
});

describe("the announcement's schemas", () => {
  it("read złoty into grosze and per cent into basis points, without floats", () => {
    const parsed = taskSchema.parse(task());
    expect(parsed).toMatchObject({
      pool: 20_000_000,
      maxGrant: 4_000_050,
      minGrant: null,
      minOwnContributionBp: 1250,
      maxAdminCostBp: null,
      kindKey: null,
    });
  });

  it("refuse amounts and shares that are not money or a percentage, and a maximum above the pool", () => {
    const result = taskSchema.safeParse(task({ pool: "12,345", minOwnContributionBp: "101" }));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["pool", "competitionAmountInvalid"],
      ["minOwnContributionBp", "competitionPercentInvalid"],
    ]);
    const above = taskSchema.safeParse(task({ pool: "10 000", maxGrant: "10 000,01" }));
    expect(above.error!.issues.map((i) => i.message)).toEqual(["competitionMaxAbovePool"]);
  });

  it("refuse a time in the spring DST gap with its own message, and take the earlier of an autumn time that exists twice", () => {
    const base = { reason: "Pytania oferentów.", actReference: "", documentId: "" };
    const gap = extensionObject.safeParse({ ...base, newDeadline: "2027-03-28T02:30" });
    expect(gap.error!.issues.map((i) => i.message)).toEqual(["competitionTimeInDstGap"]);
    const bad = extensionObject.safeParse({ ...base, newDeadline: "2027-02-30T10:00" });
    expect(bad.error!.issues.map((i) => i.message)).toEqual(["competitionDeadlineInvalid"]);
    const twice = extensionObject.parse({ ...base, newDeadline: "2027-10-31T02:30" });
    // 02:30 summer time (UTC+2), not the winter-time 02:30 an hour later.
    expect(twice.newDeadline.toISOString()).toBe("2027-10-31T00:30:00.000Z");
  });

  it("turn stored values back into what the forms type", () => {
    expect(amountText(100_050n)).toBe("1000,50");
    expect(amountText(null)).toBe("");
    expect([percentText(1250), percentText(1000), percentText(5), percentText(0)]).toEqual(["12,5", "10", "0,05", "0"]);
    const row = historyRowObject.parse({
      year: "2026",
      label: "Seniorzy",
      costs: amountText(4_500_000n),
      grants: "38 000",
    });
    expect(row).toEqual({ year: 2026, label: "Seniorzy", costs: 4_500_000, grants: 3_800_000 });
  });
});
