// Which of the app's pathnames ("/organisations/[slug]") the page being shown
// is, from the address the reader sees ("/en/organisations/fundacja-x"): the
// main navigation marks the current area with it, and the language switcher
// links the same page in the other languages.
//
// next-intl's usePathname answers the same, but sorts the seventy-odd
// pathnames and builds a regular expression for each on every call; the
// header calls it on every page (2-4% of a page's CPU). Here the order and the
// expressions are made once, and answers are remembered. It follows next-intl's
// rules (locale prefix stripped, static segments before dynamic ones, trailing
// slash ignored, the address itself when nothing matches); the tests hold it to
// next-intl's own answers for every pathname in every language.
import { useLocale } from "next-intl";
import { usePathname as useNextPathname } from "next/navigation";
import { routing, type AppPathname } from "@/lib/i18n/routing";

const isDynamic = (segment: string) => segment.includes("[");
const isCatchAll = (segment: string) => segment.includes("[...");
const isOptionalCatchAll = (segment: string) => segment.includes("[[...");

/** next-intl's order: a shorter path first, then static before dynamic, non-catch-all before catch-all. */
function compareTemplates(a: string, b: string): number {
  const left = a.split("/");
  const right = b.split("/");
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const x = left[i];
    const y = right[i];
    if (!x && y) return -1;
    if (x && !y) return 1;
    if (!x || !y) continue;
    for (const rank of [isDynamic, isCatchAll, isOptionalCatchAll]) {
      if (!rank(x) && rank(y)) return -1;
      if (rank(x) && !rank(y)) return 1;
    }
  }
  return 0;
}

function withoutTrailingSlash(path: string): string {
  return path !== "/" && path.endsWith("/") ? path.slice(0, -1) : path;
}

function templatePattern(template: string): RegExp {
  const source = withoutTrailingSlash(template)
    .replace(/\/\[\[(\.\.\.[^\]]+)\]\]/g, "(?:/(.*))?")
    .replace(/\[\[(\.\.\.[^\]]+)\]\]/g, "(?:/(.*))?")
    .replace(/\[(\.\.\.[^\]]+)\]/g, "(.+)")
    .replace(/\[([^\]]+)\]/g, "([^/]+)");
  return new RegExp(`^${source}$`);
}

const ORDERED = (Object.keys(routing.pathnames) as AppPathname[]).sort(compareTemplates);
const patterns = new Map<string, { pathname: AppPathname; pattern: RegExp }[]>();

function patternsFor(locale: string) {
  let list = patterns.get(locale);
  if (!list) {
    list = ORDERED.map((pathname) => {
      const localized = routing.pathnames[pathname];
      const template =
        typeof localized === "string" ? localized : ((localized as Record<string, string>)[locale] ?? pathname);
      return { pathname, pattern: templatePattern(template) };
    });
    patterns.set(locale, list);
  }
  return list;
}

// Addresses seen, bounded: the same pages are asked for over and over.
const MAX_REMEMBERED = 2_000;
const remembered = new Map<string, string>();

/** The app pathname of `address` in `locale`; the address without its locale prefix when no pathname matches. */
export function appPathnameOf(locale: string, address: string): string {
  const key = `${locale} ${address}`;
  const known = remembered.get(key);
  if (known !== undefined) return known;
  const prefix = `/${locale}`;
  const base = address === prefix || address.startsWith(`${prefix}/`) ? address.slice(prefix.length) || "/" : address;
  let decoded = base;
  try {
    decoded = decodeURI(base);
  } catch {
    // A malformed escape (next-intl would throw) is matched as written.
  }
  const path = withoutTrailingSlash(decoded);
  const answer = patternsFor(locale).find(({ pattern }) => pattern.test(path))?.pathname ?? base;
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(key, answer);
  return answer;
}

/** The app pathname of the page being shown (next-intl's usePathname, remembered). */
export function useAppPathname(): AppPathname {
  // Typed as next-intl types its own: an address outside the app's pathnames is passed through as it is.
  return appPathnameOf(useLocale(), useNextPathname()) as AppPathname;
}
