import { dateTimeFormatter, longDateTime } from "@/lib/i18n/date-time";
import { installBritishEnglishDates } from "@/lib/i18n/british-english";

// 23:59 Polish time on 18 December 2026.
const deadline = new Date("2026-12-18T22:59:00Z");

describe("a date with its time", () => {
  beforeAll(() => installBritishEnglishDates());

  it("is the long date, a comma and the clock time, in every language", () => {
    expect(longDateTime(dateTimeFormatter("pl"), deadline)).toBe("18 grudnia 2026, 23:59");
    expect(longDateTime(dateTimeFormatter("en"), deadline)).toBe("18 December 2026, 23:59");
    expect(longDateTime(dateTimeFormatter("de"), deadline)).toBe("18. Dezember 2026, 23:59");
  });

  it("is told in Polish time whatever the server's zone", () => {
    expect(longDateTime(dateTimeFormatter("pl"), new Date("2026-07-01T10:05:00Z"))).toBe("1 lipca 2026, 12:05");
  });
});
