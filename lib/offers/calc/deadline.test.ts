import fc from "fast-check";
import {
  addWorkingDays,
  deadlineProblems,
  earliestDeadline,
  isAcceptingOffers,
  phaseAt,
  type Publication,
} from "@/lib/offers/calc/deadline";
import { dateToPolishLocal, polishLocalToDate, strictPolishLocalToDate } from "@/lib/time/polish-local";

const rules = { minDays: 21, exclusive: false };
const published = (day: string, bipDay = day): Publication[] => [
  { channel: "BIP", day: bipDay },
  { channel: "NOTICE_BOARD", day },
  { channel: "WEBSITE", day },
];
const at = (local: string) => strictPolishLocalToDate(local)!;
const codes = (publications: Publication[], deadline: Date) =>
  deadlineProblems(publications, deadline, rules).map((p) => p.code);

describe("the 21 days of art. 13 ust. 1, on the Polish calendar", () => {
  it("counts from the last of the three announcements, not counting its day", () => {
    expect(earliestDeadline("2027-03-10", 21, false)).toBe("2027-03-31");
    expect(earliestDeadline("2027-03-10", 21, true)).toBe("2027-04-01");
    expect(codes(published("2027-03-08", "2027-03-10"), at("2027-03-30T16:00"))).toContain("DEADLINE_TOO_EARLY");
    expect(codes(published("2027-03-08", "2027-03-10"), at("2027-03-31T16:00"))).toEqual([]);
  });

  // Property 11, spring: fewer than 21 × 24 hours pass, but 21 calendar days do.
  it("allows 31 March 2027 16:00 after a publication on 10 March, across the spring change", () => {
    const deadline = at("2027-03-31T16:00");
    expect((deadline.getTime() - Date.parse("2027-03-10T00:00:00+01:00")) / 3_600_000).toBeLessThan(21 * 24 + 16);
    expect(codes(published("2027-03-10"), deadline)).toEqual([]);
    expect(codes(published("2027-03-10"), at("2027-03-30T23:59"))).toEqual(["DEADLINE_TOO_EARLY"]);
  });

  it("allows the 21st day across the autumn change too", () => {
    // 31 October 2027 is the day the clocks go back (and a Sunday, hence the warning only).
    expect(codes(published("2027-10-10"), at("2027-10-31T16:00"))).toEqual(["DEADLINE_ON_DAY_OFF"]);
    expect(codes(published("2027-10-11"), at("2027-10-31T16:00"))).toEqual([
      "DEADLINE_TOO_EARLY",
      "DEADLINE_ON_DAY_OFF",
    ]);
    expect(codes(published("2027-10-20"), at("2027-11-10T00:00"))).toEqual([]);
    expect(codes(published("2027-10-20"), at("2027-11-09T23:59"))).toEqual(["DEADLINE_TOO_EARLY"]);
  });

  it("needs all three required channels and warns of a deadline on a day off", () => {
    const missing = deadlineProblems([{ channel: "BIP", day: "2027-03-01" }], at("2027-04-30T16:00"), rules);
    expect(missing.map((p) => [p.code, "channel" in p.values ? p.values.channel : null])).toEqual([
      ["PUBLICATION_MISSING", "NOTICE_BOARD"],
      ["PUBLICATION_MISSING", "WEBSITE"],
    ]);
    expect(codes(published("2027-03-01"), at("2027-04-03T16:00"))).toEqual(["DEADLINE_ON_DAY_OFF"]); // a Saturday
    expect(codes(published("2027-04-01"), at("2027-05-03T16:00"))).toEqual(["DEADLINE_ON_DAY_OFF"]); // 3 May
  });
});

describe("deadline times typed in Polish time", () => {
  it("refuses a time in the spring gap, which polishLocalToDate would move", () => {
    expect(polishLocalToDate("2027-03-28T02:30")).not.toBeNull();
    expect(strictPolishLocalToDate("2027-03-28T02:30")).toBeNull();
    expect(strictPolishLocalToDate("2027-03-28T03:00")?.toISOString()).toBe("2027-03-28T01:00:00.000Z");
  });

  it("takes the earlier instant of a time that happens twice in autumn", () => {
    expect(strictPolishLocalToDate("2027-10-31T02:30")?.toISOString()).toBe("2027-10-31T00:30:00.000Z");
    expect(strictPolishLocalToDate("2027-10-31T03:30")?.toISOString()).toBe("2027-10-31T02:30:00.000Z");
  });

  it("reads back every valid minute of 2026–2030 as typed", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2026-01-01T00:00:00Z"), max: new Date("2030-12-31T23:59:00Z"), noInvalidDate: true }),
        (date) => {
          const local = dateToPolishLocal(date);
          expect(dateToPolishLocal(strictPolishLocalToDate(local)!)).toBe(local);
        },
      ),
    );
  });
});

describe("the competition's phase", () => {
  const clock = (deadline: Date) => ({
    status: "PUBLISHED" as const,
    offersOpenAt: new Date("2026-01-01T00:00:00Z"),
    offersDeadline: deadline,
  });

  it("stops taking offers exactly at the deadline instant", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2026-06-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true }),
        (deadline) => {
          const competition = clock(deadline);
          expect(isAcceptingOffers(competition, new Date(deadline.getTime() - 1))).toBe(true);
          expect(isAcceptingOffers(competition, deadline)).toBe(false);
          expect(phaseAt(competition, deadline)).toBe("EVALUATION");
        },
      ),
    );
  });

  it("is upcoming before the opening and follows the status otherwise", () => {
    const competition = clock(new Date("2027-04-01T14:00:00Z"));
    expect(phaseAt(competition, new Date("2025-12-31T23:59:59Z"))).toBe("UPCOMING");
    expect(phaseAt(competition, new Date("2026-01-01T00:00:00Z"))).toBe("OPEN");
    for (const status of ["DRAFT", "DECIDED", "ANNULLED"] as const) {
      expect(phaseAt({ ...competition, status }, new Date("2026-06-01T00:00:00Z"))).toBe(status);
      expect(isAcceptingOffers({ ...competition, status }, new Date("2026-06-01T00:00:00Z"))).toBe(false);
    }
  });
});

describe("addWorkingDays (re-exported for the 19a clock)", () => {
  it("publishes a small-grant offer received before Easter within 7 working days", () => {
    // Received Thursday 25 March 2027; Easter Monday is 29 March.
    expect(addWorkingDays("2027-03-25", 7)).toBe("2027-04-06");
  });
});
