import type { Locale } from "@/lib/i18n/locales";

/**
 * The sphere's name in `locale`, starting with a capital letter: the statute
 * words them as continuations of "zadania w zakresie:" ("pomocy społecznej…").
 */
export function sphereName(sphere: { namePl: string; nameEn: string; nameDe: string }, locale: Locale): string {
  const name = (locale === "en" && sphere.nameEn) || (locale === "de" && sphere.nameDe) || sphere.namePl;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
