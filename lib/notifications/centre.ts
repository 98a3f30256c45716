// What the notification centre's page shows (app/[locale]/(account)/notifications):
// one page of the reader's entries, each with its words in the page's language
// and the address it leads to now, and their counts.
import "server-only";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";
import type { NotificationLink } from "@/lib/notifications/links";
import { listNotifications } from "@/lib/notifications/queries";
import { messageKeyOf, messageValues } from "@/lib/notifications/types";

type PathHref = Parameters<typeof getPathname>[0]["href"];

/**
 * The link as an address on this site in `locale`, its anchor included. Its
 * params were stored with its pathname, so they fit it, which the types cannot
 * follow (as runtimeHref in lib/i18n/navigation.ts).
 */
export function notificationHref(link: NotificationLink, locale: Locale): string {
  const path = getPathname({ href: { ...link, params: link.params ?? {} } as PathHref, locale });
  return link.hash ? `${path}#${link.hash}` : path;
}

export async function notificationCentre(reader: Actor, page: number, locale: Locale) {
  const [tTypes, list] = await Promise.all([
    getTranslations({ locale, namespace: "notifications.types" }),
    listNotifications(reader, page),
  ]);
  return {
    ...list,
    entries: list.entries.map(({ id, read, createdAt, type, subjectTitle, data, link }) => ({
      id,
      read,
      createdAt,
      text: tTypes(messageKeyOf(type), messageValues(subjectTitle, data)),
      href: link ? notificationHref(link, locale) : null,
    })),
  };
}
