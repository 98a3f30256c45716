import { TIME_ZONE } from "@/lib/i18n/locales";

describe("the request configuration", () => {
  it("makes the English site's dates British (day month year, 24-hour clock) before any page formats one", async () => {
    await import("@/lib/i18n/request");
    const deadline = new Date("2026-12-17T22:59:00Z");
    expect(
      new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: TIME_ZONE }).format(deadline),
    ).toBe("17 Dec 2026, 23:59");
    expect(
      new Intl.DateTimeFormat("en", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: TIME_ZONE }).format(
        deadline,
      ),
    ).toBe("17/12/2026");
  });
});
