"use client";

// The buttons that mark the notification centre's entries read. Their words
// come as props. A successful mark asks for the list again (`onMarked`: the
// page itself is the same for everyone, so refreshing it would change
// nothing), and the header's bell is told to ask for its count again.
import { useAction } from "next-safe-action/hooks";
import { useEffect, useRef } from "react";
import { accountChanged } from "@/components/layout/account-events";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";

function marked(onMarked: () => void) {
  accountChanged();
  onMarked();
}

/** "Mark as read" of one entry; `entryText` completes its name for screen readers, as each entry has one. */
export function MarkReadButton({
  notificationId,
  label,
  entryText,
  onMarked,
}: {
  notificationId: string;
  label: string;
  entryText: string;
  onMarked: () => void;
}) {
  const mark = useAction(markNotificationReadAction, { onSuccess: () => marked(onMarked) });
  return (
    <Button variant="secondary" className="mt-2" busy={mark.isPending} onClick={() => mark.execute({ notificationId })}>
      {label}
      <span className="sr-only">: {entryText}</span>
    </Button>
  );
}

/**
 * "Mark all as read", and the confirmation once done. Drawn with every
 * non-empty list, so it stays mounted when the list comes again without the
 * button (nothing is unread then) and the confirmation stays with it.
 */
export function MarkAllRead({
  unread,
  label,
  doneLabel,
  onMarked,
}: {
  unread: number;
  label: string;
  doneLabel: string;
  onMarked: () => void;
}) {
  const mark = useAction(markAllNotificationsReadAction, { onSuccess: () => marked(onMarked) });
  // The button goes with the last unread entry: the focus moves to the confirmation that takes its place.
  const done = useRef<HTMLDivElement>(null);
  const confirmed = Boolean(mark.result.data);
  useEffect(() => {
    if (confirmed) done.current?.focus();
  }, [confirmed]);
  return (
    <>
      {unread > 0 && (
        <Button variant="secondary" className="mt-4" busy={mark.isPending} onClick={() => mark.execute()}>
          {label}
        </Button>
      )}
      {confirmed && (
        <div ref={done} tabIndex={-1}>
          <Alert tone="success" live>
            {doneLabel}
          </Alert>
        </div>
      )}
    </>
  );
}
