import "@fontsource-variable/inter";
import "../globals.css";
import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages, SHELL_NAMESPACES } from "@/components/i18n/client-messages";
import { SiteFooter } from "@/components/layout/site-footer";
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
    <html lang={locale}>
      <body className="flex min-h-screen flex-col font-sans">
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
