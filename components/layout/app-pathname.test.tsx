/**
 * @jest-environment jsdom
 */
// The header (main navigation, language switcher) asks lib/i18n/current-pathname.ts which page it is on.
import { renderHook } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { appPathnameOf, useAppPathname } from "@/lib/i18n/current-pathname";
import { defaultLocale, locales, type Locale } from "@/lib/i18n/locales";
import { usePathname as useNextIntlPathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";

let address = "/";
jest.mock("next/navigation", () => ({ ...jest.requireActual("next/navigation"), usePathname: () => address }));

/** next-intl's answer and ours for the address, in the locale. */
function bothAnswers(locale: Locale, at: string) {
  address = at;
  const wrapper = ({ children }: { children: ReactNode }) => (
    <NextIntlClientProvider locale={locale} messages={{}} timeZone="Europe/Warsaw">
      {children}
    </NextIntlClientProvider>
  );
  const { result } = renderHook(() => ({ theirs: useNextIntlPathname(), ours: useAppPathname() }), { wrapper });
  return result.current;
}

function sampleAddress(locale: Locale, template: string): string {
  const path = template.replace(/\[\[?\.\.\.[^\]]+\]\]?/g, "a/b").replace(/\[[^\]]+\]/g, "przyklad-1");
  if (locale === defaultLocale) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

describe("the app pathname of the page being shown", () => {
  it("is next-intl's answer for every pathname in every language", () => {
    for (const locale of locales) {
      for (const [pathname, localized] of Object.entries(routing.pathnames)) {
        const template = typeof localized === "string" ? localized : localized[locale];
        const at = sampleAddress(locale, template);
        const { theirs, ours } = bothAnswers(locale, at);
        expect({ at, ours }).toEqual({ at, ours: theirs });
        expect(ours).toBe(pathname);
      }
    }
  });

  it("is next-intl's answer for trailing slashes, Polish letters, unknown and malformed addresses", () => {
    for (const [locale, at] of [
      ["pl", "/kontakt/"],
      ["pl", "/organizacje/za%C5%BC%C3%B3%C5%82%C4%87"],
      ["en", "/en/organisations/register"],
      ["de", "/de/nicht-vorhanden/seite"],
      ["pl", "/nie-ma-takiej-strony"],
      ["en", "/en"],
    ] as const) {
      const { theirs, ours } = bothAnswers(locale, at);
      expect({ at, ours }).toEqual({ at, ours: theirs });
    }
    // Where next-intl throws on a malformed escape, the address is matched as written.
    expect(appPathnameOf("pl", "/organizacje/%E0%A4%A")).toBe("/organisations/[slug]");
  });

  it("remembers answers, and gives the same answer again", () => {
    expect(appPathnameOf("en", "/en/contact")).toBe("/contact");
    expect(appPathnameOf("en", "/en/contact")).toBe("/contact");
    expect(appPathnameOf("pl", "/kontakt")).toBe("/contact");
  });
});
