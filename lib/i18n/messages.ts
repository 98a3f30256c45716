import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import pl from "@/lib/i18n/messages/pl.json";
import type { Locale } from "@/lib/i18n/locales";

// Polish is the source language; the others must have exactly its keys
// (lib/i18n/messages.test.ts fails otherwise).
export type Messages = typeof pl;

const catalogues: Record<Locale, Messages> = { pl, en, de };

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}
