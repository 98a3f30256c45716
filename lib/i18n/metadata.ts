import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/settings/localized";
import { getInstanceSettings } from "@/lib/settings/queries";

export async function resolveLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  return isLocale(locale) ? locale : "pl";
}

export async function platformName(locale: Locale): Promise<string> {
  return pickLocalized((await getInstanceSettings()).platformName, locale);
}

/** "<page> – <platform name>": every page's <title> (WCAG 2.4.2). */
export async function pageTitle(locale: Locale, page: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "metadata" });
  return { title: t("titleTemplate", { page, platform: await platformName(locale) }) };
}

type TitledNamespace =
  | "home"
  | "spheres"
  | "accessibility"
  | "privacy"
  | "contact"
  | "mailbox"
  | "terms"
  | "signUp"
  | "signIn"
  | "verifyEmail"
  | "account"
  | "forgotPassword"
  | "resetPassword"
  | "confirmEmail"
  | "auditLog"
  | "adminPeople"
  | "registerOrganisation"
  | "institutions"
  | "invitation"
  | "adminOrganisations"
  | "adminOfficials"
  | "adminJobs"
  | "notifications"
  | "notificationSettings"
  | "unsubscribe"
  | "directory"
  | "adminImport"
  | "forumAdmin"
  | "forumModeration"
  | "newsAccount"
  | "newsModeration"
  | "library"
  | "libraryAccount"
  | "libraryModeration";

/** A page's generateMetadata: its title is `<namespace>.title`. */
export function titleMetadata(namespace: TitledNamespace) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const locale = await resolveLocale(params);
    const t = await getTranslations({ locale, namespace });
    return pageTitle(locale, t("title"));
  };
}
