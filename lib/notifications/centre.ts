// What the notification centre shows its reader (its page asks
// app/api/notifications/centre): one page of their entries, each with its
// words in the page's language and the address it leads to now, and their
// counts.
import "server-only";
import { createTranslator } from "next-intl";
import type { Actor } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { dateTimeFormatter, longDateTime } from "@/lib/i18n/date-time";
import { DATE_FORMATS } from "@/lib/i18n/formats";
import { TIME_ZONE, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { sharedIntl } from "@/lib/i18n/shared-intl";
import { getPathname } from "@/lib/i18n/navigation";
import type { NotificationCentreAnswer } from "@/lib/notifications/centre-types";
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

export async function notificationCentre(
  reader: Actor,
  page: number,
  locale: Locale,
): Promise<Extract<NotificationCentreAnswer, { signedIn: true }>> {
  // Not getTranslations: this answers a route, outside any page's request of next-intl.
  const tTypes = createTranslator({
    ...sharedIntl,
    locale,
    messages: messagesFor(locale),
    namespace: "notifications.types",
    timeZone: TIME_ZONE,
    // The named formats the types' messages use (`{deadline, date, long}`), as the request's config and mails have.
    formats: DATE_FORMATS,
  });
  const list = await listNotifications(reader, page);
  const format = dateTimeFormatter(locale);
  return {
    signedIn: true,
    page,
    totalPages: list.totalPages,
    total: list.total,
    unread: list.unread,
    retentionDays: env().NOTIFICATION_RETENTION_DAYS,
    entries: list.entries.map(({ id, read, createdAt, type, subjectTitle, data, link }) => ({
      id,
      read,
      createdAt: createdAt.toISOString(),
      when: longDateTime(format, createdAt),
      text: tTypes(messageKeyOf(type), messageValues(subjectTitle, data)),
      href: link ? notificationHref(link, locale) : null,
    })),
  };
}
