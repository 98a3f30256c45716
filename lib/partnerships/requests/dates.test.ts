import {
  addDays,
  closeOnProblem,
  daysLeft,
  hasRunOut,
  latestCloseOn,
  parseDay,
  warsawDay,
} from "@/lib/partnerships/requests/dates";

describe("the calendar of partner requests", () => {
  it("reads the day in Polish time, not the server's", () => {
    // 23:30 UTC on 31 December is already 1 January in Poland (UTC+1 in winter).
    expect(warsawDay(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    // 22:30 UTC on 30 June is 00:30 on 1 July in Poland (UTC+2 in summer).
    expect(warsawDay(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
    expect(warsawDay(new Date("2026-06-30T21:30:00Z"))).toBe("2026-06-30");
  });

  it("takes only real days", () => {
    expect(parseDay("2027-02-28")?.toISOString()).toBe("2027-02-28T00:00:00.000Z");
    expect(parseDay("2027-02-29")).toBeNull();
    expect(parseDay("2027-13-01")).toBeNull();
    expect(parseDay("1.03.2027")).toBeNull();
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
  });

  it("allows a closing day after today and at most the longest period from opening", () => {
    const now = new Date("2026-12-06T21:00:00Z"); // 22:00 on 6 December in Poland
    expect(latestCloseOn(now, 90)).toBe("2027-03-06");
    expect(closeOnProblem("2026-12-06", now, 90, now)).toBe("partnerRequestClosesNotAfterToday");
    expect(closeOnProblem("2026-12-07", now, 90, now)).toBeNull();
    expect(closeOnProblem("2027-03-06", now, 90, now)).toBeNull();
    expect(closeOnProblem("2027-03-07", now, 90, now)).toBe("partnerRequestClosesTooLate");
    // An edit months later counts from the opening (or the last renewal), not from the edit.
    const opened = new Date("2026-10-01T10:00:00Z");
    expect(closeOnProblem("2027-01-05", opened, 90, now)).toBe("partnerRequestClosesTooLate");
    expect(closeOnProblem("2026-12-30", opened, 90, now)).toBeNull();
  });

  it("runs out after its closing day or after the longest period, whichever comes first", () => {
    const request = {
      repliesCloseOn: new Date("2027-01-10T00:00:00Z"),
      openedAt: new Date("2026-12-01T10:00:00Z"),
      renewedAt: null,
    };
    expect(hasRunOut(request, 90, new Date("2027-01-10T22:59:00Z"))).toBe(false); // 23:59 on 10 January
    expect(hasRunOut(request, 90, new Date("2027-01-10T23:00:00Z"))).toBe(true); // 00:00 on 11 January
    // A lowered limit expires a request opened long ago even before its closing day.
    expect(hasRunOut(request, 20, new Date("2026-12-22T12:00:00Z"))).toBe(true);
    expect(
      hasRunOut({ ...request, renewedAt: new Date("2026-12-20T10:00:00Z") }, 20, new Date("2026-12-22T12:00:00Z")),
    ).toBe(false);
  });

  it("counts the closing day itself among the days left", () => {
    const closes = new Date("2026-12-10T00:00:00Z");
    expect(daysLeft(closes, new Date("2026-12-10T10:00:00Z"))).toBe(1);
    expect(daysLeft(closes, new Date("2026-12-08T10:00:00Z"))).toBe(3);
    expect(daysLeft(closes, new Date("2026-12-11T10:00:00Z"))).toBe(0);
  });
});
