"use client";

import { NextIntlClientProvider } from "next-intl";
import type { ComponentProps } from "react";
import { installBritishEnglishDates } from "@/lib/i18n/british-english";

// In the browser, before the components below format their first date, as
// the server does in lib/i18n/request.ts: both must render the same text.
installBritishEnglishDates();

/** next-intl's provider, with the English site's dates in British English (lib/i18n/british-english.ts). */
export function IntlClientProvider(props: ComponentProps<typeof NextIntlClientProvider>) {
  return <NextIntlClientProvider {...props} />;
}
