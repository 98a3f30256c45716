import type { Locale } from "@/lib/i18n/locales";

/**
 * The region's name for the `region.label` message: Polish keeps the
 * adjective in lower case ("województwo opolskie"), English and German use it
 * as a proper name ("Opolskie Voivodeship", "Woiwodschaft Opolskie").
 */
export function regionNameFor(registerName: string, locale: Locale): string {
  const lower = registerName.toLocaleLowerCase("pl");
  if (locale === "pl") return lower;
  return lower.charAt(0).toLocaleUpperCase("pl") + lower.slice(1);
}
