// Where notices about entries of the ideas board lead: the entry's page for a
// reader who may see it (lib/ideas/policy.ts), at the answer or comment
// concerned (a deadline to the answers section); an entry or change waiting
// for the moderators to their queue; a merged entry to the entry it went
// into, where its supports now are.
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { mayViewIdea } from "@/lib/ideas/policy";
import { linksFor, subjectIds, type LinkResolver, type NotificationLink } from "@/lib/notifications/links";

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
      mergedInto: { select: { slug: true, visibility: true } },
    },
  });
  return linksFor(refs, new Map(ideas.map((idea) => [idea.id, idea])), (ref, idea): NotificationLink | null => {
    if (
      ref.type === "idea.submitted" &&
      can(reader, "content.moderate") &&
      (idea.visibility === "PENDING" || idea.pendingFields !== null)
    )
      return { pathname: "/moderation/ideas" };
    if (idea.mergedInto?.visibility === "PUBLISHED")
      return { pathname: "/ideas/[slug]", params: { slug: idea.mergedInto.slug } };
    if (!mayViewIdea(reader, idea)) return null;
    const page = { pathname: "/ideas/[slug]", params: { slug: idea.slug } } as const;
    switch (ref.type) {
      case "idea.answered":
        return ref.data.answer ? { ...page, hash: `answer-${ref.data.answer}` } : page;
      case "idea.answer_due":
      case "idea.answer_overdue":
        return { ...page, hash: "idea-answers-heading" };
      case "idea.comment_mention":
      case "idea.comment_moderated":
        return ref.data.comment ? { ...page, hash: `komentarz-${ref.data.comment}` } : page;
      default:
        return page;
    }
  });
};
