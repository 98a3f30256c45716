"use client";

// The notification centre's list (in components/notifications/notification-centre.tsx):
// the entries' words, links and dates are put together on the server
// (lib/notifications/centre.ts), which has every type's message, so the
// browser gets only the list's own few words.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { MarkAllRead, MarkReadButton } from "@/components/notifications/mark-read";
import type { NotificationEntry } from "@/lib/notifications/centre-types";

/** `onMarked`: after entries were marked read, to ask for the list again. */
export function NotificationList({
  entries,
  unread,
  onMarked,
}: {
  entries: NotificationEntry[];
  unread: number;
  onMarked: () => void;
}) {
  const t = useTranslations("notifications.list");
  const [marked, setMarked] = useState("");
  // The entry's "mark read" button goes with its mark: the focus moves to what stays of the entry (its
  // link, or the entry itself when its subject is gone), and the mark is said in the status below.
  const markedOne = (entryId: string, text: string) => {
    const entry = document.getElementById(`notification-${entryId}`);
    (entry?.querySelector<HTMLElement>("a") ?? entry)?.focus();
    setMarked(t("marked", { text }));
    onMarked();
  };
  return (
    <>
      <p role="status" className="sr-only">
        {marked}
      </p>
      <MarkAllRead unread={unread} label={t("markAllRead")} doneLabel={t("allMarked")} onMarked={onMarked} />
      <ol className="mt-6 space-y-3" aria-label={t("listLabel")}>
        {entries.map((entry) => (
          <li
            key={entry.id}
            id={`notification-${entry.id}`}
            tabIndex={-1}
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
              <time dateTime={entry.createdAt}>{entry.when}</time>
            </p>
            {!entry.read && (
              <MarkReadButton
                notificationId={entry.id}
                label={t("markRead")}
                entryText={entry.text}
                onMarked={() => markedOne(entry.id, entry.text)}
              />
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
