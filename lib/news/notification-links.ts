// Where news notices lead: a public article to its page; one waiting for
// moderation to the moderators' queue; a writer's article that is not public
// (rejected, taken down, scheduled) to its editing page, when the reader still
// writes for its author.
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { linksFor, subjectIds, type LinkResolver, type NotificationLink } from "@/lib/notifications/links";
import { mayWriteFor } from "@/lib/news/authors";
import { isPublic } from "@/lib/news/workflow";

export const newsLinks: LinkResolver = async (refs, reader) => {
  const now = new Date();
  const articles = await db().newsArticle.findMany({
    where: { id: { in: subjectIds(refs) } },
    select: { id: true, slug: true, status: true, publishedAt: true, organisationId: true, institutionId: true },
  });
  const writes = new Map(await Promise.all(articles.map(async (a) => [a.id, await mayWriteFor(reader, a)] as const)));
  const moderates = can(reader, "content.moderate");
  return linksFor(refs, new Map(articles.map((a) => [a.id, a])), (ref, article): NotificationLink | null => {
    const page: NotificationLink = { pathname: "/news/[slug]", params: { slug: article.slug } };
    if (ref.type === "news.submitted")
      return moderates
        ? article.status === "PENDING"
          ? { pathname: "/moderation/news" }
          : isPublic(article, now)
            ? page
            : null
        : null;
    if (isPublic(article, now)) return page;
    if (writes.get(article.id)) return { pathname: "/account/news/[id]", params: { id: article.id } };
    return moderates ? page : null;
  });
};
