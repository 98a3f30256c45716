// Absolute links that go out by e-mail, in the recipient's language.
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { routing } from "@/lib/i18n/routing";

export function localizedUrl(
  pathname: keyof typeof routing.pathnames,
  locale: Locale,
  query: Record<string, string> = {},
  params: Record<string, string> = {},
): string {
  const localized = routing.pathnames[pathname];
  const pattern = typeof localized === "string" ? localized : localized[locale];
  const path = pattern.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));
  const prefixed = locale === routing.defaultLocale ? path : `/${locale}${path === "/" ? "" : path}`;
  const url = new URL(prefixed, env().APP_URL);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return url.toString();
}

export const verificationUrl = (token: string, locale: Locale) => localizedUrl("/verify-email", locale, { token });
