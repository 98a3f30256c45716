import { endOfPolishDay, polishYear, publishDueBy, remarksUntil } from "@/lib/small-grants/clock";

describe("the 19a clocks", () => {
  it("ends a Polish day at the next Polish midnight, in winter and in summer time", () => {
    expect(endOfPolishDay("2027-01-15").toISOString()).toBe("2027-01-15T23:00:00.000Z");
    expect(endOfPolishDay("2027-07-15").toISOString()).toBe("2027-07-15T22:00:00.000Z");
  });

  it("counts 7 working days from the day after receipt, skipping the weekend", () => {
    // Received Monday 11 January 2027 at 15:00 Polish time: Tue..Fri (4) + Mon..Wed (3) = Wednesday 20 January.
    expect(publishDueBy(new Date("2027-01-11T14:00:00Z"), 7).toISOString()).toBe("2027-01-20T23:00:00.000Z");
  });

  it("skips Easter Monday and moves across the spring clock change", () => {
    // Received Thursday 25 March 2027: Fri 26, (Easter Monday 29 skipped) 30, 31, 1, 2, 5, 6 April.
    expect(publishDueBy(new Date("2027-03-25T10:00:00Z"), 7).toISOString()).toBe("2027-04-06T22:00:00.000Z");
  });

  it("skips fixed holidays: 1 and 3 May, 1 and 11 November", () => {
    // Received Thursday 29 April 2027: Fri 30, (Sat 1 May, Mon 3 May) Tue 4..Fri 7, Mon 10, Tue 11 May.
    expect(publishDueBy(new Date("2027-04-29T08:00:00Z"), 7).toISOString()).toBe("2027-05-11T22:00:00.000Z");
    // Received Friday 29 October 2027: (Mon 1 Nov) Tue 2..Fri 5, Mon 8, Tue 9, Wed 10.
    expect(publishDueBy(new Date("2027-10-29T08:00:00Z"), 7).toISOString()).toBe("2027-11-10T23:00:00.000Z");
    // Received Wednesday 3 November 2027: Thu 4, Fri 5, Mon 8, Tue 9, Wed 10, (Thu 11 Nov) Fri 12, Mon 15.
    expect(publishDueBy(new Date("2027-11-03T08:00:00Z"), 7).toISOString()).toBe("2027-11-15T23:00:00.000Z");
  });

  it("takes the receipt day in Polish time: 23:30 on 31 December is still the old year's day", () => {
    const lateOnNewYearsEve = new Date("2026-12-31T22:30:00Z");
    expect(polishYear(lateOnNewYearsEve)).toBe(2026);
    expect(polishYear(new Date("2026-12-31T23:30:00Z"))).toBe(2027);
    // Fri 1 Jan 2027 is a holiday; Mon 4, Tue 5, (Wed 6 Jan) Thu 7, Fri 8, Mon 11, Tue 12, Wed 13.
    expect(publishDueBy(lateOnNewYearsEve, 7).toISOString()).toBe("2027-01-13T23:00:00.000Z");
  });

  it("keeps remarks open for 7 calendar days after the day of publication, whatever the hour", () => {
    expect(remarksUntil(new Date("2027-03-24T07:00:00Z"), 7).toISOString()).toBe("2027-03-31T22:00:00.000Z");
    expect(remarksUntil(new Date("2027-03-24T22:59:00Z"), 7).toISOString()).toBe("2027-03-31T22:00:00.000Z");
  });
});
