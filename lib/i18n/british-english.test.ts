import { createFormatter } from "next-intl";
import { britishLocales, installBritishEnglishDates } from "@/lib/i18n/british-english";
import { TIME_ZONE, type Locale } from "@/lib/i18n/locales";

// 23:59 Polish time on 17 December 2026: a demo deadline.
const deadline = new Date("2026-12-17T22:59:00Z");

describe("British English dates", () => {
  beforeAll(() => {
    installBritishEnglishDates();
    installBritishEnglishDates();
  });

  it("reads a bare en as en-GB and leaves other tags alone", () => {
    expect(britishLocales("en")).toBe("en-GB");
    expect(britishLocales(["en", "pl"])).toEqual(["en-GB", "pl"]);
    expect(britishLocales("en-US")).toBe("en-US");
    expect(britishLocales(undefined)).toBeUndefined();
  });

  it("formats the English site's dates day-month-year with a 24-hour clock, through next-intl as through Intl", () => {
    const format = (locale: Locale) => createFormatter({ locale, timeZone: TIME_ZONE });
    expect(format("en").dateTime(deadline, { dateStyle: "medium", timeStyle: "short" })).toBe("17 Dec 2026, 23:59");
    expect(format("en").dateTime(deadline, { day: "2-digit", month: "2-digit", year: "numeric" })).toBe("17/12/2026");
    expect(format("en").dateTime(deadline, { day: "numeric", month: "long", year: "numeric" })).toBe(
      "17 December 2026",
    );
    expect(new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: TIME_ZONE }).format(deadline)).toBe(
      "17 December 2026",
    );
    // Polish and German as before; an explicit en-US is still American.
    expect(format("pl").dateTime(deadline, { dateStyle: "medium", timeStyle: "short" })).toBe("17 gru 2026, 23:59");
    expect(format("de").dateTime(deadline, { day: "2-digit", month: "2-digit", year: "numeric" })).toBe("17.12.2026");
    expect(new Intl.DateTimeFormat("en-US", { timeZone: TIME_ZONE }).format(deadline)).toBe("12/17/2026");
    expect(new Intl.DateTimeFormat("en")).toBeInstanceOf(Intl.DateTimeFormat);
    expect(Intl.DateTimeFormat.supportedLocalesOf(["en-GB"])).toEqual(["en-GB"]);
  });
});

describe("kept date formatters", () => {
  beforeAll(() => installBritishEnglishDates());

  it("gives the same formatter for the same locale and options, and a new one when either differs", () => {
    const first = new Intl.DateTimeFormat("pl", { dateStyle: "long", timeZone: TIME_ZONE });
    expect(new Intl.DateTimeFormat("pl", { dateStyle: "long", timeZone: TIME_ZONE })).toBe(first);
    expect(new Intl.DateTimeFormat("de", { dateStyle: "long", timeZone: TIME_ZONE })).not.toBe(first);
    expect(new Intl.DateTimeFormat("pl", { dateStyle: "short", timeZone: TIME_ZONE })).not.toBe(first);
    expect(first.format(deadline)).toBe("17 grudnia 2026");
  });

  it("does not keep formatters for Intl.Locale objects, which would all look alike", () => {
    const polish = new Intl.DateTimeFormat(new Intl.Locale("pl"), { month: "long" });
    const german = new Intl.DateTimeFormat(new Intl.Locale("de"), { month: "long" });
    expect(polish.format(deadline)).toBe("grudzień");
    expect(german.format(deadline)).toBe("Dezember");
  });
});
