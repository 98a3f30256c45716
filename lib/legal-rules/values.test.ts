import { parseRuleValue } from "@/lib/legal-rules/values";

const int = (unit: Parameters<typeof parseRuleValue>[0], text: string) => {
  const parsed = parseRuleValue(unit, text);
  return parsed.ok ? parsed.valueInt : parsed.message;
};

describe("parseRuleValue", () => {
  it("reads złoty as Polish and English readers type them into integer grosze", () => {
    expect(int("grosze", "10000")).toBe(1_000_000n);
    expect(int("grosze", "10 000,00 zł")).toBe(1_000_000n);
    expect(int("grosze", "20\u00a0000,5")).toBe(2_000_050n);
    expect(int("grosze", "0.01")).toBe(1n);
    expect(int("grosze", "1,234")).toBe("legalRuleAmountInvalid");
    expect(int("grosze", "-5")).toBe("legalRuleAmountInvalid");
    expect(int("grosze", "")).toBe("legalRuleAmountInvalid");
  });

  it("reads a percentage into basis points, up to 100 %", () => {
    expect(int("basisPoints", "20")).toBe(2_000n);
    expect(int("basisPoints", "12,5 %")).toBe(1_250n);
    expect(int("basisPoints", "100")).toBe(10_000n);
    expect(int("basisPoints", "100,01")).toBe("legalRulePercentInvalid");
  });

  it("takes whole days from 1 to 3650, a flag as 0 or 1, and a text of 1 to 200 characters", () => {
    expect(int("days", "21")).toBe(21n);
    expect(int("workingDays", "0")).toBe("legalRuleDaysInvalid");
    expect(int("days", "7.5")).toBe("legalRuleDaysInvalid");
    expect(int("flag", "1")).toBe(1n);
    expect(int("flag", "2")).toBe("legalRuleFlagInvalid");
    expect(parseRuleValue("text", "  Dz. U. z 2025 r. poz. 1338 ")).toEqual({
      ok: true,
      valueInt: null,
      valueText: "Dz. U. z 2025 r. poz. 1338",
    });
    expect(parseRuleValue("text", " ")).toEqual({ ok: false, message: "legalRuleTextInvalid" });
  });
});
