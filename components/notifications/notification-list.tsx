"use client";

import { useAction } from "next-safe-action/hooks";
import { accountChanged } from "@/components/layout/account-events";
import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Link, runtimeHref } from "@/lib/i18n/navigation";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";
import type { NotificationLink } from "@/lib/notifications/links";

/** One entry as the list shows it: its words are put together on the server, which has every type's message. */
export interface NotificationEntry {
  id: string;
  read: boolean;
  createdAt: Date;
  text: string;
  link: NotificationLink | null;
}

export function NotificationList({ entries, unread }: { entries: NotificationEntry[]; unread: number }) {
  const t = useTranslations("notifications.list");
  const format = useFormatter();
  // The header's bell counts unread entries: it asks again once they are marked.
  const markOne = useAction(markNotificationReadAction, { onSuccess: accountChanged });
  const markAll = useAction(markAllNotificationsReadAction, { onSuccess: accountChanged });
  return (
    <>
      {unread > 0 && (
        <Button variant="secondary" className="mt-4" disabled={markAll.isPending} onClick={() => markAll.execute()}>
          {t("markAllRead")}
        </Button>
      )}
      {markAll.result.data && (
        <Alert tone="success" live>
          {t("allMarked")}
        </Alert>
      )}
      <ol className="mt-6 space-y-3" aria-label={t("listLabel")}>
        {entries.map((entry) => {
          const text = entry.text;
          return (
            <li
              key={entry.id}
              className={`rounded border-2 p-4 ${entry.read ? "border-slate-300" : "border-blue-800 bg-blue-50"}`}
            >
              <p className={entry.read ? "" : "font-semibold"}>
                {!entry.read && (
                  <span className="mr-2 rounded bg-blue-800 px-2 py-0.5 text-sm text-white">{t("new")}</span>
                )}
                {entry.link ? (
                  // The link's params are the item's own, stored with its pathname.
                  <Link href={runtimeHref({ ...entry.link, params: entry.link.params ?? {} })}>{text}</Link>
                ) : (
                  <>
                    {text} <span className="font-normal text-slate-700">{t("gone")}</span>
                  </>
                )}
              </p>
              <p className="mt-1 text-sm text-slate-700">
                <time dateTime={entry.createdAt.toISOString()}>{format.dateTime(entry.createdAt, "short")}</time>
              </p>
              {!entry.read && (
                <Button
                  variant="secondary"
                  className="mt-2"
                  disabled={markOne.isPending}
                  onClick={() => markOne.execute({ notificationId: entry.id })}
                >
                  {t("markRead")}
                  <span className="sr-only">: {text}</span>
                </Button>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
