import "../globals.css";
import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages, SHELL_NAMESPACES } from "@/components/i18n/client-messages";
import { SiteFooter } from "@/components/layout/site-footer";
import { PressableStyle } from "@/components/layout/pressable-style";
import { SiteHeader } from "@/components/layout/site-header";
import { routing } from "@/lib/i18n/routing";
import { isMailboxEnabled } from "@/lib/mail/transport";
import { platformName, resolveLocale } from "@/lib/i18n/metadata";
import { regionNameFor } from "@/lib/settings/region";
import { getInstanceSettings } from "@/lib/settings/queries";
import { webManifestPath } from "@/lib/settings/web-manifest";

// The layout is the same for everyone (the header's account area is fetched by
// the browser: components/layout/account-nav.tsx), so a page the same for
// everyone can be prerendered (app/[locale]/(public)/contact/page.tsx and the
// other pages of PRERENDERED in lib/http/page-cache.ts); every other page is
// rendered per request because it reads the session, or is marked dynamic.

// Inter, from @fontsource-variable/inter: its Latin and Latin Extended parts, which cover Polish, English and German
// (text in other scripts is drawn in the system's font). Through next/font so that both files are preloaded from the
// page's head, and with font-display "optional": a file that is not there for the first paint is not swapped in later
// (it is cached for the next page), because a swap re-wraps every line and moves the whole page (CLS 0.14 at 390 px on
// a forum thread, tests/e2e/forum-unread-marker.spec.ts). Each part is a family of its own since next/font gives one
// range per family; globals.css names both in --font-sans, Latin first. No adjusted fallback: nothing is swapped.
// Chrome still lays a page out again in a font that arrived late if its faces are rebuilt, which a sheet with a cascade
// layer inserted before the others causes: hence PressableStyle, sent with the page.
const interLatin = localFont({
  src: "../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  display: "optional",
  variable: "--font-inter-latin",
  adjustFontFallback: false,
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
    },
  ],
});
const interLatinExt = localFont({
  src: "../../node_modules/@fontsource-variable/inter/files/inter-latin-ext-wght-normal.woff2",
  weight: "100 900",
  display: "optional",
  variable: "--font-inter-latin-ext",
  adjustFontFallback: false,
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF",
    },
  ],
});

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1e40af" };

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const settings = await getInstanceSettings();
  const t = await getTranslations({ locale });
  return {
    title: await platformName(locale),
    description: t("metadata.description", {
      region: t("region.label", { name: regionNameFor(settings.region.name, locale) }),
    }),
    // Files in public/; the manifest names the instance in the page's language.
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "32x32" },
        { url: "/icon.svg", type: "image/svg+xml" },
      ],
      apple: "/apple-touch-icon.png",
    },
    manifest: webManifestPath(locale),
  };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [settings, t, tAccount] = await Promise.all([
    getInstanceSettings(),
    getTranslations({ locale, namespace: "layout" }),
    getTranslations({ locale, namespace: "account" }),
  ]);

  return (
    <html lang={locale} className={`${interLatin.variable} ${interLatinExt.variable}`}>
      <body className="flex min-h-screen flex-col font-sans">
        <PressableStyle />
        <ClientMessages namespaces={SHELL_NAMESPACES}>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-3 focus:font-semibold"
          >
            {t("skipToContent")}
          </a>
          <SiteHeader
            platformName={await platformName(locale)}
            isDemo={settings.isDemo}
            signOutLabels={{ signOut: tAccount("signOut"), signingOut: tAccount("signingOut") }}
          />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
            {children}
          </main>
          <SiteFooter settings={settings} showMailbox={isMailboxEnabled()} />
        </ClientMessages>
      </body>
    </html>
  );
}
