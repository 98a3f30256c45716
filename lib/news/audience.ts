// Who hears of a news article: followers of its spheres and territories, of
// the institution that wrote it, and of the organisation that wrote it; its
// writer, when a moderator decides on it; the moderators, when it waits.
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify, type NotificationInput } from "@/lib/notifications/notify";

type Tx = Prisma.TransactionClient;
export type AnnouncedArticle = {
  id: string;
  slug: string;
  title: string;
  authorId: string | null;
  organisationId: string | null;
  institutionId: string | null;
  spheres: { sphereId: string }[];
  territories: { territoryCode: string }[];
};

export const articleSubject = (article: { id: string; slug: string; title: string }): NotificationInput["subject"] => ({
  type: "NewsArticle",
  id: article.id,
  title: article.title,
  link: { pathname: "/news/[slug]", params: { slug: article.slug } },
});

/** Tells the article's followers it is out, once: the article is claimed first, so two workers never both announce it. */
export async function announceArticle(tx: Tx, article: AnnouncedArticle, now: Date): Promise<void> {
  const claimed = await tx.newsArticle.updateMany({
    where: { id: article.id, status: "PUBLISHED", announcedAt: null },
    data: { announcedAt: now },
  });
  if (claimed.count === 0) return;
  await notify(
    {
      type: "news.published",
      subject: articleSubject(article),
      actor: { userId: article.authorId, organisationId: article.organisationId, institutionId: article.institutionId },
      audience: {
        topic: {
          sphereIds: article.spheres.map((s) => s.sphereId),
          territoryCodes: article.territories.map((t) => t.territoryCode),
          institutionId: article.institutionId,
        },
        ...(article.organisationId ? { followersOf: { type: "Organisation", id: article.organisationId } } : {}),
      },
    },
    tx,
  );
}

export type ModerationDecision = "approved" | "rejected" | "unpublished";

/** Tells the article's writer what a moderator decided, and why. */
export async function tellWriter(
  tx: Tx,
  article: { id: string; slug: string; title: string; authorId: string | null },
  moderatorId: string,
  decision: ModerationDecision,
  reason: string | null,
): Promise<void> {
  if (!article.authorId) return;
  await notify(
    {
      type: "news.moderated",
      subject: articleSubject(article),
      actor: { userId: moderatorId },
      audience: { users: [article.authorId] },
      data: { decision, reason: reason ?? "none" },
    },
    tx,
  );
}

/** Tells the moderators an article waits for them. */
export async function tellModerators(
  tx: Tx,
  article: { id: string; slug: string; title: string; authorId: string | null; organisationId: string | null },
): Promise<void> {
  await notify(
    {
      type: "news.submitted",
      subject: articleSubject(article),
      actor: { userId: article.authorId, organisationId: article.organisationId },
      audience: { platformRoles: ["MODERATOR", "ADMINISTRATOR"] },
    },
    tx,
  );
}
