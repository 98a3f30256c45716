import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import type { routing } from "@/lib/i18n/routing";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
    Formats: { dateTime: { long: Intl.DateTimeFormatOptions; short: Intl.DateTimeFormatOptions } };
  }
}
export type { routing };
