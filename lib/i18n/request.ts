import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { messagesFor } from "@/lib/i18n/messages";
import { TIME_ZONE } from "@/lib/i18n/locales";
import { installBritishEnglishDates } from "@/lib/i18n/british-english";
import { DATE_FORMATS } from "@/lib/i18n/formats";

export { TIME_ZONE };

// Before any page formats a date: the English site's dates are British.
installBritishEnglishDates();

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: messagesFor(locale),
    timeZone: TIME_ZONE,
    formats: DATE_FORMATS,
  };
});
