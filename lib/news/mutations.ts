// Writers' changes to their articles: create a draft, edit, send on (publish,
// schedule, or ask the moderators), withdraw. Whoever may write for the
// article's organisation, institution or the platform may do each of them;
// ids from the form are checked against the database here.
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { FieldRuleError } from "@/lib/forms/field-rules";
import { RuleRefusal } from "@/lib/forms/refusals";
import { mayWriteFor } from "@/lib/news/authors";
import { announceArticle, tellModerators } from "@/lib/news/audience";
import { bodyImageProblem } from "@/lib/news/body";
import type { AuthorChoice } from "@/lib/auth/authors";
import type { NewsFields } from "@/lib/news/schemas";
import { needsApproval, needsReview, publicationTime, statusAfterEdit, SUBMITTABLE } from "@/lib/news/workflow";
import { dispatchNotifications } from "@/lib/notifications/notify";
import { knownTopics } from "@/lib/reference-data/topics";
import { firstFreeSlug, slugify } from "@/lib/text/slug";

type Tx = Prisma.TransactionClient;
type Meta = { ip: string | null };
export type NewsRefusal = "notSubmittable" | "notWithdrawable";

export const announceSelect = { id: true, slug: true, title: true, authorId: true, organisationId: true, institutionId: true, spheres: { select: { sphereId: true } }, territories: { select: { territoryCode: true } } } satisfies Prisma.NewsArticleSelect;

export async function newsModerationMode(tx: Tx = db()) {
  return (await tx.instanceSettings.findUniqueOrThrow({ where: { id: 1 }, select: { newsModeration: true } })).newsModeration;
}

/** The article, if the person may write for its author; NOT_FOUND otherwise (no hint that it exists). */
export async function writableArticle(actor: Actor, articleId: string, tx: Tx = db()) {
  const article = await tx.newsArticle.findUnique({ where: { id: articleId }, include: { images: { select: { id: true } } } });
  if (!article || !(await mayWriteFor(actor, article))) throw new AppError("NOT_FOUND", `news article ${articleId}`);
  return article;
}

async function writeTopics(tx: Tx, articleId: string, fields: NewsFields): Promise<void> {
  const { sphereIds, territoryCodes } = await knownTopics(tx, fields);
  await tx.newsArticleSphere.deleteMany({ where: { articleId } });
  await tx.newsArticleSphere.createMany({ data: sphereIds.map((sphereId) => ({ articleId, sphereId })) });
  await tx.newsArticleTerritory.deleteMany({ where: { articleId } });
  await tx.newsArticleTerritory.createMany({ data: territoryCodes.map((territoryCode) => ({ articleId, territoryCode })) });
}

function checkBody(body: string, imageIds: string[]): void {
  const problem = bodyImageProblem(body, imageIds);
  if (problem) throw new FieldRuleError([{ field: "body", message: problem }]);
}

const recordData = ({ sphereIds: _spheres, territoryCodes: _territories, ...data }: NewsFields) => data;

export async function createArticle(actor: Actor, author: AuthorChoice, fields: NewsFields, meta: Meta): Promise<{ id: string; slug: string }> {
  if (!(await mayWriteFor(actor, author))) throw new AppError("FORBIDDEN", "may not write for this author");
  checkBody(fields.body, []);
  return db().$transaction(async (tx) => {
    const slug = await firstFreeSlug(slugify(fields.title, 70) || "aktualnosc", async (candidate) => (await tx.newsArticle.count({ where: { slug: candidate } })) > 0);
    const article = await tx.newsArticle.create({ data: { ...recordData(fields), ...author, slug, authorId: actor.id }, select: { id: true, slug: true } });
    await writeTopics(tx, article.id, fields);
    await recordAuditEvent({ action: "news.created", actorUserId: actor.id, actingForOrganisationId: author.organisationId, actingForInstitutionId: author.institutionId, subjectType: "NewsArticle", subjectId: article.id, ipAddress: meta.ip }, tx);
    return article;
  });
}

/** Saves the writer's changes; a published organisation's article returns to the moderators under pre-moderation. */
export async function updateArticle(actor: Actor, articleId: string, fields: NewsFields, meta: Meta): Promise<{ slug: string; status: string }> {
  const result = await db().$transaction(async (tx) => {
    const article = await writableArticle(actor, articleId, tx);
    checkBody(fields.body, article.images.map((image) => image.id));
    const mode = await newsModerationMode(tx);
    const status = statusAfterEdit(article, mode);
    const backToModerators = status === "PENDING" && article.status !== "PENDING";
    await tx.newsArticle.update({
      where: { id: articleId },
      data: {
        ...recordData(fields),
        status,
        ...(backToModerators ? { submittedAt: new Date(), featuredAt: null } : {}),
        ...(article.status === "PUBLISHED" && needsReview(article, mode) ? { reviewedAt: null } : {}),
      },
    });
    await writeTopics(tx, articleId, fields);
    await recordAuditEvent({ action: "news.edited", actorUserId: actor.id, actingForOrganisationId: article.organisationId, actingForInstitutionId: article.institutionId, subjectType: "NewsArticle", subjectId: articleId, ipAddress: meta.ip, details: { status } }, tx);
    if (backToModerators) await tellModerators(tx, article);
    return { slug: article.slug, status, notify: backToModerators };
  });
  if (result.notify) await dispatchNotifications();
  return { slug: result.slug, status: result.status };
}

/**
 * Sends a draft (or a rejected or withdrawn article) on: to the moderators when
 * the platform pre-moderates organisations, otherwise public now or at
 * `publishAt`, which must lie ahead.
 */
export async function submitArticle(actor: Actor, articleId: string, publishAt: Date | null, meta: Meta, now = new Date()): Promise<{ status: "PENDING" | "PUBLISHED"; publishedAt: Date | null }> {
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
    await recordAuditEvent({ action: pending ? "news.submitted" : "news.published", actorUserId: actor.id, actingForOrganisationId: article.organisationId, actingForInstitutionId: article.institutionId, subjectType: "NewsArticle", subjectId: articleId, ipAddress: meta.ip, details: { publishAt: publishAt?.toISOString() ?? null } }, tx);
    if (pending) await tellModerators(tx, updated);
    else if (publishedAt && publishedAt <= now && !article.announcedAt) await announceArticle(tx, updated, now);
    return { status: pending ? ("PENDING" as const) : ("PUBLISHED" as const), publishedAt };
  });
  await dispatchNotifications();
  return result;
}

/** The writer takes the article back: a waiting one becomes a draft again, a published one is taken down. */
export async function withdrawArticle(actor: Actor, articleId: string, meta: Meta): Promise<void> {
  await db().$transaction(async (tx) => {
    const article = await writableArticle(actor, articleId, tx);
    if (article.status !== "PENDING" && article.status !== "PUBLISHED") throw new RuleRefusal<NewsRefusal>("notWithdrawable");
    await tx.newsArticle.update({ where: { id: articleId }, data: { status: article.status === "PENDING" ? "DRAFT" : "UNPUBLISHED", featuredAt: null, moderationNote: null } });
    await recordAuditEvent({ action: "news.withdrawn", actorUserId: actor.id, actingForOrganisationId: article.organisationId, actingForInstitutionId: article.institutionId, subjectType: "NewsArticle", subjectId: articleId, ipAddress: meta.ip }, tx);
  });
}

/** Articles whose scheduled time has come are announced to their followers (the news job, every minute). */
export async function announceDueArticles(now = new Date()): Promise<number> {
  const due = await db().newsArticle.findMany({ where: { status: "PUBLISHED", announcedAt: null, publishedAt: { lte: now } }, select: { id: true }, take: 200 });
  for (const { id } of due) {
    await db().$transaction(async (tx) => {
      const article = await tx.newsArticle.findUniqueOrThrow({ where: { id }, select: announceSelect });
      await announceArticle(tx, article, now);
    });
  }
  if (due.length > 0) await dispatchNotifications();
  return due.length;
}
