import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { composeTitle, type TitleArea } from "@/lib/i18n/page-title";
import { pickLocalized } from "@/lib/settings/localized";
import { getInstanceSettings } from "@/lib/settings/queries";

export async function resolveLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  return isLocale(locale) ? locale : "pl";
}

export async function platformName(locale: Locale): Promise<string> {
  return pickLocalized((await getInstanceSettings()).platformName, locale);
}

/**
 * Every page's <title> (WCAG 2.4.2): "<page> · <area> · <platform name>"
 * (lib/i18n/page-title.ts). `area` is the part of the platform the page
 * belongs to, named as the header and the breadcrumbs name it; none for the
 * home page and the pages that belong to no area (contact, legal, signing in).
 */
export async function pageTitle(locale: Locale, page: string, area?: TitleArea): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "nav" });
  return { title: composeTitle([page, area && t(area), await platformName(locale)]) };
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
  | "myMatters"
  | "unsubscribe"
  | "directory"
  | "adminImport"
  | "forumAdmin"
  | "forumModeration"
  | "newsAccount"
  | "newsModeration"
  | "library"
  | "libraryAccount"
  | "libraryModeration"
  | "globalSearch";

/** A page's generateMetadata: its title is `<namespace>.title`, in `area` (see pageTitle). */
export function titleMetadata(namespace: TitledNamespace, area?: TitleArea) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const locale = await resolveLocale(params);
    const t = await getTranslations({ locale, namespace });
    return pageTitle(locale, t("title"), area);
  };
}
