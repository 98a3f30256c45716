// Next.js (16.x, production builds) answers a page that calls notFound() with
// an empty "error shell": `<html id="__next_error__">` without lang, with the
// not-found page only in the RSC payload, drawn by the browser after its
// scripts run (vercel/next.js#62228, not fixed upstream at this version). A
// reader without JavaScript saw a blank page, and a screen reader or axe that
// looked before hydration found a document without a language.
//
// The production server (lib/http/page-answer.ts) therefore swaps such a shell
// for the not-found page rendered as an ordinary page: the catch-all route
// renders it at NOT_FOUND_DOCUMENT_SEGMENT (app/[locale]/[...rest]/page.tsx),
// and that address always answers 404, so it is never a page of its own.
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";

export const NOT_FOUND_DOCUMENT_SEGMENT = "__404";

/** Where the not-found page of `locale` is rendered as an ordinary page. */
export function notFoundDocumentPath(locale: Locale): string {
  return locale === defaultLocale ? `/${NOT_FOUND_DOCUMENT_SEGMENT}` : `/${locale}/${NOT_FOUND_DOCUMENT_SEGMENT}`;
}

function pathSegments(url: string): string[] {
  return (url.split(/[?#]/, 1)[0] ?? "").split("/").filter(Boolean);
}

/** The language of a request's address: its first segment when that is a language, else the default one. */
export function localeOfAddress(url: string): Locale {
  const first = pathSegments(url)[0];
  return isLocale(first) ? first : defaultLocale;
}

/** Whether a request asks for the not-found page's own address (in any language). */
export function isNotFoundDocumentAddress(url: string): boolean {
  const segments = pathSegments(url);
  if (segments.length === 2 && isLocale(segments[0])) return segments[1] === NOT_FOUND_DOCUMENT_SEGMENT;
  return segments.length === 1 && segments[0] === NOT_FOUND_DOCUMENT_SEGMENT;
}

/** Whether an HTML body is Next.js's error shell (the start of the document is enough). */
export function isErrorShell(body: Buffer): boolean {
  return body.subarray(0, 512).includes('<html id="__next_error__"');
}
