// Where notices about entries of the ideas board lead: the entry's page while
// it is public (an answer to that answer, a deadline to the answers section);
// a merged entry to the entry it went into, where its supports now are. An
// entry that is not public leads its author and the moderators to its page
// (which shows it to them) and nobody else anywhere.
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { linksFor, subjectIds, type LinkResolver, type NotificationLink } from "@/lib/notifications/links";

export const ideaLinks: LinkResolver = async (refs, reader) => {
  const ideas = await db().idea.findMany({
    where: { id: { in: subjectIds(refs) } },
    select: {
      id: true,
      slug: true,
      visibility: true,
      authorId: true,
      mergedInto: { select: { slug: true, visibility: true } },
    },
  });
  const moderates = can(reader, "content.moderate");
  return linksFor(refs, new Map(ideas.map((i) => [i.id, i])), (ref, idea): NotificationLink | null => {
    if (idea.mergedInto?.visibility === "PUBLISHED")
      return { pathname: "/ideas/[slug]", params: { slug: idea.mergedInto.slug } };
    if (idea.visibility !== "PUBLISHED" && idea.authorId !== reader.id && !moderates) return null;
    const page = { pathname: "/ideas/[slug]", params: { slug: idea.slug } } as const;
    switch (ref.type) {
      case "idea.answered":
        return ref.data.answer ? { ...page, hash: `answer-${ref.data.answer}` } : page;
      case "idea.answer_due":
      case "idea.answer_overdue":
        return { ...page, hash: "idea-answers-heading" };
      default:
        return page;
    }
  });
};
