import fc from "fast-check";
import { addDays, dayFromNumber, weekday } from "@/lib/time/calendar-days";
import { addWorkingDays, easterSunday, isWorkingDay, polishHolidays } from "@/lib/time/polish-holidays";

// Easter Sunday from the published tables (Western churches).
const EASTER: Record<number, string> = {
  2019: "2019-04-21",
  2020: "2020-04-12",
  2021: "2021-04-04",
  2022: "2022-04-17",
  2023: "2023-04-09",
  2024: "2024-03-31",
  2025: "2025-04-20",
  2026: "2026-04-05",
  2027: "2027-03-28",
  2028: "2028-04-16",
  2029: "2029-04-01",
  2030: "2030-04-21",
  2031: "2031-04-13",
  2032: "2032-03-28",
  2033: "2033-04-17",
  2034: "2034-04-09",
  2035: "2035-03-25",
};

describe("Polish public holidays", () => {
  // Property 12, the computus.
  it.each(Object.entries(EASTER))("finds Easter %s on %s", (year, day) => {
    expect(easterSunday(Number(year))).toBe(day);
  });

  it("lists the holidays of 2027, the movable ones from Easter", () => {
    expect(polishHolidays(2027).map((h) => h.day)).toEqual([
      "2027-01-01",
      "2027-01-06",
      "2027-03-28",
      "2027-03-29",
      "2027-05-01",
      "2027-05-03",
      "2027-05-16",
      "2027-05-27",
      "2027-08-15",
      "2027-11-01",
      "2027-11-11",
      "2027-12-24",
      "2027-12-25",
      "2027-12-26",
    ]);
  });

  it("adds a holiday only from the year it became one", () => {
    expect(polishHolidays(2010).map((h) => h.day)).not.toContain("2010-01-06");
    expect(polishHolidays(2024).map((h) => h.day)).not.toContain("2024-12-24");
  });

  // Property 12, working days.
  it("counts only weekdays that are not holidays", () => {
    fc.assert(
      fc.property(fc.integer({ min: 17_900, max: 23_000 }), fc.integer({ min: 0, max: 30 }), (start, n) => {
        const from = dayFromNumber(start);
        const to = addWorkingDays(from, n);
        let counted = 0;
        for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) counted += 1;
        expect(counted).toBe(n);
        if (n > 0) expect(isWorkingDay(to)).toBe(true);
        if (n > 0) expect([0, 6]).not.toContain(weekday(to));
      }),
    );
  });

  it("skips a long weekend", () => {
    // Friday 30 April 2027, then 1 May (Saturday), 2 May (Sunday), 3 May (holiday).
    expect(addWorkingDays("2027-04-30", 1)).toBe("2027-05-04");
    expect(isWorkingDay("2027-05-03")).toBe(false);
  });
});
