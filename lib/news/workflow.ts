// The rules of an article's way to the public, as pure functions so they are
// tested directly. Only organisations' articles are ever pre-moderated:
// institutions and the platform answer for their own news.
import type { NewsModeration, NewsStatus } from "@/lib/generated/prisma/enums";
import { changedByStewardOf, changeOutcome, type ChangeOutcome } from "@/lib/moderation/changes";

export type WorkflowArticle = {
  status: NewsStatus;
  organisationId: string | null;
  publishAt: Date | null;
  publishedAt: Date | null;
};

export function needsApproval(article: { organisationId: string | null }, mode: NewsModeration): boolean {
  return article.organisationId !== null && mode === "PRE";
}

/** Whether a moderator reviews the article after it is public (post-moderation). */
export function needsReview(article: { organisationId: string | null }, mode: NewsModeration): boolean {
  return article.organisationId !== null && mode === "POST";
}

/** Statuses from which the writer may send the article on (publish or ask for approval). */
export const SUBMITTABLE: readonly NewsStatus[] = ["DRAFT", "REJECTED", "UNPUBLISHED"];

/**
 * When a published article is public from: the time asked for if it still
 * lies ahead, the original date if it was public before (an edit approved
 * again keeps its place in the feed), otherwise now.
 */
export function publicationTime(article: Pick<WorkflowArticle, "publishAt" | "publishedAt">, now: Date): Date {
  if (article.publishAt && article.publishAt > now) return article.publishAt;
  if (article.publishedAt && article.publishedAt <= now) return article.publishedAt;
  return now;
}

/** Whether visitors see it now. */
export function isPublic(article: Pick<WorkflowArticle, "status" | "publishedAt">, now: Date): boolean {
  return article.status === "PUBLISHED" && article.publishedAt !== null && article.publishedAt <= now;
}

/**
 * What a writer's change (text, pictures, documents) does to the article, by
 * the one rule for moderated content (lib/moderation/changes.ts): a published
 * organisation's article keeps its approved state public while the change
 * waits under pre-moderation, or goes back on the review list under
 * post-moderation; anything not public yet simply changes.
 */
export function articleChangeOutcome(
  article: Pick<WorkflowArticle, "status" | "organisationId"> & { institutionId: string | null },
  mode: NewsModeration,
): ChangeOutcome {
  return changeOutcome({
    by: changedByStewardOf(article),
    mode,
    state: article.status === "PUBLISHED" ? "public" : "unpublished",
  });
}
