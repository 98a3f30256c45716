// The one table of who says where a notification leads: each subject type's
// own area (lib/<area>/notification-links.ts). A subject type missing here
// leads nowhere, and the test of every notification type fails.
import type { Actor } from "@/lib/auth/permissions";
import { accountLinks } from "@/lib/accounts/notification-links";
import { competitionLinks } from "@/lib/competitions/notification-links";
import { consultationLinks } from "@/lib/consultations/notification-links";
import { electionLinks } from "@/lib/elections/notification-links";
import { forumLinks, forumThreadLinks } from "@/lib/forum/notification-links";
import { ideaLinks } from "@/lib/ideas/notification-links";
import { libraryLinks } from "@/lib/library/notification-links";
import { newsLinks } from "@/lib/news/notification-links";
import { offerLinks } from "@/lib/offers/notification-links";
import { partnerRequestLinks } from "@/lib/partnerships/requests/notification-links";
import { partnershipLinks } from "@/lib/partnerships/interests/notification-links";
import type { LinkResolver, NotificationLink, NotificationRef } from "@/lib/notifications/links";
import { institutionLinks, organisationLinks } from "@/lib/organisations/notification-links";
import { smallGrantLinks } from "@/lib/small-grants/notification-links";

const resolvers: Record<string, LinkResolver> = {
  Organisation: organisationLinks,
  Institution: institutionLinks,
  User: accountLinks,
  Consultation: consultationLinks,
  Election: electionLinks,
  Forum: forumLinks,
  ForumThread: forumThreadLinks,
  NewsArticle: newsLinks,
  LibraryDocument: libraryLinks,
  Idea: ideaLinks,
  PartnerRequest: partnerRequestLinks,
  Partnership: partnershipLinks,
  Competition: competitionLinks,
  Offer: offerLinks,
  SmallGrantCase: smallGrantLinks,
};

/** Where each entry leads its reader now (null: gone, or not theirs to see). */
export async function resolveNotificationLinks(
  entries: (NotificationRef & { subjectType: string })[],
  reader: Actor,
): Promise<Map<string, NotificationLink | null>> {
  const byType = new Map<string, NotificationRef[]>();
  for (const entry of entries) byType.set(entry.subjectType, [...(byType.get(entry.subjectType) ?? []), entry]);
  const resolved = await Promise.all(
    [...byType].map(
      ([subjectType, refs]) =>
        resolvers[subjectType]?.(refs, reader) ?? Promise.resolve(new Map(refs.map((ref) => [ref.key, null]))),
    ),
  );
  return new Map(resolved.flatMap((links) => [...links]));
}
