import { locales, type Locale } from "@/lib/i18n/locales";
import { routing, type AppPathname } from "@/lib/i18n/routing";

/** Every page of the platform; each new page is added here so axe checks it. */
export const pages: AppPathname[] = [
  "/",
  "/spheres",
  "/accessibility",
  "/privacy",
  "/contact",
  "/terms",
  "/sign-up",
  "/sign-in",
  "/verify-email",
  "/forgot-password",
  "/reset-password",
  "/confirm-email",
  "/dev/mailbox",
  "/institutions",
  "/invitation",
  "/unsubscribe",
  "/organisations",
  "/consultations",
  "/elections",
  "/forum",
  "/news",
  "/ideas",
  "/partnerships",
  "/partnerships/map",
  "/library",
  "/search",
];

export function urlFor(pathname: AppPathname, locale: Locale): string {
  const localized = routing.pathnames[pathname];
  const path = typeof localized === "string" ? localized : localized[locale];
  if (locale === routing.defaultLocale) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

export const allPages = locales.flatMap((locale) =>
  pages.map((pathname) => ({ locale, pathname, url: urlFor(pathname, locale) })),
);
