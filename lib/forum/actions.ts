"use server";

import { createCategory, moveCategory, updateCategory } from "@/lib/forum/categories";
import { deletePost, editPost, reply, startThread, toggleHelpful, type ForumRefusal, type PostRef } from "@/lib/forum/posts";
import { categoryFieldsSchema, editPostSchema, moveCategorySchema, postIdSchema, replySchema, startThreadSchema, updateCategorySchema } from "@/lib/forum/schemas";
import { refusedByRules } from "@/lib/forms/refusals";
import { actionClient, signedInActor } from "@/lib/safe-action";

// Writing is "forum.post" (everyone signed in); each category's own rule
// (lib/forum/access.ts) is checked in lib/forum/posts.ts against the
// category found on the server.

export const startThreadAction = actionClient
  .metadata({ name: "startForumThread", permission: "forum.post" })
  .inputSchema(startThreadSchema)
  .action(async ({ parsedInput, ctx }) => refusedByRules<{ posted: PostRef }, ForumRefusal>(async () => ({ posted: await startThread(signedInActor(ctx.actor, "forum"), parsedInput) })));

export const replyAction = actionClient
  .metadata({ name: "replyInForum", permission: "forum.post" })
  .inputSchema(replySchema)
  .action(async ({ parsedInput, ctx }) => refusedByRules<{ posted: PostRef }, ForumRefusal>(async () => ({ posted: await reply(signedInActor(ctx.actor, "forum"), parsedInput) })));

export const editPostAction = actionClient
  .metadata({ name: "editForumPost", permission: "forum.post" })
  .inputSchema(editPostSchema)
  .action(async ({ parsedInput, ctx }) => refusedByRules<{ saved: PostRef }, ForumRefusal>(async () => ({ saved: await editPost(signedInActor(ctx.actor, "forum"), parsedInput, ctx.ip) })));

export const deletePostAction = actionClient
  .metadata({ name: "deleteForumPost", permission: "forum.post" })
  .inputSchema(postIdSchema)
  .action(async ({ parsedInput, ctx }) => refusedByRules<{ deleted: PostRef }, ForumRefusal>(async () => ({ deleted: await deletePost(signedInActor(ctx.actor, "forum"), parsedInput.postId, ctx.ip) })));

export const toggleHelpfulAction = actionClient
  .metadata({ name: "toggleForumHelpful", permission: "forum.post" })
  .inputSchema(postIdSchema)
  .action(async ({ parsedInput, ctx }) => refusedByRules<{ reaction: { helpful: boolean; count: number } }, ForumRefusal>(async () => ({ reaction: await toggleHelpful(signedInActor(ctx.actor, "forum"), parsedInput.postId) })));

export const createCategoryAction = actionClient
  .metadata({ name: "createForumCategory", permission: "forum.manage" })
  .inputSchema(categoryFieldsSchema)
  .action(async ({ parsedInput, ctx }) => createCategory(parsedInput, { userId: signedInActor(ctx.actor, "forum").id, ip: ctx.ip }));

export const updateCategoryAction = actionClient
  .metadata({ name: "updateForumCategory", permission: "forum.manage" })
  .inputSchema(updateCategorySchema)
  .action(async ({ parsedInput: { categoryId, ...fields }, ctx }) => {
    await updateCategory(categoryId, fields, { userId: signedInActor(ctx.actor, "forum").id, ip: ctx.ip });
    return { saved: true };
  });

export const moveCategoryAction = actionClient
  .metadata({ name: "moveForumCategory", permission: "forum.manage" })
  .inputSchema(moveCategorySchema)
  .action(async ({ parsedInput }) => {
    await moveCategory(parsedInput.categoryId, parsedInput.direction);
    return { moved: true };
  });
