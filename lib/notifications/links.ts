// Where a notification leads. Each area says, for its own subjects, whether
// one still exists and is visible to the reader, and which page (and which
// remark, post or answer on it) the notice is about. The centre and the
// e-mails ask the same resolvers, so a link never leads to a page that would
// answer "not found" for its reader.
import type { Actor } from "@/lib/auth/permissions";
import type { AppPathname } from "@/lib/i18n/routing";
import type { NotificationType } from "@/lib/notifications/types";

export interface NotificationLink {
  pathname: AppPathname;
  params?: Record<string, string>;
  query?: Record<string, string>;
  /** The element on the page: a remark, a post's anchor, a section. */
  hash?: string;
}

export interface NotificationRef {
  /** The caller's key for this entry (its id). */
  key: string;
  type: NotificationType;
  subjectId: string;
  data: Record<string, string>;
}

/** For each entry, where it leads this reader now; null when its subject is gone or hidden from them. */
export type LinkResolver = (refs: NotificationRef[], reader: Actor) => Promise<Map<string, NotificationLink | null>>;

/** Runs `decide` for each entry whose subject was found; entries of subjects not found lead nowhere. */
export function linksFor<S>(
  refs: NotificationRef[],
  subjects: Map<string, S>,
  decide: (ref: NotificationRef, subject: S) => NotificationLink | null,
): Map<string, NotificationLink | null> {
  return new Map(
    refs.map((ref) => {
      const subject = subjects.get(ref.subjectId);
      return [ref.key, subject === undefined ? null : decide(ref, subject)];
    }),
  );
}

/** The distinct subject ids of the entries, for one query per subject type. */
export const subjectIds = (refs: NotificationRef[]) => [...new Set(refs.map((ref) => ref.subjectId))];
