// Notifications by e-mail: at once, or grouped in a daily or weekly digest.
// Rows are claimed with SKIP LOCKED and marked sent in the same transaction
// that queues their mail, so two workers never send the same entry.
import { createTranslator } from "next-intl";
import { localizedUrl } from "@/lib/accounts/links";
import { actorById } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { EmailChannel } from "@/lib/generated/prisma/enums";
import { DATE_FORMATS } from "@/lib/i18n/formats";
import { isLocale, TIME_ZONE, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { queueMail } from "@/lib/jobs/enqueue";
import { renderMailLayout } from "@/lib/mail/layout";
import { mailFooter } from "@/lib/mail/templates";
import type { OutgoingMail } from "@/lib/mail/transport";
import type { NotificationLink } from "@/lib/notifications/links";
import { isConfigurable } from "@/lib/notifications/preferences";
import { resolveNotificationLinks } from "@/lib/notifications/subject-links";
import { messageKeyOf, messageValues, type NotificationType } from "@/lib/notifications/types";
import { unsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { platformNameIn } from "@/lib/settings/platform-name";
import { sharedIntl } from "@/lib/i18n/shared-intl";

const BATCH = 200;

interface Entry {
  id: string;
  createdAt: Date;
  event: { type: string; subjectType: string; subjectId: string; subjectTitle: string; data: unknown };
}
interface Recipient {
  id: string;
  email: string;
  name: string;
  locale: string;
}

/** The entry's page for this reader, or their notification centre when it leads nowhere (gone, or not theirs to see). */
const linkUrl = (link: NotificationLink | null | undefined, locale: Locale) => {
  if (!link) return localizedUrl("/notifications", locale);
  const url = localizedUrl(link.pathname, locale, link.query ?? {}, link.params ?? {});
  return link.hash ? `${url}#${encodeURIComponent(link.hash)}` : url;
};

/** Where each entry leads its recipient, asked of the areas as the notification centre asks them. */
async function recipientLinks(recipientId: string, entries: Entry[]): Promise<Map<string, NotificationLink | null>> {
  const reader = await actorById(recipientId);
  if (!reader) return new Map();
  return resolveNotificationLinks(
    entries.map((entry) => ({
      key: entry.id,
      type: entry.event.type as NotificationType,
      subjectType: entry.event.subjectType,
      subjectId: entry.event.subjectId,
      data: entry.event.data as Record<string, string>,
    })),
    reader,
  );
}

function unsubscribeParts(recipient: Recipient, types: string[], locale: Locale, t: ReturnType<typeof translator>) {
  const configurable = types.filter(isConfigurable);
  if (configurable.length === 0) return {};
  const token = unsubscribeToken(recipient.id, configurable);
  const oneClick = new URL(
    `/api/notifications/unsubscribe?token=${encodeURIComponent(token)}`,
    env().APP_URL,
  ).toString();
  return {
    unsubscribe: {
      text: t("email.unsubscribeText"),
      label: t("email.unsubscribeLabel"),
      url: localizedUrl("/unsubscribe", locale, { token }),
    },
    // RFC 8058: mail clients offer "unsubscribe" and POST to it without opening a page.
    headers: { "List-Unsubscribe": `<${oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}

/** Dates in the entries (an invitation's deadline for offers) in Polish time, as the pages write them. */
function translator(locale: Locale) {
  return createTranslator({
    ...sharedIntl,
    locale,
    messages: messagesFor(locale),
    namespace: "notifications",
    formats: DATE_FORMATS,
    timeZone: TIME_ZONE,
  });
}

/** A notification mail to one person: their language, the common layout, unsubscribe for the types it carries. */
async function composeFor(
  recipient: Recipient,
  types: string[],
  build: (
    t: ReturnType<typeof translator>,
    locale: Locale,
    platform: string,
  ) => {
    subject: string;
    paragraphs: string[];
    items?: { text: string; url: string | null }[];
    action: { label: string; url: string };
  },
): Promise<OutgoingMail> {
  const locale = isLocale(recipient.locale) ? recipient.locale : "pl";
  const t = translator(locale);
  const mailT = createTranslator({ ...sharedIntl, locale, messages: messagesFor(locale), namespace: "mail" });
  const platform = await platformNameIn(locale);
  const { subject, paragraphs, items, action } = build(t, locale, platform);
  const { unsubscribe, headers } = unsubscribeParts(recipient, types, locale, t);
  return {
    to: recipient.email,
    subject,
    headers,
    ...renderMailLayout({
      locale,
      subject,
      greeting: mailT("greeting", { name: recipient.name }),
      paragraphs,
      items,
      action: { ...action, fallback: mailT("linkFallback") },
      footer: mailFooter(mailT, "notification", platform),
      unsubscribe,
    }),
  };
}

function immediateMail(
  recipient: Recipient,
  entry: Entry,
  link: NotificationLink | null | undefined,
): Promise<OutgoingMail> {
  const key = messageKeyOf(entry.event.type as NotificationType);
  return composeFor(recipient, [entry.event.type], (t, locale, platform) => ({
    subject: t(`email.subjects.${key}`, {
      ...messageValues(entry.event.subjectTitle, entry.event.data as Record<string, string>),
      platform,
    }),
    paragraphs: [
      t(`types.${key}`, messageValues(entry.event.subjectTitle, entry.event.data as Record<string, string>)),
    ],
    action: { label: t("email.open"), url: linkUrl(link, locale) },
  }));
}

async function digestMail(recipient: Recipient, entries: Entry[], channel: "DAILY" | "WEEKLY"): Promise<OutgoingMail> {
  const links = await recipientLinks(recipient.id, entries);
  // One line per kind of thing and item: "3 requests to join X", not three lines.
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    const group = `${entry.event.type}|${entry.event.subjectType}|${entry.event.subjectId}`;
    groups.set(group, [...(groups.get(group) ?? []), entry]);
  }
  return composeFor(recipient, [...new Set(entries.map((e) => e.event.type))], (t, locale, platform) => ({
    subject: t("email.digestSubject", { period: channel, platform }),
    paragraphs: [t("email.digestIntro", { period: channel, count: entries.length })],
    items: [...groups.values()].map((group) => {
      const latest = group.reduce((a, b) => (a.createdAt > b.createdAt ? a : b));
      const key = messageKeyOf(latest.event.type as NotificationType);
      return {
        // The latest entry's data too: an invitation's line names who invites, whom and by when.
        text: t(`digest.${key}`, {
          ...messageValues(latest.event.subjectTitle, latest.event.data as Record<string, string>),
          count: group.length,
        }),
        url: linkUrl(links.get(latest.id), locale),
      };
    }),
    action: { label: t("email.openCentre"), url: localizedUrl("/notifications", locale) },
  }));
}

const entrySelect = {
  id: true,
  createdAt: true,
  event: { select: { type: true, subjectType: true, subjectId: true, subjectTitle: true, data: true } },
  user: { select: { id: true, email: true, name: true, locale: true, deletedAt: true } },
} as const;

/** Sends the entries whose channel is "at once". Returns how many went out. */
export async function sendImmediateNotificationEmails(): Promise<number> {
  let sent = 0;
  for (;;) {
    const handled = await db().$transaction(
      async (tx) => {
        const claimed = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Notification" WHERE "emailChannel" = 'IMMEDIATE' AND "emailedAt" IS NULL
        ORDER BY "createdAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
        if (claimed.length === 0) return 0;
        const entries = await tx.notification.findMany({
          where: { id: { in: claimed.map((c) => c.id) } },
          select: entrySelect,
        });
        // Links are asked once per recipient for all of their entries, not once per entry.
        const byRecipient = new Map<string, typeof entries>();
        for (const entry of entries)
          if (!entry.user.deletedAt) byRecipient.set(entry.user.id, [...(byRecipient.get(entry.user.id) ?? []), entry]);
        for (const [recipientId, own] of byRecipient) {
          const links = await recipientLinks(recipientId, own);
          for (const entry of own) await queueMail(await immediateMail(entry.user, entry, links.get(entry.id)));
        }
        await tx.notification.updateMany({
          where: { id: { in: claimed.map((c) => c.id) } },
          data: { emailedAt: new Date() },
        });
        return claimed.length;
      },
      { timeout: 60_000 },
    );
    sent += handled;
    if (handled < BATCH) return sent;
  }
}

/** One digest per person with waiting entries of this channel; nothing for those without. Returns how many went out. */
export async function sendDigests(channel: Extract<EmailChannel, "DAILY" | "WEEKLY">): Promise<number> {
  const people = await db().notification.findMany({
    where: { emailChannel: channel, emailedAt: null },
    distinct: ["userId"],
    select: { userId: true },
  });
  let sent = 0;
  for (const { userId } of people) {
    sent += await db().$transaction(
      async (tx) => {
        const claimed = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Notification" WHERE "userId" = ${userId} AND "emailChannel" = ${channel}::"EmailChannel" AND "emailedAt" IS NULL
        FOR UPDATE SKIP LOCKED`;
        if (claimed.length === 0) return 0;
        const entries = await tx.notification.findMany({
          where: { id: { in: claimed.map((c) => c.id) } },
          select: entrySelect,
          orderBy: { createdAt: "asc" },
        });
        const recipient = entries[0]!.user;
        if (!recipient.deletedAt) await queueMail(await digestMail(recipient, entries, channel));
        await tx.notification.updateMany({
          where: { id: { in: claimed.map((c) => c.id) } },
          data: { emailedAt: new Date() },
        });
        return recipient.deletedAt ? 0 : 1;
      },
      { timeout: 60_000 },
    );
  }
  return sent;
}
