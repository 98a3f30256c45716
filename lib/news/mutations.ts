// Writers' changes to their articles: create a draft, edit, send on (publish,
// schedule, or ask the moderators), withdraw. A change to a published
// organisation's article under pre-moderation waits for a moderator while the
// approved state stays public (lib/moderation/changes.ts, holdChange below). Whoever may write for the
// article's organisation, institution or the platform may do each of them;
// ids from the form are checked against the database here.
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { FieldRuleError } from "@/lib/rule-errors/field-rules";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { mayWriteFor } from "@/lib/news/authors";
import { announceArticle, tellModerators } from "@/lib/news/audience";
import { bodyImageProblem } from "@/lib/news/body";
import type { AuthorChoice } from "@/lib/auth/authors";
import { pendingNewsFieldsOf, type NewsFields } from "@/lib/news/schemas";
import { articleChangeOutcome, needsApproval, needsReview, publicationTime, SUBMITTABLE } from "@/lib/news/workflow";
import { dispatchNotifications } from "@/lib/notifications/notify";
import { knownTopics } from "@/lib/reference-data/topics";
import { firstFreeSlug, slugify } from "@/lib/text/slug";
import type { ActionMeta } from "@/lib/http/request-context";

type Tx = Prisma.TransactionClient;
export type NewsRefusal = "notSubmittable" | "notWithdrawable";

export const announceSelect = {
  id: true,
  slug: true,
  title: true,
  authorId: true,
  organisationId: true,
  institutionId: true,
  spheres: { select: { sphereId: true } },
  territories: { select: { territoryCode: true } },
} satisfies Prisma.NewsArticleSelect;

export async function newsModerationMode(tx: Tx = db()) {
  return (await tx.instanceSettings.findUniqueOrThrow({ where: { id: 1 }, select: { newsModeration: true } }))
    .newsModeration;
}

/** The article, if the person may write for its author; NOT_FOUND otherwise (no hint that it exists). */
export async function writableArticle(actor: Actor, articleId: string, tx: Tx = db()) {
  const article = await tx.newsArticle.findUnique({
    where: { id: articleId },
    include: { images: { select: { id: true } } },
  });
  if (!article || !(await mayWriteFor(actor, article))) throw new AppError("NOT_FOUND", `news article ${articleId}`);
  return article;
}

async function writeTopics(tx: Tx, articleId: string, fields: NewsFields): Promise<void> {
  const { sphereIds, territoryCodes } = await knownTopics(tx, fields);
  await tx.newsArticleSphere.deleteMany({ where: { articleId } });
  await tx.newsArticleSphere.createMany({ data: sphereIds.map((sphereId) => ({ articleId, sphereId })) });
  await tx.newsArticleTerritory.deleteMany({ where: { articleId } });
  await tx.newsArticleTerritory.createMany({
    data: territoryCodes.map((territoryCode) => ({ articleId, territoryCode })),
  });
}

function checkBody(body: string, imageIds: string[]): void {
  const problem = bodyImageProblem(body, imageIds);
  if (problem) throw new FieldRuleError([{ field: "body", message: problem }]);
}

const recordData = ({ sphereIds: _spheres, territoryCodes: _territories, ...data }: NewsFields) => data;

export async function createArticle(
  actor: Actor,
  author: AuthorChoice,
  fields: NewsFields,
  meta: ActionMeta,
): Promise<{ id: string; slug: string }> {
  if (!(await mayWriteFor(actor, author))) throw new AppError("FORBIDDEN", "may not write for this author");
  checkBody(fields.body, []);
  return db().$transaction(async (tx) => {
    const slug = await firstFreeSlug(
      slugify(fields.title, 70) || "aktualnosc",
      async (candidate) => (await tx.newsArticle.count({ where: { slug: candidate } })) > 0,
    );
    const article = await tx.newsArticle.create({
      data: { ...recordData(fields), ...author, slug, authorId: actor.id },
      select: { id: true, slug: true },
    });
    await writeTopics(tx, article.id, fields);
    await recordAuditEvent(
      {
        action: "news.created",
        actorUserId: actor.id,
        actingForOrganisationId: author.organisationId,
        actingForInstitutionId: author.institutionId,
        subjectType: "NewsArticle",
        subjectId: article.id,
        ipAddress: meta.ip,
      },
      tx,
    );
    return article;
  });
}

/**
 * Puts the article's change in the moderators' queue (the caller saves what
 * changed: fields, a picture, a document); the moderators are told when it
 * starts waiting. Returns whether they were.
 */
export async function holdChange(
  tx: Tx,
  article: {
    id: string;
    slug: string;
    title: string;
    authorId: string | null;
    organisationId: string | null;
    institutionId: string | null;
    changeStatus: string | null;
  },
  data: Prisma.NewsArticleUpdateInput = {},
): Promise<boolean> {
  const starts = article.changeStatus !== "PENDING";
  // Dated by its latest addition, so the queue says when what the moderators see was last changed.
  await tx.newsArticle.update({
    where: { id: article.id },
    data: { ...data, changeStatus: "PENDING", changeNote: null, changeSubmittedAt: new Date() },
  });
  if (starts) await tellModerators(tx, article);
  return starts;
}

/** The writer's text as it would be saved: the change waiting, if any, else the article itself. */
export const currentBody = (article: { body: string; pendingFields: Prisma.JsonValue | null }) =>
  pendingNewsFieldsOf(article.pendingFields)?.body ?? article.body;

/**
 * Saves the writer's changes: as they are, or (a published organisation's
 * article under pre-moderation) waiting for a moderator while the approved
 * text stays public; under post-moderation it goes back on the review list.
 */
export async function updateArticle(
  actor: Actor,
  articleId: string,
  fields: NewsFields,
  meta: ActionMeta,
): Promise<{ slug: string; status: string }> {
  const result = await db().$transaction(async (tx) => {
    const article = await writableArticle(actor, articleId, tx);
    checkBody(
      fields.body,
      article.images.map((image) => image.id),
    );
    const outcome = articleChangeOutcome(article, await newsModerationMode(tx));
    let told = false;
    if (outcome === "holdForReview") {
      told = await holdChange(tx, article, {
        pendingFields: JSON.parse(JSON.stringify(fields)) as Prisma.InputJsonValue,
      });
    } else {
      await tx.newsArticle.update({
        where: { id: articleId },
        data: { ...recordData(fields), ...(outcome === "applyThenReview" ? { reviewedAt: null } : {}) },
      });
      await writeTopics(tx, articleId, fields);
    }
    await recordAuditEvent(
      {
        action: "news.edited",
        actorUserId: actor.id,
        actingForOrganisationId: article.organisationId,
        actingForInstitutionId: article.institutionId,
        subjectType: "NewsArticle",
        subjectId: articleId,
        ipAddress: meta.ip,
        details: { status: article.status, held: outcome === "holdForReview" },
      },
      tx,
    );
    return { slug: article.slug, status: article.status, notify: told };
  });
  if (result.notify) await dispatchNotifications();
  return { slug: result.slug, status: result.status };
}

/**
 * Makes the waiting change the article's own: when a moderator approves it,
 * or when the article stops being public (withdrawn, taken down) and the
 * change need not wait any more, being private like the rest.
 */
export async function applyChange(
  tx: Tx,
  article: { id: string; pendingFields: Prisma.JsonValue | null; pendingCoverImageId: string | null },
): Promise<void> {
  const fields = pendingNewsFieldsOf(article.pendingFields);
  if (fields) {
    await tx.newsArticle.update({ where: { id: article.id }, data: recordData(fields) });
    await writeTopics(tx, article.id, fields);
  }
  await tx.newsImage.updateMany({ where: { articleId: article.id, pending: true }, data: { pending: false } });
  await tx.newsAttachment.updateMany({ where: { articleId: article.id, pending: true }, data: { pending: false } });
  await tx.newsArticle.update({
    where: { id: article.id },
    data: {
      ...(article.pendingCoverImageId ? { coverImageId: article.pendingCoverImageId } : {}),
      pendingCoverImageId: null,
      pendingFields: Prisma.DbNull,
      changeStatus: null,
      changeNote: null,
    },
  });
}

/**
 * Sends a draft (or a rejected or withdrawn article) on: to the moderators when
 * the platform pre-moderates organisations, otherwise public now or at
 * `publishAt`, which must lie ahead.
 */
export async function submitArticle(
  actor: Actor,
  articleId: string,
  publishAt: Date | null,
  meta: ActionMeta,
  now = new Date(),
): Promise<{ status: "PENDING" | "PUBLISHED"; publishedAt: Date | null }> {
  if (publishAt && publishAt <= now) throw new FieldRuleError([{ field: "publishAt", message: "newsPublishAtPast" }]);
  const result = await db().$transaction(async (tx) => {
    const article = await writableArticle(actor, articleId, tx);
    if (!SUBMITTABLE.includes(article.status)) throw new RuleRefusal<NewsRefusal>("notSubmittable");
    const mode = await newsModerationMode(tx);
    const pending = needsApproval(article, mode);
    const publishedAt = pending ? article.publishedAt : publicationTime({ publishAt, publishedAt: null }, now);
    const updated = await tx.newsArticle.update({
      where: { id: articleId },
      data: {
        status: pending ? "PENDING" : "PUBLISHED",
        publishAt,
        publishedAt,
        submittedAt: now,
        moderationNote: null,
        reviewedAt: pending || needsReview(article, mode) ? null : now,
      },
      select: announceSelect,
    });
    await recordAuditEvent(
      {
        action: pending ? "news.submitted" : "news.published",
        actorUserId: actor.id,
        actingForOrganisationId: article.organisationId,
        actingForInstitutionId: article.institutionId,
        subjectType: "NewsArticle",
        subjectId: articleId,
        ipAddress: meta.ip,
        details: { publishAt: publishAt?.toISOString() ?? null },
      },
      tx,
    );
    if (pending) await tellModerators(tx, updated);
    else if (publishedAt && publishedAt <= now && !article.announcedAt) await announceArticle(tx, updated, now);
    return { status: pending ? ("PENDING" as const) : ("PUBLISHED" as const), publishedAt };
  });
  await dispatchNotifications();
  return result;
}

/** The writer takes the article back: a waiting one becomes a draft again, a published one is taken down. */
export async function withdrawArticle(actor: Actor, articleId: string, meta: ActionMeta): Promise<void> {
  await db().$transaction(async (tx) => {
    const article = await writableArticle(actor, articleId, tx);
    if (article.status !== "PENDING" && article.status !== "PUBLISHED")
      throw new RuleRefusal<NewsRefusal>("notWithdrawable");
    // Off the site, the waiting change is private like the rest: it becomes the draft the writer goes on from.
    if (article.changeStatus) await applyChange(tx, article);
    await tx.newsArticle.update({
      where: { id: articleId },
      data: { status: article.status === "PENDING" ? "DRAFT" : "UNPUBLISHED", featuredAt: null, moderationNote: null },
    });
    await recordAuditEvent(
      {
        action: "news.withdrawn",
        actorUserId: actor.id,
        actingForOrganisationId: article.organisationId,
        actingForInstitutionId: article.institutionId,
        subjectType: "NewsArticle",
        subjectId: articleId,
        ipAddress: meta.ip,
      },
      tx,
    );
  });
}

/** Articles whose scheduled time has come are announced to their followers (the news job, every minute). */
export async function announceDueArticles(now = new Date()): Promise<number> {
  const due = await db().newsArticle.findMany({
    where: { status: "PUBLISHED", announcedAt: null, publishedAt: { lte: now } },
    select: { id: true },
    take: 200,
  });
  for (const { id } of due) {
    await db().$transaction(async (tx) => {
      const article = await tx.newsArticle.findUniqueOrThrow({ where: { id }, select: announceSelect });
      await announceArticle(tx, article, now);
    });
  }
  if (due.length > 0) await dispatchNotifications();
  return due.length;
}
