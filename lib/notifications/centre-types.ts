// What the notification centre's page asks for its reader
// (app/api/notifications/centre): the page is one copy for everyone, so the
// entries come as JSON, in the page's language, ready to show.

/** One entry as the list shows it. `href`: where it leads the reader now, null when its subject is gone. */
export interface NotificationEntry {
  id: string;
  read: boolean;
  /** ISO 8601, for the <time> element. */
  createdAt: string;
  /** The same moment written out in the page's language, in Polish time. */
  when: string;
  text: string;
  href: string | null;
}

export type NotificationCentreAnswer =
  | { signedIn: false }
  | {
      signedIn: true;
      page: number;
      totalPages: number;
      total: number;
      unread: number;
      /** How long entries are kept (NOTIFICATION_RETENTION_DAYS), for the summary. */
      retentionDays: number;
      entries: NotificationEntry[];
    };
