// Where ideas board notices lead: the entry's page (at the comment concerned,
// `#komentarz-N`), for a reader who may see it (lib/ideas/policy.ts); an
// entry or change waiting for the moderators to their queue.
import { db } from "@/lib/db/client";
import { mayViewIdea } from "@/lib/ideas/policy";
import { linksFor, subjectIds, type LinkResolver, type NotificationLink } from "@/lib/notifications/links";
import { can } from "@/lib/auth/permissions";

export const ideaLinks: LinkResolver = async (refs, reader) => {
  const ideas = await db().idea.findMany({
    where: { id: { in: subjectIds(refs) } },
    select: {
      id: true,
      slug: true,
      visibility: true,
      status: true,
      authorId: true,
      organisationId: true,
      pendingFields: true,
    },
  });
  return linksFor(refs, new Map(ideas.map((idea) => [idea.id, idea])), (ref, idea): NotificationLink | null => {
    if (
      ref.type === "idea.submitted" &&
      can(reader, "content.moderate") &&
      (idea.visibility === "PENDING" || idea.pendingFields !== null)
    )
      return { pathname: "/moderation/ideas" };
    if (!mayViewIdea(reader, idea)) return null;
    const comment = ref.data.comment;
    return {
      pathname: "/ideas/[slug]",
      params: { slug: idea.slug },
      ...(comment ? { hash: `komentarz-${comment}` } : {}),
    };
  });
};
