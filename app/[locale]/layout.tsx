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
import type { AdminLink } from "@/components/layout/user-nav";
import { can, needsTwoFactorFor, type Actor, type Permission } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { managesLibrary } from "@/lib/library/stewards";
import { writesNews } from "@/lib/news/authors";
import { routing } from "@/lib/i18n/routing";
import { unreadNotificationCount } from "@/lib/notifications/queries";
import { isMailboxEnabled } from "@/lib/mail/transport";
import { platformName, resolveLocale } from "@/lib/i18n/metadata";
import { regionNameFor } from "@/lib/settings/region";
import { getInstanceSettings } from "@/lib/settings/queries";
import { webManifestPath } from "@/lib/settings/web-manifest";

// Every page reads the database and carries a per-request CSP nonce.
export const dynamic = "force-dynamic";

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

/** The administration pages a person may open, each behind its permission (without 2FA they lead to switching it on). */
function adminLinksFor(user: Actor | null): AdminLink[] {
  const links: [AdminLink, Permission][] = [
    ["people", "users.manage"],
    ["organisations", "organisations.verify"],
    ["organisationImports", "organisations.import"],
    ["officials", "users.manage"],
    ["forumCategories", "forum.manage"],
    ["forumModeration", "content.moderate"],
    ["newsModeration", "content.moderate"],
    ["libraryModeration", "content.moderate"],
    ["jobs", "jobs.manage"],
    ["audit", "audit.view"],
  ];
  return links
    .filter(([, permission]) => can(user, permission) || needsTwoFactorFor(user, permission))
    .map(([link]) => link);
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
  const [settings, user, t] = await Promise.all([
    getInstanceSettings(),
    getCurrentUser(),
    getTranslations({ locale, namespace: "layout" }),
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
            userName={user?.name ?? null}
            adminLinks={adminLinksFor(user)}
            unread={user ? await unreadNotificationCount(user.id) : 0}
            writesNews={writesNews(user)}
            managesLibrary={managesLibrary(user)}
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
