"use server";

import { createCategory, moveCategory, updateCategory } from "@/lib/forum/categories";
import {
  deletePost,
  editPost,
  reply,
  startThread,
  toggleHelpful,
  type ForumRefusal,
  type PostRef,
} from "@/lib/forum/posts";
import {
  categoryFieldsSchema,
  editPostSchema,
  moveCategorySchema,
  postIdSchema,
  replySchema,
  startThreadSchema,
  updateCategorySchema,
  watchSchema,
  flagSchema,
  hidePostsSchema,
  moderatePostsSchema,
  postsAsShownSchema,
  moveThreadSchema,
  threadStateSchema,
  suspendSchema,
  liftSuspensionSchema,
  blockedWordsSchema,
  splitThreadSchema,
  mergeThreadsSchema,
} from "@/lib/forum/schemas";
import { mergeThreads, splitThread } from "@/lib/forum/restructure";
import type { MayRefuse } from "@/lib/rule-errors/refusals";
import { setWatching } from "@/lib/forum/watching";
import {
  approvePosts,
  dismissFlags,
  flagPost,
  hidePosts,
  liftSuspensions,
  moveThread,
  restorePosts,
  saveBlockedWords,
  setThreadState,
  suspendUser,
  type ApprovalRefusal,
  type ModerationRefusal,
} from "@/lib/forum/moderation";
import { signedInClient } from "@/lib/safe-action";

// Writing is "forum.post" (everyone signed in); each category's own rule
// (lib/forum/access.ts) is checked in lib/forum/posts.ts against the
// category found on the server.

export const startThreadAction = signedInClient
  .metadata({ name: "startForumThread", permission: "forum.post" })
  .inputSchema(startThreadSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ posted: PostRef }, ForumRefusal> => ({
    posted: await startThread(ctx.actor, parsedInput),
  }));

export const replyAction = signedInClient
  .metadata({ name: "replyInForum", permission: "forum.post" })
  .inputSchema(replySchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ posted: PostRef }, ForumRefusal> => ({
    posted: await reply(ctx.actor, parsedInput),
  }));

export const editPostAction = signedInClient
  .metadata({ name: "editForumPost", permission: "forum.post" })
  .inputSchema(editPostSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ saved: PostRef }, ForumRefusal> => ({
    saved: await editPost(ctx.actor, parsedInput, ctx.meta.ip),
  }));

export const deletePostAction = signedInClient
  .metadata({ name: "deleteForumPost", permission: "forum.post" })
  .inputSchema(postIdSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ deleted: PostRef }, ForumRefusal> => ({
    deleted: await deletePost(ctx.actor, parsedInput.postId, ctx.meta.ip),
  }));

export const toggleHelpfulAction = signedInClient
  .metadata({ name: "toggleForumHelpful", permission: "forum.post" })
  .inputSchema(postIdSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ reaction: { helpful: boolean; count: number } }, ForumRefusal> => ({
    reaction: await toggleHelpful(ctx.actor, parsedInput.postId),
  }));

export const createCategoryAction = signedInClient
  .metadata({ name: "createForumCategory", permission: "forum.manage" })
  .inputSchema(categoryFieldsSchema)
  .action(async ({ parsedInput, ctx }) => createCategory(parsedInput, { userId: ctx.actor.id, ...ctx.meta }));

export const updateCategoryAction = signedInClient
  .metadata({ name: "updateForumCategory", permission: "forum.manage" })
  .inputSchema(updateCategorySchema)
  .action(async ({ parsedInput: { categoryId, ...fields }, ctx }) => {
    await updateCategory(categoryId, fields, { userId: ctx.actor.id, ...ctx.meta });
    return { saved: true };
  });

export const moveCategoryAction = signedInClient
  .metadata({ name: "moveForumCategory", permission: "forum.manage" })
  .inputSchema(moveCategorySchema)
  .action(async ({ parsedInput }) => {
    await moveCategory(parsedInput.categoryId, parsedInput.direction);
    return { moved: true };
  });

export const watchAction = signedInClient
  .metadata({ name: "watchForum", permission: "forum.post" })
  .inputSchema(watchSchema)
  .action(async ({ parsedInput, ctx }) => {
    await setWatching(ctx.actor, parsedInput.type, parsedInput.id, parsedInput.watch);
    return { watching: parsedInput.watch };
  });

export const flagPostAction = signedInClient
  .metadata({ name: "flagForumPost", permission: "forum.post" })
  .inputSchema(flagSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ flagged: true }, ModerationRefusal> => {
    await flagPost(ctx.actor, parsedInput);
    return { flagged: true };
  });

// Moderation: "content.moderate" (moderators and administrators), checked by the client and again in lib/forum/moderation.ts.
export const hidePostsAction = signedInClient
  .metadata({ name: "hideForumPosts", permission: "content.moderate" })
  .inputSchema(hidePostsSchema)
  .action(async ({ parsedInput, ctx }) => ({
    hidden: await hidePosts(ctx.actor, parsedInput.postIds, parsedInput.reason, ctx.meta),
  }));

export const restorePostsAction = signedInClient
  // Refreshed even when refused: a post rewritten while it was hidden is shown with its new wording.
  .metadata({ name: "restoreForumPosts", permission: "content.moderate", refresh: "evenWhenRefused" })
  .inputSchema(postsAsShownSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ restored: number }, ApprovalRefusal> => ({
    restored: await restorePosts(ctx.actor, parsedInput.postIds, parsedInput.shown, ctx.meta),
  }));

export const dismissFlagsAction = signedInClient
  .metadata({ name: "dismissForumFlags", permission: "content.moderate" })
  .inputSchema(moderatePostsSchema)
  .action(async ({ parsedInput, ctx }) => ({
    dismissed: await dismissFlags(ctx.actor, parsedInput.postIds, ctx.meta),
  }));

export const threadStateAction = signedInClient
  .metadata({ name: "setForumThreadState", permission: "content.moderate" })
  .inputSchema(threadStateSchema)
  .action(async ({ parsedInput: { threadId, ...change }, ctx }) => {
    await setThreadState(ctx.actor, threadId, change, ctx.meta);
    return { changed: true };
  });

export const moveThreadAction = signedInClient
  .metadata({ name: "moveForumThread", permission: "content.moderate" })
  .inputSchema(moveThreadSchema)
  .action(async ({ parsedInput, ctx }) => {
    await moveThread(ctx.actor, parsedInput.threadId, parsedInput.categoryId, ctx.meta, parsedInput.reason);
    return { moved: true };
  });

export const approvePostsAction = signedInClient
  // Refreshed even when refused: posts rewritten since the queue was loaded are shown with their new wording.
  .metadata({ name: "approveForumPosts", permission: "content.moderate", refresh: "evenWhenRefused" })
  .inputSchema(postsAsShownSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ approved: number }, ApprovalRefusal> => ({
    approved: await approvePosts(ctx.actor, parsedInput.postIds, parsedInput.shown, {
      ...ctx.meta,
    }),
  }));

export const suspendUserAction = signedInClient
  .metadata({ name: "suspendForumUser", permission: "content.moderate" })
  .inputSchema(suspendSchema)
  .action(async ({ parsedInput, ctx }) => ({
    suspendedUntil: await suspendUser(ctx.actor, parsedInput, ctx.meta),
  }));

export const liftSuspensionAction = signedInClient
  .metadata({ name: "liftForumSuspension", permission: "content.moderate" })
  .inputSchema(liftSuspensionSchema)
  .action(async ({ parsedInput, ctx }) => ({
    lifted: await liftSuspensions(ctx.actor, parsedInput.userId, ctx.meta),
  }));

export const saveBlockedWordsAction = signedInClient
  .metadata({ name: "saveForumBlockedWords", permission: "forum.manage" })
  .inputSchema(blockedWordsSchema)
  .action(async ({ parsedInput, ctx }) => {
    await saveBlockedWords(ctx.actor.id, parsedInput.patterns, ctx.meta);
    return { saved: parsedInput.patterns.length };
  });

export const splitThreadAction = signedInClient
  .metadata({ name: "splitForumThread", permission: "content.moderate" })
  .inputSchema(splitThreadSchema)
  .action(async ({ parsedInput, ctx }) => splitThread(ctx.actor, parsedInput, ctx.meta));

export const mergeThreadsAction = signedInClient
  .metadata({ name: "mergeForumThreads", permission: "content.moderate" })
  .inputSchema(mergeThreadsSchema)
  .action(async ({ parsedInput, ctx }) =>
    mergeThreads(
      ctx.actor,
      { threadId: parsedInput.threadId, intoThreadId: parsedInput.intoThread, reason: parsedInput.reason },
      ctx.meta,
    ),
  );
