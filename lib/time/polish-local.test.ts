import { dateToPolishLocal, polishAt, polishDaysUntil, polishMorning } from "@/lib/time/polish-local";

describe("polishAt", () => {
  // 03:12 in Warsaw on a winter night (UTC+1), the minute a demo might be seeded.
  const now = new Date("2026-12-06T02:12:00Z");

  it("gives a time of day in Polish time, days after (or before) the day of now", () => {
    expect(dateToPolishLocal(polishAt(11, "23:59", now))).toBe("2026-12-17T23:59");
    expect(dateToPolishLocal(polishAt(-3, "08:00", now))).toBe("2026-12-03T08:00");
    expect(polishAt(0, "16:00", now).toISOString()).toBe("2026-12-06T15:00:00.000Z");
  });

  it("follows summer time", () => {
    expect(polishAt(0, "16:00", new Date("2026-07-01T10:00:00Z")).toISOString()).toBe("2026-07-01T14:00:00.000Z");
  });

  it("keeps the morning default and refuses what is not a time of day", () => {
    expect(dateToPolishLocal(polishMorning(1, now))).toBe("2026-12-07T09:00");
    expect(() => polishAt(1, "25:00", now)).toThrow(RangeError);
  });
});

describe("polishDaysUntil", () => {
  // 23:30 in Warsaw (UTC+1) on 6 December.
  const lateEvening = new Date("2026-12-06T22:30:00Z");

  it("counts calendar days in Polish time, 0 on the last day", () => {
    expect(polishDaysUntil(polishAt(0, "23:59", lateEvening), lateEvening)).toBe(0);
    expect(polishDaysUntil(polishAt(3, "16:00", lateEvening), lateEvening)).toBe(3);
    // Half an hour later it is the 7th in Poland, though still the 6th in UTC.
    expect(polishDaysUntil(polishAt(3, "16:00", lateEvening), new Date("2026-12-06T23:30:00Z"))).toBe(2);
  });

  it("takes a period ending at midnight to end with the day before", () => {
    expect(polishDaysUntil(polishAt(2, "00:00", lateEvening), lateEvening)).toBe(1);
  });
});
