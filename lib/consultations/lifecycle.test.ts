import { durationDays, phaseAt } from "@/lib/consultations/lifecycle";
import { dateToPolishLocal, polishLocalToDate } from "@/lib/time/polish-local";

const consultation = (status: "DRAFT" | "SCHEDULED" | "OPEN" | "CLOSED" | "REPORT_PUBLISHED") => ({
  status,
  startsAt: new Date("2026-12-01T08:00:00Z"),
  endsAt: new Date("2026-12-15T22:59:00Z"),
});

describe("phaseAt", () => {
  it("follows the clock for published consultations, whatever the stored status says", () => {
    expect(phaseAt(consultation("SCHEDULED"), new Date("2026-11-30T12:00:00Z"))).toBe("scheduled");
    expect(phaseAt(consultation("SCHEDULED"), new Date("2026-12-01T08:00:00Z"))).toBe("open");
    // The closing job is late: the clock has the last word.
    expect(phaseAt(consultation("OPEN"), new Date("2026-12-15T22:59:00Z"))).toBe("closed");
    expect(phaseAt(consultation("OPEN"), new Date("2026-12-15T22:58:59.999Z"))).toBe("open");
  });

  it("keeps the official's acts: a draft stays a draft, a published report stays published", () => {
    expect(phaseAt(consultation("DRAFT"), new Date("2026-12-05T00:00:00Z"))).toBe("draft");
    expect(phaseAt(consultation("REPORT_PUBLISHED"), new Date("2027-01-01T00:00:00Z"))).toBe("reportPublished");
    expect(phaseAt(consultation("OPEN"), new Date("2027-01-01T00:00:00Z"))).toBe("closed");
  });

  it("counts whole days of the consultation", () => {
    expect(durationDays(new Date("2026-12-01T08:00:00Z"), new Date("2026-12-08T08:00:00Z"))).toBe(7);
    expect(durationDays(new Date("2026-12-01T08:00:00Z"), new Date("2026-12-08T07:59:00Z"))).toBe(6);
  });
});

describe("Polish local time", () => {
  it("reads what officials type, in winter and in summer time", () => {
    expect(polishLocalToDate("2026-12-01T09:00")?.toISOString()).toBe("2026-12-01T08:00:00.000Z");
    expect(polishLocalToDate("2026-07-01T09:00")?.toISOString()).toBe("2026-07-01T07:00:00.000Z");
    // The night the clocks go forward, and back.
    expect(polishLocalToDate("2026-03-29T04:00")?.toISOString()).toBe("2026-03-29T02:00:00.000Z");
    expect(polishLocalToDate("2026-10-25T04:00")?.toISOString()).toBe("2026-10-25T03:00:00.000Z");
  });

  it("refuses what is not a date and time", () => {
    for (const value of ["", "2026-02-30T10:00", "2026-12-01", "2026-12-01T25:00", "jutro"])
      expect(polishLocalToDate(value)).toBeNull();
  });

  it("writes an instant back as the field's value", () => {
    expect(dateToPolishLocal(new Date("2026-12-01T08:00:00Z"))).toBe("2026-12-01T09:00");
    expect(dateToPolishLocal(new Date("2026-07-01T07:00:00Z"))).toBe("2026-07-01T09:00");
  });
});
