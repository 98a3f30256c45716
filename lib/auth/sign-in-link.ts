// The link to sign in that brings a visitor back to the page they were on.
// The way back is the page's address in the visitor's language (getPathname
// adds the locale prefix and the translated path), never a path written by
// hand: "/konsultacje/…" is right only in Polish.
import type { Locale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";

/** A page of the site, as Link and getPathname take it. */
export type PageHref = Parameters<typeof getPathname>[0]["href"];

/** The sign-in page's href, with `next` set to `page` in `locale` (sign-in checks it with safeReturnPath). */
export function signInReturningTo(page: PageHref, locale: Locale) {
  return { pathname: "/sign-in", query: { next: getPathname({ href: page, locale }) } } as const;
}
