"use client";

import type { ReactNode } from "react";
import { installBritishEnglishDates } from "@/lib/i18n/british-english";

// In the browser, before the components below format their first date, as
// the server does in lib/i18n/request.ts: both must render the same text.
installBritishEnglishDates();

/**
 * Renders its children once the English site's dates are British
 * (lib/i18n/british-english.ts). It sits inside next-intl's provider, which
 * must stay the server one: that one hands locale, time zone and formats to
 * the client; a provider wrapped in a client component gets none of them.
 */
export function BritishEnglishDates({ children }: { children: ReactNode }) {
  return children;
}
