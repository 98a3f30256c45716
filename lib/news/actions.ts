"use server";

import { withFieldErrors } from "@/lib/rule-errors/field-rules";
import { refusedByRules } from "@/lib/rule-errors/refusals";
import {
  approveArticle,
  featureArticle,
  markArticleReviewed,
  rejectArticle,
  setNewsModeration,
  unpublishArticle,
  type NewsModerationRefusal,
} from "@/lib/news/moderation";
import { createArticle, submitArticle, updateArticle, withdrawArticle, type NewsRefusal } from "@/lib/news/mutations";
import { parseAuthorChoice } from "@/lib/auth/authors";
import { AppError } from "@/lib/errors";
import { removeArticleAttachment, removeArticleImage } from "@/lib/news/files";
import {
  createNewsSchema,
  decideNewsSchema,
  featureNewsSchema,
  newsArticleIdSchema,
  newsModerationSettingSchema,
  publishNewsSchema,
  rejectNewsSchema,
  rejectShownNewsSchema,
  removeNewsAttachmentSchema,
  removeNewsImageSchema,
  updateNewsSchema,
} from "@/lib/news/schemas";
import { actionClient, signedInActor } from "@/lib/safe-action";

// Writing is "news.write" (everyone signed in); for which organisation,
// institution or the platform is checked in lib/news against the article
// found on the server (lib/news/authors.ts). Moderation is "content.moderate".

export const createNewsAction = actionClient
  .metadata({ name: "createNewsArticle", permission: "news.write" })
  .inputSchema(createNewsSchema)
  .action(async ({ parsedInput: { author, ...fields }, ctx }) =>
    withFieldErrors(createNewsSchema, () =>
      createArticle(signedInActor(ctx.actor, "news"), parseAuthorChoice(author), fields, { ip: ctx.ip }),
    ),
  );

export const updateNewsAction = actionClient
  .metadata({ name: "updateNewsArticle", permission: "news.write" })
  .inputSchema(updateNewsSchema)
  .action(async ({ parsedInput: { articleId, ...fields }, ctx }) =>
    withFieldErrors(updateNewsSchema, () =>
      updateArticle(signedInActor(ctx.actor, "news"), articleId, fields, { ip: ctx.ip }),
    ),
  );

export const submitNewsAction = actionClient
  .metadata({ name: "submitNewsArticle", permission: "news.write" })
  .inputSchema(publishNewsSchema)
  .action(async ({ parsedInput, ctx }) =>
    withFieldErrors(publishNewsSchema, () =>
      refusedByRules<{ status: "PENDING" | "PUBLISHED"; publishedAt: Date | null }, NewsRefusal>(() =>
        submitArticle(signedInActor(ctx.actor, "news"), parsedInput.articleId, parsedInput.publishAt, { ip: ctx.ip }),
      ),
    ),
  );

export const withdrawNewsAction = actionClient
  .metadata({ name: "withdrawNewsArticle", permission: "news.write" })
  .inputSchema(newsArticleIdSchema)
  .action(async ({ parsedInput, ctx }) =>
    refusedByRules<{ withdrawn: true }, NewsRefusal>(async () => {
      await withdrawArticle(signedInActor(ctx.actor, "news"), parsedInput.articleId, { ip: ctx.ip });
      return { withdrawn: true as const };
    }),
  );

export const approveNewsAction = actionClient
  .metadata({ name: "approveNewsArticle", permission: "content.moderate" })
  .inputSchema(decideNewsSchema)
  .action(async ({ parsedInput, ctx }) =>
    refusedByRules<{ publishedAt: Date }, NewsModerationRefusal>(async () => ({
      publishedAt: await approveArticle(signedInActor(ctx.actor, "news"), parsedInput.articleId, parsedInput.shown, {
        ip: ctx.ip,
      }),
    })),
  );

export const rejectNewsAction = actionClient
  .metadata({ name: "rejectNewsArticle", permission: "content.moderate" })
  .inputSchema(rejectShownNewsSchema)
  .action(async ({ parsedInput, ctx }) =>
    refusedByRules<{ rejected: true }, NewsModerationRefusal>(async () => {
      await rejectArticle(
        signedInActor(ctx.actor, "news"),
        parsedInput.articleId,
        parsedInput.shown,
        parsedInput.reason,
        { ip: ctx.ip },
      );
      return { rejected: true as const };
    }),
  );

export const unpublishNewsAction = actionClient
  .metadata({ name: "unpublishNewsArticle", permission: "content.moderate" })
  .inputSchema(rejectNewsSchema)
  .action(async ({ parsedInput, ctx }) =>
    refusedByRules<{ unpublished: true }, NewsModerationRefusal>(async () => {
      await unpublishArticle(signedInActor(ctx.actor, "news"), parsedInput.articleId, parsedInput.reason, {
        ip: ctx.ip,
      });
      return { unpublished: true as const };
    }),
  );

export const reviewNewsAction = actionClient
  .metadata({ name: "reviewNewsArticle", permission: "content.moderate" })
  .inputSchema(decideNewsSchema)
  .action(async ({ parsedInput, ctx }) =>
    refusedByRules<{ reviewed: true }, NewsModerationRefusal>(async () => {
      await markArticleReviewed(signedInActor(ctx.actor, "news"), parsedInput.articleId, parsedInput.shown, {
        ip: ctx.ip,
      });
      return { reviewed: true as const };
    }),
  );

export const featureNewsAction = actionClient
  .metadata({ name: "featureNewsArticle", permission: "content.moderate" })
  .inputSchema(featureNewsSchema)
  .action(async ({ parsedInput, ctx }) =>
    refusedByRules<{ featured: boolean }, NewsModerationRefusal>(async () => {
      await featureArticle(signedInActor(ctx.actor, "news"), parsedInput.articleId, parsedInput.featured, {
        ip: ctx.ip,
      });
      return { featured: parsedInput.featured };
    }),
  );

export const setNewsModerationAction = actionClient
  .metadata({ name: "setNewsModeration", permission: "news.configure" })
  .inputSchema(newsModerationSettingSchema)
  .action(async ({ parsedInput, ctx }) => {
    await setNewsModeration(signedInActor(ctx.actor, "news"), parsedInput.mode, { ip: ctx.ip });
    return { mode: parsedInput.mode };
  });

export const removeNewsImageAction = actionClient
  .metadata({ name: "removeNewsImage", permission: "news.write" })
  .inputSchema(removeNewsImageSchema)
  .action(async ({ parsedInput, ctx }) => {
    const outcome = await removeArticleImage(
      signedInActor(ctx.actor, "news"),
      parsedInput.articleId,
      parsedInput.imageId,
    );
    // A picture the text still shows stays: the writer is told to take it out of the text first.
    return outcome === "inUse" ? { refused: "IMAGE_IN_USE" as const } : { removed: true as const };
  });

export const removeNewsAttachmentAction = actionClient
  .metadata({ name: "removeNewsAttachment", permission: "news.write" })
  .inputSchema(removeNewsAttachmentSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { articleId, attachmentId } = parsedInput;
    if (!(await removeArticleAttachment(signedInActor(ctx.actor, "news"), articleId, attachmentId)))
      throw new AppError("NOT_FOUND", "removeNewsAttachment");
    return { removed: true as const };
  });
