import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";

/** The absolute address of an organisation's public page (open data, exports, structured data). */
export function organisationUrl(slug: string, locale: Locale = "pl"): string {
  return new URL(
    getPathname({ href: { pathname: "/organisations/[slug]", params: { slug } }, locale }),
    env().APP_URL,
  ).toString();
}
