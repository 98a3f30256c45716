// The English site follows British conventions: "17 Dec 2026, 23:59" and
// "17/12/2026", not "Dec 17, 2026, 11:59 PM" and "12/17/2026". Routes and
// catalogues use the tag "en", which ICU reads as American English, and
// next-intl formats dates with the route's tag, offering no separate one for
// formatting. So Intl's date formatter reads a bare "en" as "en-GB"; every
// other tag ("pl", "de", "en-US") is left as asked. Installed on the server
// by lib/i18n/request.ts and in the browser by instrumentation-client.ts,
// before anything is formatted, so that both render the same text.
//
// The same wrapper keeps the formatters it made: building one costs ICU far
// more than formatting with it (a page formats dozens of dates, each through a
// new formatter), and a formatter never changes once made.

const FLAG = Symbol.for("ngo-platform.britishEnglishDates");

/** The locales to format dates with: "en" as "en-GB", the rest as given. */
export function britishLocales(locales?: string | readonly string[]): string | string[] | undefined {
  if (locales === "en") return "en-GB";
  if (Array.isArray(locales)) return locales.map((locale: string) => (locale === "en" ? "en-GB" : locale));
  return locales as string | undefined;
}

/** Formatters kept at most; a page asks for a handful of distinct ones, so this is never reached in practice. */
const MAX_KEPT_FORMATTERS = 500;

/** The key of a formatter, or null when its arguments cannot be told apart reliably (then it is not kept). */
function formatterKey(locales: unknown, options: Intl.DateTimeFormatOptions | undefined): string | null {
  // An Intl.Locale object would serialise as "{}": only plain tags are keys.
  const plainTags =
    locales === undefined ||
    typeof locales === "string" ||
    (Array.isArray(locales) && locales.every((tag) => typeof tag === "string"));
  if (!plainTags) return null;
  try {
    return JSON.stringify([locales ?? null, options ?? null]);
  } catch {
    return null;
  }
}

/** Makes `Intl.DateTimeFormat` read "en" as British English and reuse its formatters; safe to call more than once. */
export function installBritishEnglishDates(): void {
  const Original = Intl.DateTimeFormat;
  if (FLAG in Original) return;
  const kept = new Map<string, Intl.DateTimeFormat>();
  const British = function DateTimeFormat(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    const key = formatterKey(locales, options);
    const existing = key === null ? undefined : kept.get(key);
    if (existing) return existing;
    const made = new Original(britishLocales(locales), options);
    if (key !== null) {
      if (kept.size >= MAX_KEPT_FORMATTERS) kept.clear();
      kept.set(key, made);
    }
    return made;
  } as unknown as typeof Intl.DateTimeFormat;
  // Same prototype and static methods, so `instanceof` and supportedLocalesOf keep working.
  Object.defineProperties(British, { ...Object.getOwnPropertyDescriptors(Original), [FLAG]: { value: true } });
  Intl.DateTimeFormat = British;
}
