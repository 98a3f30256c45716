"use server";

import { RuleRefusal, type MayRefuse } from "@/lib/rule-errors/refusals";
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
import { signedInClient } from "@/lib/safe-action";

// Writing is "news.write" (everyone signed in); for which organisation,
// institution or the platform is checked in lib/news against the article
// found on the server (lib/news/authors.ts). Moderation is "content.moderate".

export const createNewsAction = signedInClient
  .metadata({ name: "createNewsArticle", permission: "news.write" })
  .inputSchema(createNewsSchema)
  .action(async ({ parsedInput: { author, ...fields }, ctx }) =>
    createArticle(ctx.actor, parseAuthorChoice(author), fields, ctx.meta),
  );

export const updateNewsAction = signedInClient
  .metadata({ name: "updateNewsArticle", permission: "news.write" })
  .inputSchema(updateNewsSchema)
  .action(async ({ parsedInput: { articleId, ...fields }, ctx }) =>
    updateArticle(ctx.actor, articleId, fields, ctx.meta),
  );

export const submitNewsAction = signedInClient
  .metadata({ name: "submitNewsArticle", permission: "news.write" })
  .inputSchema(publishNewsSchema)
  .action(
    async ({
      parsedInput,
      ctx,
    }): MayRefuse<{ status: "PENDING" | "PUBLISHED"; publishedAt: Date | null }, NewsRefusal> =>
      submitArticle(ctx.actor, parsedInput.articleId, parsedInput.publishAt, ctx.meta),
  );

export const withdrawNewsAction = signedInClient
  .metadata({ name: "withdrawNewsArticle", permission: "news.write" })
  .inputSchema(newsArticleIdSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ withdrawn: true }, NewsRefusal> => {
    await withdrawArticle(ctx.actor, parsedInput.articleId, ctx.meta);
    return { withdrawn: true };
  });

export const approveNewsAction = signedInClient
  .metadata({ name: "approveNewsArticle", permission: "content.moderate" })
  .inputSchema(decideNewsSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ publishedAt: Date }, NewsModerationRefusal> => ({
    publishedAt: await approveArticle(ctx.actor, parsedInput.articleId, parsedInput.shown, {
      ...ctx.meta,
    }),
  }));

export const rejectNewsAction = signedInClient
  .metadata({ name: "rejectNewsArticle", permission: "content.moderate" })
  .inputSchema(rejectShownNewsSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ rejected: true }, NewsModerationRefusal> => {
    await rejectArticle(ctx.actor, parsedInput.articleId, parsedInput.shown, parsedInput.reason, ctx.meta);
    return { rejected: true };
  });

export const unpublishNewsAction = signedInClient
  .metadata({ name: "unpublishNewsArticle", permission: "content.moderate" })
  .inputSchema(rejectNewsSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ unpublished: true }, NewsModerationRefusal> => {
    await unpublishArticle(ctx.actor, parsedInput.articleId, parsedInput.reason, {
      ...ctx.meta,
    });
    return { unpublished: true };
  });

export const reviewNewsAction = signedInClient
  .metadata({ name: "reviewNewsArticle", permission: "content.moderate" })
  .inputSchema(decideNewsSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ reviewed: true }, NewsModerationRefusal> => {
    await markArticleReviewed(ctx.actor, parsedInput.articleId, parsedInput.shown, {
      ...ctx.meta,
    });
    return { reviewed: true };
  });

export const featureNewsAction = signedInClient
  .metadata({ name: "featureNewsArticle", permission: "content.moderate" })
  .inputSchema(featureNewsSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ featured: boolean }, NewsModerationRefusal> => {
    await featureArticle(ctx.actor, parsedInput.articleId, parsedInput.featured, {
      ...ctx.meta,
    });
    return { featured: parsedInput.featured };
  });

export const setNewsModerationAction = signedInClient
  .metadata({ name: "setNewsModeration", permission: "news.configure" })
  .inputSchema(newsModerationSettingSchema)
  .action(async ({ parsedInput, ctx }) => {
    await setNewsModeration(ctx.actor, parsedInput.mode, ctx.meta);
    return { mode: parsedInput.mode };
  });

export const removeNewsImageAction = signedInClient
  .metadata({ name: "removeNewsImage", permission: "news.write" })
  .inputSchema(removeNewsImageSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ removed: true }, "IMAGE_IN_USE"> => {
    const outcome = await removeArticleImage(ctx.actor, parsedInput.articleId, parsedInput.imageId);
    // A picture the text still shows stays: the writer is told to take it out of the text first.
    if (outcome === "inUse") throw new RuleRefusal<"IMAGE_IN_USE">("IMAGE_IN_USE");
    return { removed: true };
  });

export const removeNewsAttachmentAction = signedInClient
  .metadata({ name: "removeNewsAttachment", permission: "news.write" })
  .inputSchema(removeNewsAttachmentSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { articleId, attachmentId } = parsedInput;
    if (!(await removeArticleAttachment(ctx.actor, articleId, attachmentId)))
      throw new AppError("NOT_FOUND", "removeNewsAttachment");
    return { removed: true as const };
  });
