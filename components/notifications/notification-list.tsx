// The notification centre's list, as server markup: the entries' words,
// links and dates are put together on the server, which has every type's
// message; only the buttons that mark entries read run in the browser
// (components/notifications/mark-read.tsx). As one client component, the
// list's code ran again in the server's HTML pass, with a client Link per
// entry: the larger part of the centre's rendering time.
import { useFormatter, useTranslations } from "next-intl";
import { MarkAllRead, MarkReadButton } from "@/components/notifications/mark-read";
import { longDateTime } from "@/lib/i18n/date-time";

/** One entry as the list shows it. `href`: where it leads the reader now, null when its subject is gone. */
export interface NotificationEntry {
  id: string;
  read: boolean;
  createdAt: Date;
  text: string;
  href: string | null;
}

export function NotificationList({ entries, unread }: { entries: NotificationEntry[]; unread: number }) {
  const t = useTranslations("notifications.list");
  const format = useFormatter();
  return (
    <>
      <MarkAllRead unread={unread} label={t("markAllRead")} doneLabel={t("allMarked")} />
      <ol className="mt-6 space-y-3" aria-label={t("listLabel")}>
        {entries.map((entry) => (
          <li
            key={entry.id}
            className={`rounded border-2 p-4 ${entry.read ? "border-slate-300" : "border-blue-800 bg-blue-50"}`}
          >
            <p className={entry.read ? "" : "font-semibold"}>
              {!entry.read && (
                // The gap shows the badge apart from the text; the hidden colon tells it apart when read out
                // (or copied), where "Nowe" ran into the entry's first word.
                <>
                  <span className="mr-2 rounded bg-blue-800 px-2 py-0.5 text-sm text-white">{t("new")}</span>
                  <span className="sr-only">: </span>
                </>
              )}
              {entry.href ? (
                // A plain link: most subjects' pages are the same for everyone and come from the page
                // cache as a whole document, where a client navigation would have them rendered afresh.
                <a href={entry.href}>{entry.text}</a>
              ) : (
                <>
                  {entry.text} <span className="font-normal text-slate-700">{t("gone")}</span>
                </>
              )}
            </p>
            <p className="mt-1 text-sm text-slate-700">
              <time dateTime={entry.createdAt.toISOString()}>{longDateTime(format, entry.createdAt)}</time>
            </p>
            {!entry.read && <MarkReadButton notificationId={entry.id} label={t("markRead")} entryText={entry.text} />}
          </li>
        ))}
      </ol>
    </>
  );
}
