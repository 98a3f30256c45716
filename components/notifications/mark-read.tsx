"use client";

// The notification centre's only client parts (the list itself is server
// markup: components/notifications/notification-list.tsx). Their words come
// from the server as props, so the page hands the client no messages. A
// successful mark refreshes the page (lib/safe-action.ts), which redraws the
// list; the header's bell is told to ask for its count again.
import { useAction } from "next-safe-action/hooks";
import { accountChanged } from "@/components/layout/account-events";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";

/** "Mark as read" of one entry; `entryText` completes its name for screen readers, as each entry has one. */
export function MarkReadButton({
  notificationId,
  label,
  entryText,
}: {
  notificationId: string;
  label: string;
  entryText: string;
}) {
  const mark = useAction(markNotificationReadAction, { onSuccess: accountChanged });
  return (
    <Button variant="secondary" className="mt-2" busy={mark.isPending} onClick={() => mark.execute({ notificationId })}>
      {label}
      <span className="sr-only">: {entryText}</span>
    </Button>
  );
}

/**
 * "Mark all as read", and the confirmation once done. Drawn with every
 * non-empty list, so it stays mounted through the refresh that hides the
 * button (nothing is unread then) and the confirmation stays with it.
 */
export function MarkAllRead({ unread, label, doneLabel }: { unread: number; label: string; doneLabel: string }) {
  const mark = useAction(markAllNotificationsReadAction, { onSuccess: accountChanged });
  return (
    <>
      {unread > 0 && (
        <Button variant="secondary" className="mt-4" busy={mark.isPending} onClick={() => mark.execute()}>
          {label}
        </Button>
      )}
      {mark.result.data && (
        <Alert tone="success" live>
          {doneLabel}
        </Alert>
      )}
    </>
  );
}
