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
  approvePostsSchema,
  moveThreadSchema,
  threadStateSchema,
  suspendSchema,
  liftSuspensionSchema,
  blockedWordsSchema,
  splitThreadSchema,
  mergeThreadsSchema,
  readMarkSchema,
} from "@/lib/forum/schemas";
import { mergeThreads, splitThread } from "@/lib/forum/restructure";
import { withFieldErrors } from "@/lib/rule-errors/field-rules";
import { refusedByRules } from "@/lib/rule-errors/refusals";
import { setWatching } from "@/lib/forum/watching";
import { recordReading } from "@/lib/forum/read-marks";
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
import { actionClient, signedInActor } from "@/lib/safe-action";

// Writing is "forum.post" (everyone signed in); each category's own rule
// (lib/forum/access.ts) is checked in lib/forum/posts.ts against the
// category found on the server.

export const startThreadAction = actionClient
  .metadata({ name: "startForumThread", permission: "forum.post" })
  .inputSchema(startThreadSchema)
  .action(async ({ parsedInput, ctx }) =>
    withFieldErrors(startThreadSchema, () =>
      refusedByRules<{ posted: PostRef }, ForumRefusal>(async () => ({
        posted: await startThread(signedInActor(ctx.actor, "forum"), parsedInput),
      })),
    ),
  );

export const replyAction = actionClient
  .metadata({ name: "replyInForum", permission: "forum.post" })
  .inputSchema(replySchema)
  .action(async ({ parsedInput, ctx }) =>
    withFieldErrors(replySchema, () =>
      refusedByRules<{ posted: PostRef }, ForumRefusal>(async () => ({
        posted: await reply(signedInActor(ctx.actor, "forum"), parsedInput),
      })),
    ),
  );

export const editPostAction = actionClient
  .metadata({ name: "editForumPost", permission: "forum.post" })
  .inputSchema(editPostSchema)
  .action(async ({ parsedInput, ctx }) =>
    withFieldErrors(editPostSchema, () =>
      refusedByRules<{ saved: PostRef }, ForumRefusal>(async () => ({
        saved: await editPost(signedInActor(ctx.actor, "forum"), parsedInput, ctx.ip),
      })),
    ),
  );

export const deletePostAction = actionClient
  .metadata({ name: "deleteForumPost", permission: "forum.post" })
  .inputSchema(postIdSchema)
  .action(async ({ parsedInput, ctx }) =>
    refusedByRules<{ deleted: PostRef }, ForumRefusal>(async () => ({
      deleted: await deletePost(signedInActor(ctx.actor, "forum"), parsedInput.postId, ctx.ip),
    })),
  );

export const toggleHelpfulAction = actionClient
  .metadata({ name: "toggleForumHelpful", permission: "forum.post" })
  .inputSchema(postIdSchema)
  .action(async ({ parsedInput, ctx }) =>
    refusedByRules<{ reaction: { helpful: boolean; count: number } }, ForumRefusal>(async () => ({
      reaction: await toggleHelpful(signedInActor(ctx.actor, "forum"), parsedInput.postId),
    })),
  );

export const createCategoryAction = actionClient
  .metadata({ name: "createForumCategory", permission: "forum.manage" })
  .inputSchema(categoryFieldsSchema)
  .action(async ({ parsedInput, ctx }) =>
    createCategory(parsedInput, { userId: signedInActor(ctx.actor, "forum").id, ip: ctx.ip }),
  );

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

export const watchAction = actionClient
  .metadata({ name: "watchForum", permission: "forum.post" })
  .inputSchema(watchSchema)
  .action(async ({ parsedInput, ctx }) => {
    await setWatching(signedInActor(ctx.actor, "forum"), parsedInput.type, parsedInput.id, parsedInput.watch);
    return { watching: parsedInput.watch };
  });

export const flagPostAction = actionClient
  .metadata({ name: "flagForumPost", permission: "forum.post" })
  .inputSchema(flagSchema)
  .action(async ({ parsedInput, ctx }) =>
    refusedByRules<{ flagged: true }, ModerationRefusal>(async () => {
      await flagPost(signedInActor(ctx.actor, "forum"), parsedInput);
      return { flagged: true as const };
    }),
  );

// Moderation: "content.moderate" (moderators and administrators), checked by the client and again in lib/forum/moderation.ts.
export const hidePostsAction = actionClient
  .metadata({ name: "hideForumPosts", permission: "content.moderate" })
  .inputSchema(hidePostsSchema)
  .action(async ({ parsedInput, ctx }) => ({
    hidden: await hidePosts(signedInActor(ctx.actor, "forum"), parsedInput.postIds, parsedInput.reason, { ip: ctx.ip }),
  }));

export const restorePostsAction = actionClient
  .metadata({ name: "restoreForumPosts", permission: "content.moderate" })
  .inputSchema(moderatePostsSchema)
  .action(async ({ parsedInput, ctx }) => ({
    restored: await restorePosts(signedInActor(ctx.actor, "forum"), parsedInput.postIds, { ip: ctx.ip }),
  }));

export const dismissFlagsAction = actionClient
  .metadata({ name: "dismissForumFlags", permission: "content.moderate" })
  .inputSchema(moderatePostsSchema)
  .action(async ({ parsedInput, ctx }) => ({
    dismissed: await dismissFlags(signedInActor(ctx.actor, "forum"), parsedInput.postIds, { ip: ctx.ip }),
  }));

export const threadStateAction = actionClient
  .metadata({ name: "setForumThreadState", permission: "content.moderate" })
  .inputSchema(threadStateSchema)
  .action(async ({ parsedInput: { threadId, ...change }, ctx }) => {
    await setThreadState(signedInActor(ctx.actor, "forum"), threadId, change, { ip: ctx.ip });
    return { changed: true };
  });

export const moveThreadAction = actionClient
  .metadata({ name: "moveForumThread", permission: "content.moderate" })
  .inputSchema(moveThreadSchema)
  .action(async ({ parsedInput, ctx }) => {
    await moveThread(
      signedInActor(ctx.actor, "forum"),
      parsedInput.threadId,
      parsedInput.categoryId,
      { ip: ctx.ip },
      parsedInput.reason,
    );
    return { moved: true };
  });

export const approvePostsAction = actionClient
  .metadata({ name: "approveForumPosts", permission: "content.moderate" })
  .inputSchema(approvePostsSchema)
  .action(async ({ parsedInput, ctx }) =>
    refusedByRules<{ approved: number }, ApprovalRefusal>(async () => ({
      approved: await approvePosts(signedInActor(ctx.actor, "forum"), parsedInput.postIds, parsedInput.shown, {
        ip: ctx.ip,
      }),
    })),
  );

export const suspendUserAction = actionClient
  .metadata({ name: "suspendForumUser", permission: "content.moderate" })
  .inputSchema(suspendSchema)
  .action(async ({ parsedInput, ctx }) => ({
    suspendedUntil: await suspendUser(signedInActor(ctx.actor, "forum"), parsedInput, { ip: ctx.ip }),
  }));

export const liftSuspensionAction = actionClient
  .metadata({ name: "liftForumSuspension", permission: "content.moderate" })
  .inputSchema(liftSuspensionSchema)
  .action(async ({ parsedInput, ctx }) => ({
    lifted: await liftSuspensions(signedInActor(ctx.actor, "forum"), parsedInput.userId, { ip: ctx.ip }),
  }));

export const saveBlockedWordsAction = actionClient
  .metadata({ name: "saveForumBlockedWords", permission: "forum.manage" })
  .inputSchema(blockedWordsSchema)
  .action(async ({ parsedInput, ctx }) => {
    await saveBlockedWords(signedInActor(ctx.actor, "forum").id, parsedInput.patterns, { ip: ctx.ip });
    return { saved: parsedInput.patterns.length };
  });

export const splitThreadAction = actionClient
  .metadata({ name: "splitForumThread", permission: "content.moderate" })
  .inputSchema(splitThreadSchema)
  .action(async ({ parsedInput, ctx }) => splitThread(signedInActor(ctx.actor, "forum"), parsedInput, { ip: ctx.ip }));

export const mergeThreadsAction = actionClient
  .metadata({ name: "mergeForumThreads", permission: "content.moderate" })
  .inputSchema(mergeThreadsSchema)
  .action(async ({ parsedInput, ctx }) =>
    mergeThreads(
      signedInActor(ctx.actor, "forum"),
      { threadId: parsedInput.threadId, intoThreadId: parsedInput.intoThread, reason: parsedInput.reason },
      { ip: ctx.ip },
    ),
  );

/**
 * The thread page calls this once it is shown (components/forum/read-mark.tsx),
 * with the last post on it: rendering a page writes nothing.
 */
export const markReadAction = actionClient
  .metadata({ name: "markForumThreadRead", permission: "forum.post" })
  .inputSchema(readMarkSchema)
  .action(async ({ parsedInput, ctx }) => {
    await recordReading(signedInActor(ctx.actor, "forum"), parsedInput.threadId, parsedInput.upTo);
    return { marked: true as const };
  });
