// Texts that administrators write in each language, stored as JSON.
import { z } from "zod";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";

export const localizedTextSchema = z.object({
  pl: z.string(),
  en: z.string().optional(),
  de: z.string().optional(),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** The text in `locale`, falling back to Polish, the official language. */
export function pickLocalized(value: unknown, locale: Locale): string {
  const parsed = localizedTextSchema.safeParse(value);
  if (!parsed.success) return "";
  return parsed.data[locale]?.trim() || parsed.data.pl;
}

/** True when the text shown in `locale` is the Polish fallback (to mark it with lang="pl"). */
export function isFallback(value: unknown, locale: Locale): boolean {
  const parsed = localizedTextSchema.safeParse(value);
  return locale !== defaultLocale && (!parsed.success || !parsed.data[locale]?.trim());
}
