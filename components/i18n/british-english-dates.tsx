"use client";

import type { ReactNode } from "react";
import { installBritishEnglishDates } from "@/lib/i18n/british-english";

// instrumentation-client.ts installs it before the app starts; installing it
// here as well (it is idempotent) keeps it for whatever renders these
// components without that file (unit tests).
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
