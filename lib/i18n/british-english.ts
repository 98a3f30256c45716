// The English site follows British conventions: "17 Dec 2026, 23:59" and
// "17/12/2026", not "Dec 17, 2026, 11:59 PM" and "12/17/2026". Routes and
// catalogues use the tag "en", which ICU reads as American English, and
// next-intl formats dates with the route's tag, offering no separate one for
// formatting. So Intl's date formatter reads a bare "en" as "en-GB"; every
// other tag ("pl", "de", "en-US") is left as asked. Installed on the server
// by lib/i18n/request.ts and in the browser by instrumentation-client.ts,
// before anything is formatted, so that both render the same text.

const FLAG = Symbol.for("ngo-platform.britishEnglishDates");

/** The locales to format dates with: "en" as "en-GB", the rest as given. */
export function britishLocales(locales?: string | readonly string[]): string | string[] | undefined {
  if (locales === "en") return "en-GB";
  if (Array.isArray(locales)) return locales.map((locale: string) => (locale === "en" ? "en-GB" : locale));
  return locales as string | undefined;
}

/** Makes `Intl.DateTimeFormat` read "en" as British English; safe to call more than once. */
export function installBritishEnglishDates(): void {
  const Original = Intl.DateTimeFormat;
  if (FLAG in Original) return;
  const British = function DateTimeFormat(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    return new Original(britishLocales(locales), options);
  } as unknown as typeof Intl.DateTimeFormat;
  // Same prototype and static methods, so `instanceof` and supportedLocalesOf keep working.
  Object.defineProperties(British, { ...Object.getOwnPropertyDescriptors(Original), [FLAG]: { value: true } });
  Intl.DateTimeFormat = British;
}
