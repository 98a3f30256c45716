// Moderating news. Under pre-moderation organisations' articles, and changes
// to their published ones, wait in one queue for a moderator, who approves
// them (public at once or at the time the writer chose) or rejects them with a
// reason (a rejected change leaves the approved article as it was); under post-moderation they are
// public at once and the same queue lists them until a moderator has looked.
// Any published article can be unpublished with a reason, and featured on the
// home page. Writers are told each decision; every one is in the audit log.
import { can, type Actor } from "@/lib/auth/permissions";
import { requireModerator } from "@/lib/auth/moderators";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import type { NewsModeration } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { shownVersion } from "@/lib/moderation/shown-version";
import { announceArticle, tellWriter } from "@/lib/news/audience";
import { diffWords } from "@/lib/consultations/diff";
import { newsImagePath, renderArticleBody } from "@/lib/news/body";
import { announceSelect, applyChange } from "@/lib/news/mutations";
import { pendingNewsFieldsOf } from "@/lib/news/schemas";
import { publicationTime } from "@/lib/news/workflow";
import { dispatchNotifications } from "@/lib/notifications/notify";

type Meta = { ip: string | null };
type Tx = Prisma.TransactionClient;

/** A published article with a change waiting for a moderator (its approved state is what the public sees). */
const isWaitingChange = (article: { status: string; changeStatus: string | null }) =>
  article.status === "PUBLISHED" && article.changeStatus === "PENDING";
export type NewsModerationRefusal = "notPending" | "notPublished" | "changedSinceShown";

/** What a moderator decides on: the article or change as written, with its pictures and documents. */
const versionSelect = {
  status: true,
  kind: true,
  title: true,
  lead: true,
  body: true,
  eventStartsAt: true,
  eventEndsAt: true,
  eventPlace: true,
  publishAt: true,
  coverImageId: true,
  changeStatus: true,
  pendingFields: true,
  pendingCoverImageId: true,
  images: { select: { id: true, alt: true, pending: true }, orderBy: { id: "asc" } },
  attachments: { select: { id: true, title: true, pending: true }, orderBy: { id: "asc" } },
} as const satisfies Prisma.NewsArticleSelect;
type VersionedArticle = Prisma.NewsArticleGetPayload<{ select: typeof versionSelect }>;

/** The fingerprint of what the moderators' queue shows of the article (lib/moderation/shown-version.ts). */
function articleVersion(a: VersionedArticle): string {
  return shownVersion([
    a.status,
    a.kind,
    a.title,
    a.lead,
    a.body,
    a.eventStartsAt,
    a.eventEndsAt,
    a.eventPlace,
    a.publishAt,
    a.coverImageId,
    a.changeStatus,
    a.pendingFields,
    a.pendingCoverImageId,
    a.images.map((i) => [i.id, i.alt, i.pending]),
    a.attachments.map((f) => [f.id, f.title, f.pending]),
  ]);
}

/** The article's fingerprint now (the demo data decides without a queue). */
export async function currentArticleVersion(articleId: string): Promise<string> {
  return articleVersion(await db().newsArticle.findUniqueOrThrow({ where: { id: articleId }, select: versionSelect }));
}

/**
 * The article under its row lock, refused when it is not what the moderator
 * was shown: its writer may have changed it after the queue was loaded, and a
 * decision must never apply text or files nobody looked at. A writer's change
 * made meanwhile waits for the lock and becomes a new change to decide on.
 */
async function shownArticle(tx: Tx, articleId: string, shown: string) {
  await tx.$queryRaw`SELECT id FROM "NewsArticle" WHERE id = ${articleId} FOR UPDATE`;
  const article = await tx.newsArticle.findUnique({
    where: { id: articleId },
    include: { images: versionSelect.images, attachments: versionSelect.attachments },
  });
  if (!article) throw new AppError("NOT_FOUND", `news article ${articleId}`);
  if ((article.status === "PENDING" || isWaitingChange(article)) && articleVersion(article) !== shown)
    throw new RuleRefusal<NewsModerationRefusal>("changedSinceShown");
  return article;
}

const queueSelect = {
  id: true,
  slug: true,
  submittedAt: true,
  publishedAt: true,
  featuredAt: true,
  author: { select: { name: true } },
  organisation: { select: { name: true, slug: true } },
  institution: { select: { name: true, officeName: true } },
  changeSubmittedAt: true,
  ...versionSelect,
  // The same rows, in the same order, as the fingerprint, with what showing them takes.
  images: { select: { id: true, alt: true, pending: true, width: true, height: true }, orderBy: { id: "asc" } },
  attachments: {
    select: { id: true, title: true, pending: true, file: { select: { kind: true, size: true } } },
    orderBy: { id: "asc" },
  },
} as const satisfies Prisma.NewsArticleSelect;
type QueueRow = Prisma.NewsArticleGetPayload<{ select: typeof queueSelect }>;

/**
 * A change to a published article as the moderator must see it before deciding:
 * the new text rendered as the article would show it (its waiting pictures
 * too: moderators may open them), what changed in the text word by word, and
 * the new cover, pictures and documents with their addresses. Null title and
 * lead: the text is not part of the change.
 */
function pendingChange(article: QueueRow) {
  if (!isWaitingChange(article)) return null;
  const fields = pendingNewsFieldsOf(article.pendingFields);
  const picture = (image: QueueRow["images"][number]) => ({
    id: image.id,
    alt: image.alt,
    width: image.width,
    height: image.height,
    src: newsImagePath(image.id),
  });
  const cover = article.images.find((image) => image.id === article.pendingCoverImageId);
  return {
    title: fields?.title ?? null,
    lead: fields?.lead ?? null,
    bodyHtml: renderArticleBody(fields?.body ?? article.body, article.images, 5),
    bodyDiff: fields && fields.body !== article.body ? diffWords(article.body, fields.body) : null,
    // The kind and an event's time and place are public too: shown when the change sets them anew.
    details:
      fields &&
      (fields.kind !== article.kind ||
        fields.eventPlace !== article.eventPlace ||
        fields.eventStartsAt?.getTime() !== article.eventStartsAt?.getTime() ||
        fields.eventEndsAt?.getTime() !== article.eventEndsAt?.getTime())
        ? {
            kind: fields.kind,
            eventStartsAt: fields.eventStartsAt,
            eventEndsAt: fields.eventEndsAt,
            eventPlace: fields.eventPlace,
          }
        : null,
    cover: cover ? picture(cover) : null,
    images: article.images.filter((image) => image.pending).map(picture),
    attachments: article.attachments
      .filter((file) => file.pending)
      .map((file) => ({
        id: file.id,
        title: file.title,
        kind: file.file.kind,
        size: file.file.size,
        href: `/api/news/${article.id}/attachments/${file.id}`,
      })),
  };
}

/**
 * What the moderators work through: articles to approve (oldest first);
 * under post-moderation, published ones not yet looked at; and the latest
 * published, to feature or take down.
 */
export async function newsModerationQueue(limit = 100) {
  const [pending, toReview, published] = await Promise.all([
    db().newsArticle.findMany({
      where: { OR: [{ status: "PENDING" }, { status: "PUBLISHED", changeStatus: "PENDING" }] },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take: limit,
      select: queueSelect,
    }),
    db().newsArticle.findMany({
      where: { status: "PUBLISHED", reviewedAt: null },
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      take: limit,
      select: queueSelect,
    }),
    db().newsArticle.findMany({
      where: { status: "PUBLISHED", reviewedAt: { not: null } },
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      take: 20,
      select: queueSelect,
    }),
  ]);
  const withVersion = (articles: QueueRow[]) =>
    articles.map((article) => ({ ...article, version: articleVersion(article), change: pendingChange(article) }));
  return { pending: withVersion(pending), toReview: withVersion(toReview), published: withVersion(published) };
}
export type PendingChangeView = NonNullable<ReturnType<typeof pendingChange>>;
export type QueuedArticle = Awaited<ReturnType<typeof newsModerationQueue>>["pending"][number];

/** Approves what the moderator was shown (`shown`: its fingerprint from the queue). */
export async function approveArticle(
  actor: Actor,
  articleId: string,
  shown: string,
  meta: Meta,
  now = new Date(),
): Promise<Date> {
  requireModerator(actor);
  const publishedAt = await db().$transaction(async (tx) => {
    const article = await shownArticle(tx, articleId, shown);
    if (isWaitingChange(article)) {
      await applyChange(tx, article);
      await tx.newsArticle.update({
        where: { id: articleId },
        data: { reviewedAt: now, moderatedById: actor.id, moderatedAt: now, moderationNote: null },
      });
      await recordAuditEvent(
        {
          action: "news.approved",
          actorUserId: actor.id,
          subjectType: "NewsArticle",
          subjectId: articleId,
          ipAddress: meta.ip,
          details: { change: true },
        },
        tx,
      );
      await tellWriter(tx, article, actor.id, "approved", null);
      return article.publishedAt!;
    }
    if (article.status !== "PENDING") throw new RuleRefusal<NewsModerationRefusal>("notPending");
    const when = publicationTime(article, now);
    const updated = await tx.newsArticle.update({
      where: { id: articleId },
      data: {
        status: "PUBLISHED",
        publishedAt: when,
        reviewedAt: now,
        moderatedById: actor.id,
        moderatedAt: now,
        moderationNote: null,
      },
      select: announceSelect,
    });
    await recordAuditEvent(
      {
        action: "news.approved",
        actorUserId: actor.id,
        subjectType: "NewsArticle",
        subjectId: articleId,
        ipAddress: meta.ip,
      },
      tx,
    );
    await tellWriter(tx, updated, actor.id, "approved", null);
    if (when <= now) await announceArticle(tx, updated, now);
    return when;
  });
  await dispatchNotifications();
  return publishedAt;
}

/** Rejects what the moderator was shown; the reason is about that text, so a newer one is looked at first. */
export async function rejectArticle(
  actor: Actor,
  articleId: string,
  shown: string,
  reason: string,
  meta: Meta,
  now = new Date(),
): Promise<void> {
  requireModerator(actor);
  await db().$transaction(async (tx) => {
    const article = await shownArticle(tx, articleId, shown);
    if (isWaitingChange(article)) {
      // The approved article stays as it is; the change stays with its writer to correct.
      await tx.newsArticle.update({
        where: { id: articleId },
        data: { changeStatus: "REJECTED", changeNote: reason, moderatedById: actor.id, moderatedAt: now },
      });
      await recordAuditEvent(
        {
          action: "news.rejected",
          actorUserId: actor.id,
          subjectType: "NewsArticle",
          subjectId: articleId,
          ipAddress: meta.ip,
          details: { reason, change: true },
        },
        tx,
      );
      await tellWriter(tx, article, actor.id, "rejected", reason);
      return;
    }
    if (article.status !== "PENDING") throw new RuleRefusal<NewsModerationRefusal>("notPending");
    await tx.newsArticle.update({
      where: { id: articleId },
      data: { status: "REJECTED", moderationNote: reason, moderatedById: actor.id, moderatedAt: now },
    });
    await recordAuditEvent(
      {
        action: "news.rejected",
        actorUserId: actor.id,
        subjectType: "NewsArticle",
        subjectId: articleId,
        ipAddress: meta.ip,
        details: { reason },
      },
      tx,
    );
    await tellWriter(tx, article, actor.id, "rejected", reason);
  });
  await dispatchNotifications();
}

export async function unpublishArticle(
  actor: Actor,
  articleId: string,
  reason: string,
  meta: Meta,
  now = new Date(),
): Promise<void> {
  requireModerator(actor);
  await db().$transaction(async (tx) => {
    const article = await tx.newsArticle.findUnique({ where: { id: articleId } });
    if (!article) throw new AppError("NOT_FOUND", `news article ${articleId}`);
    if (article.status !== "PUBLISHED") throw new RuleRefusal<NewsModerationRefusal>("notPublished");
    // Off the site, a waiting change is private like the rest: the writer goes on from it.
    if (article.changeStatus) await applyChange(tx, article);
    await tx.newsArticle.update({
      where: { id: articleId },
      data: {
        status: "UNPUBLISHED",
        featuredAt: null,
        reviewedAt: now,
        moderationNote: reason,
        moderatedById: actor.id,
        moderatedAt: now,
      },
    });
    await recordAuditEvent(
      {
        action: "news.unpublished",
        actorUserId: actor.id,
        subjectType: "NewsArticle",
        subjectId: articleId,
        ipAddress: meta.ip,
        details: { reason },
      },
      tx,
    );
    await tellWriter(tx, article, actor.id, "unpublished", reason);
  });
  await dispatchNotifications();
}

/**
 * Post-moderation: the moderator has read the published article and keeps it;
 * only as they read it (`shown`), since an edit made since puts it back on the
 * list for its own look.
 */
export async function markArticleReviewed(
  actor: Actor,
  articleId: string,
  shown: string,
  meta: Meta,
  now = new Date(),
): Promise<void> {
  requireModerator(actor);
  await db().$transaction(async (tx) => {
    const article = await shownArticle(tx, articleId, shown);
    if (article.status !== "PUBLISHED") throw new RuleRefusal<NewsModerationRefusal>("notPublished");
    if (articleVersion(article) !== shown) throw new RuleRefusal<NewsModerationRefusal>("changedSinceShown");
    await tx.newsArticle.update({
      where: { id: articleId },
      data: { reviewedAt: now, moderatedById: actor.id, moderatedAt: now },
    });
    await recordAuditEvent(
      {
        action: "news.reviewed",
        actorUserId: actor.id,
        subjectType: "NewsArticle",
        subjectId: articleId,
        ipAddress: meta.ip,
      },
      tx,
    );
  });
}

/** Featured articles lead the home page, the most recently featured first. */
export async function featureArticle(
  actor: Actor,
  articleId: string,
  featured: boolean,
  meta: Meta,
  now = new Date(),
): Promise<void> {
  requireModerator(actor);
  const updated = await db().newsArticle.updateMany({
    where: { id: articleId, status: "PUBLISHED" },
    data: { featuredAt: featured ? now : null },
  });
  if (updated.count === 0) throw new RuleRefusal<NewsModerationRefusal>("notPublished");
  await recordAuditEvent({
    action: featured ? "news.featured" : "news.unfeatured",
    actorUserId: actor.id,
    subjectType: "NewsArticle",
    subjectId: articleId,
    ipAddress: meta.ip,
  });
}

export async function setNewsModeration(actor: Actor, mode: NewsModeration, meta: Meta): Promise<void> {
  if (!can(actor, "news.configure")) throw new AppError("FORBIDDEN", "administrators only");
  await db().$transaction(async (tx) => {
    await tx.instanceSettings.update({ where: { id: 1 }, data: { newsModeration: mode } });
    await recordAuditEvent(
      {
        action: "news.moderation_changed",
        actorUserId: actor.id,
        subjectType: "InstanceSettings",
        subjectId: "1",
        ipAddress: meta.ip,
        details: { mode },
      },
      tx,
    );
  });
}
