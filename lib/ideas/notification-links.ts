// Where ideas-board notices lead: the entry's page (at the comment concerned,
// `#komentarz-N`) when the reader may see it: a published entry for anyone
// (a merged one's address leads on to where it went), one not yet or no
// longer public only for its author and the moderators.
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { linksFor, subjectIds, type LinkResolver, type NotificationLink } from "@/lib/notifications/links";

export const ideaLinks: LinkResolver = async (refs, reader) => {
  const ideas = await db().idea.findMany({
    where: { id: { in: subjectIds(refs) } },
    select: { id: true, slug: true, visibility: true, authorId: true },
  });
  const moderates = can(reader, "content.moderate");
  const visible = new Map(
    ideas
      .filter((idea) => idea.visibility === "PUBLISHED" || idea.authorId === reader.id || moderates)
      .map((idea) => [idea.id, idea]),
  );
  return linksFor(refs, visible, (ref, idea): NotificationLink => {
    const comment = ref.data.comment;
    return {
      pathname: "/ideas/[slug]",
      params: { slug: idea.slug },
      ...(comment ? { hash: `komentarz-${comment}` } : {}),
    };
  });
};
