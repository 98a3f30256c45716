// Moderating news. Under pre-moderation organisations' articles, and changes
// to their published ones, wait in one queue for a moderator, who approves
// them (public at once or at the time the writer chose) or rejects them with a
// reason (a rejected change leaves the approved article as it was); under post-moderation they are
// public at once and the same queue lists them until a moderator has looked.
// Any published article can be unpublished with a reason, and featured on the
// home page. Writers are told each decision; every one is in the audit log.
// The steps every decision shares are lib/moderation/publishing.ts; this file
// holds what is news' own (its states, updates and notices).
import { can, type Actor } from "@/lib/auth/permissions";
import { requireModerator } from "@/lib/auth/moderators";
import { recordAuditEvent, type AuditAction } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ActionMeta } from "@/lib/http/request-context";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import type { NewsModeration } from "@/lib/generated/prisma/enums";
import type { NewsArticle } from "@/lib/generated/prisma/client";
import { decideOne, type PublishedKind } from "@/lib/moderation/publishing";
import { announceArticle, tellWriter } from "@/lib/news/audience";
import { announceSelect, applyChange } from "@/lib/news/mutations";
import { articleVersion, isWaitingChange, shownArticleSelect, type VersionedArticle } from "@/lib/news/queries";
import { publicationTime } from "@/lib/news/workflow";

export type NewsModerationRefusal = "notPending" | "notPublished" | "changedSinceShown";
type NewsDecision = "approved" | "rejected" | "unpublished" | "reviewed";
type DecidedArticle = NewsArticle & Pick<VersionedArticle, "images" | "attachments">;

const AUDIT_ACTIONS: Record<NewsDecision, AuditAction> = {
  approved: "news.approved",
  rejected: "news.rejected",
  unpublished: "news.unpublished",
  reviewed: "news.reviewed",
};

/** What waits for a moderator: a new article, or a change to a published one. */
const waiting = (article: NewsArticle) => article.status === "PENDING" || isWaitingChange(article);

/** News as the publishing path sees it; `Outcome`: the time an approved article is public from. */
const newsArticles: PublishedKind<DecidedArticle, NewsDecision, string, NewsModerationRefusal, Date | null> = {
  table: "NewsArticle",
  load: (tx, ids) =>
    tx.newsArticle.findMany({
      where: { id: { in: ids } },
      include: { images: shownArticleSelect.images, attachments: shownArticleSelect.attachments },
    }),
  idOf: (article) => article.id,
  // Approving or rejecting applies to the text the moderator read; so does keeping a published one
  // (an edit made since puts it back on the list for its own look); taking one down does not.
  decidesOnShown: (article, decision) =>
    decision === "unpublished"
      ? false
      : waiting(article) || (decision === "reviewed" && article.status === "PUBLISHED"),
  isAsShown: (_tx, article, shown) => articleVersion(article) === shown,
  staleRefusal: "changedSinceShown",
  refusal: (article, decision) => {
    if (decision === "approved" || decision === "rejected") return waiting(article) ? null : "notPending";
    return article.status === "PUBLISHED" ? null : "notPublished";
  },
  auditAction: (_article, { decision }) => AUDIT_ACTIONS[decision],
  apply: async (tx, article, { actor, decision, reason, now }) => {
    const decidedBy = { moderatedById: actor.id, moderatedAt: now };
    if (decision === "reviewed") {
      await tx.newsArticle.update({ where: { id: article.id }, data: { reviewedAt: now, ...decidedBy } });
      return { outcome: null };
    }
    if (decision === "unpublished") {
      // Off the site, a waiting change is private like the rest: the writer goes on from it.
      if (article.changeStatus) await applyChange(tx, article);
      await tx.newsArticle.update({
        where: { id: article.id },
        data: { status: "UNPUBLISHED", featuredAt: null, reviewedAt: now, moderationNote: reason, ...decidedBy },
      });
      return { details: { reason }, outcome: null };
    }
    const change = isWaitingChange(article);
    if (decision === "rejected") {
      // A rejected change leaves the approved article as it is; the change stays with its writer to correct.
      await tx.newsArticle.update({
        where: { id: article.id },
        data: change
          ? { changeStatus: "REJECTED", changeNote: reason, ...decidedBy }
          : { status: "REJECTED", moderationNote: reason, ...decidedBy },
      });
      return { details: change ? { reason, change: true } : { reason }, outcome: null };
    }
    if (change) {
      await applyChange(tx, article);
      await tx.newsArticle.update({
        where: { id: article.id },
        data: { reviewedAt: now, moderationNote: null, ...decidedBy },
      });
      return { details: { change: true }, outcome: article.publishedAt };
    }
    const publishedAt = publicationTime(article, now);
    await tx.newsArticle.update({
      where: { id: article.id },
      data: { status: "PUBLISHED", publishedAt, reviewedAt: now, moderationNote: null, ...decidedBy },
    });
    return { outcome: publishedAt };
  },
  notify: async (tx, article, { actor, decision, reason, now }) => {
    if (decision === "reviewed") return;
    await tellWriter(tx, article, actor.id, decision, reason);
    // A new article approved for now is out: its followers hear of it (a scheduled one is announced when its time comes).
    if (decision === "approved" && article.status === "PENDING" && publicationTime(article, now) <= now)
      await announceArticle(
        tx,
        await tx.newsArticle.findUniqueOrThrow({ where: { id: article.id }, select: announceSelect }),
        now,
      );
  },
};

/** Approves what the moderator was shown (`shown`: its fingerprint from the queue); the time it is public from. */
export async function approveArticle(
  actor: Actor,
  articleId: string,
  shown: string,
  meta: ActionMeta,
  now = new Date(),
): Promise<Date> {
  const publishedAt = await decideOne(newsArticles, actor, articleId, { decision: "approved", shown, now }, meta);
  if (!publishedAt) throw new AppError("CONFLICT", `news article ${articleId} approved without a publication time`);
  return publishedAt;
}

/** Rejects what the moderator was shown; the reason is about that text, so a newer one is looked at first. */
export async function rejectArticle(
  actor: Actor,
  articleId: string,
  shown: string,
  reason: string,
  meta: ActionMeta,
  now = new Date(),
): Promise<void> {
  await decideOne(newsArticles, actor, articleId, { decision: "rejected", shown, reason, now }, meta);
}

export async function unpublishArticle(
  actor: Actor,
  articleId: string,
  reason: string,
  meta: ActionMeta,
  now = new Date(),
): Promise<void> {
  await decideOne(newsArticles, actor, articleId, { decision: "unpublished", reason, now }, meta);
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
  meta: ActionMeta,
  now = new Date(),
): Promise<void> {
  await decideOne(newsArticles, actor, articleId, { decision: "reviewed", shown, now }, meta);
}

/** Featured articles lead the home page, the most recently featured first. */
export async function featureArticle(
  actor: Actor,
  articleId: string,
  featured: boolean,
  meta: ActionMeta,
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

export async function setNewsModeration(actor: Actor, mode: NewsModeration, meta: ActionMeta): Promise<void> {
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
