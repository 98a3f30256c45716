import { createTranslator } from "next-intl";
import { DATE_FORMATS } from "@/lib/i18n/formats";
import { TIME_ZONE } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

describe("the named date and time formats", () => {
  it("say a suspension's end as a long date and a clock time, never the date twice", () => {
    const until = new Date("2026-12-07T11:28:00Z");
    const said = (locale: "pl" | "en" | "de") =>
      createTranslator({ locale, messages: messagesFor(locale), formats: DATE_FORMATS, timeZone: TIME_ZONE })(
        "forum.suspendedNotice",
        { until, reason: "spam" },
      );
    expect(said("pl")).toContain("do 7 grudnia 2026, 12:28.");
    expect(said("de")).toContain("bis 7. Dezember 2026 12:28 nicht");
    expect(said("en")).not.toMatch(/\d{2}\/\d{2}\/2026/);
  });
});
