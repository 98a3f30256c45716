// The one way modules tell people about something: notify() stores the event
// (inside the caller's transaction, so it exists exactly when the change
// does) and a job fans it out to the recipients, never the request itself.
import type { InstitutionRole, OrganisationRole, PlatformRole } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { enqueue } from "@/lib/jobs/enqueue";
import type { AppPathname } from "@/lib/i18n/routing";
import type { NotificationType } from "@/lib/notifications/types";
import { log } from "@/lib/log";

export interface Audience {
  users?: string[];
  organisations?: { id: string; roles: OrganisationRole[] }[];
  institutions?: { id: string; roles: InstitutionRole[] }[];
  platformRoles?: PlatformRole[];
  /** Followers of a topic this event concerns: its spheres, its territories (gmina codes), its institution. */
  topic?: { sphereIds?: string[]; territoryCodes?: string[]; institutionId?: string | null };
  /** Followers of one item. */
  followersOf?: { type: string; id: string };
}

export interface NotificationInput {
  type: NotificationType;
  subject: {
    type: string;
    id: string;
    title: string;
    link: { pathname: AppPathname; params?: Record<string, string> };
  };
  actor?: { userId: string | null; organisationId?: string | null; institutionId?: string | null };
  audience: Audience;
  data?: Record<string, string>;
}

/** Stores the event; call dispatchNotifications() once the transaction committed. */
export async function notify(input: NotificationInput, tx: Prisma.TransactionClient = db()): Promise<string> {
  const event = await tx.notificationEvent.create({
    data: {
      type: input.type,
      subjectType: input.subject.type,
      subjectId: input.subject.id,
      subjectTitle: input.subject.title,
      link: input.subject.link as Prisma.InputJsonValue,
      actorUserId: input.actor?.userId ?? null,
      actingForOrganisationId: input.actor?.organisationId ?? null,
      actingForInstitutionId: input.actor?.institutionId ?? null,
      data: input.data ?? {},
      audience: input.audience as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
  return event.id;
}

/**
 * Asks the worker to fan out stored events now. If this fails (or the
 * process stops first), the minutely sweep fans them out anyway.
 */
export async function dispatchNotifications(): Promise<void> {
  try {
    await enqueue("notifications-fanout", {});
  } catch (error) {
    log.warn("notification fan-out not queued; the sweep will catch up", { error });
  }
}
