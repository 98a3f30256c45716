import { defaultDueDay, endOfPolishDay, isAllowedDueDay } from "@/lib/offers/corrections/due";

describe("a correction's deadline", () => {
  it("ends at the last millisecond of the Polish day, in winter and in summer time", () => {
    expect(endOfPolishDay("2026-12-14")!.toISOString()).toBe("2026-12-14T22:59:59.999Z");
    expect(endOfPolishDay("2027-06-14")!.toISOString()).toBe("2027-06-14T21:59:59.999Z");
    expect(endOfPolishDay("2027-02-30")).toBeNull();
  });

  it("counts calendar days across the change of clocks", () => {
    // 23:30 Polish time on 27 March 2027 (the clocks go forward on the 28th).
    const now = new Date("2027-03-27T22:30:00Z");
    expect(defaultDueDay(7, now)).toBe("2027-04-03");
    expect(defaultDueDay(1, new Date("2026-12-07T23:30:00Z"))).toBe("2026-12-09");
  });

  it("is a day after today, not today nor beyond the limit", () => {
    const now = new Date("2026-12-07T10:00:00Z");
    expect(isAllowedDueDay("2026-12-07", now)).toBe(false);
    expect(isAllowedDueDay("2026-12-08", now)).toBe(true);
    expect(isAllowedDueDay("2027-02-05", now)).toBe(true);
    expect(isAllowedDueDay("2027-02-06", now)).toBe(false);
    expect(isAllowedDueDay("nonsense", now)).toBe(false);
  });
});
