export const locales = ["pl", "en", "de"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "pl";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** Dates and times are shown, and typed by officials, in Polish time. */
export const TIME_ZONE = "Europe/Warsaw";
