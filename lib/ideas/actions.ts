"use server";

import { AppError } from "@/lib/errors";
import { removeIdeaAttachment } from "@/lib/ideas/files";
import { approveIdea, hideIdea, rejectIdea, setIdeaSettings, type IdeaModerationRefusal } from "@/lib/ideas/moderation";
import { createIdea, updateIdea, type IdeaRefusal } from "@/lib/ideas/mutations";
import {
  createIdeaSchema,
  decideIdeaSchema,
  hideIdeaSchema,
  ideaSettingsSchema,
  rejectIdeaSchema,
  removeIdeaAttachmentSchema,
  updateIdeaSchema,
} from "@/lib/ideas/schemas";
import type { MayRefuse } from "@/lib/rule-errors/refusals";
import { signedInClient } from "@/lib/safe-action";

// Writing is "ideas.write" (everyone signed in); for which organisation, and
// to which office, is checked in lib/ideas against the database. Moderation
// is "content.moderate"; the board's settings "ideas.configure".

export const createIdeaAction = signedInClient
  .metadata({ name: "createIdea", permission: "ideas.write" })
  .inputSchema(createIdeaSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<Awaited<ReturnType<typeof createIdea>>, IdeaRefusal> =>
    createIdea(ctx.actor, parsedInput, ctx.meta),
  );

export const updateIdeaAction = signedInClient
  .metadata({ name: "updateIdea", permission: "ideas.write" })
  .inputSchema(updateIdeaSchema)
  .action(
    async ({ parsedInput: { ideaId, ...fields }, ctx }): MayRefuse<{ slug: string; held: boolean }, IdeaRefusal> =>
      updateIdea(ctx.actor, ideaId, fields, ctx.meta),
  );

export const removeIdeaAttachmentAction = signedInClient
  .metadata({ name: "removeIdeaAttachment", permission: "ideas.write" })
  .inputSchema(removeIdeaAttachmentSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ removed: true }, IdeaRefusal> => {
    if (!(await removeIdeaAttachment(ctx.actor, parsedInput.ideaId, parsedInput.attachmentId)))
      throw new AppError("NOT_FOUND", "removeIdeaAttachment");
    return { removed: true };
  });

export const approveIdeaAction = signedInClient
  .metadata({ name: "approveIdea", permission: "content.moderate" })
  .inputSchema(decideIdeaSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ approved: true }, IdeaModerationRefusal> => {
    await approveIdea(ctx.actor, parsedInput.ideaId, parsedInput.shown, ctx.meta);
    return { approved: true };
  });

export const rejectIdeaAction = signedInClient
  .metadata({ name: "rejectIdea", permission: "content.moderate" })
  .inputSchema(rejectIdeaSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ rejected: true }, IdeaModerationRefusal> => {
    await rejectIdea(ctx.actor, parsedInput.ideaId, parsedInput.shown, parsedInput.reason, ctx.meta);
    return { rejected: true };
  });

export const hideIdeaAction = signedInClient
  .metadata({ name: "hideIdea", permission: "content.moderate" })
  .inputSchema(hideIdeaSchema)
  .action(async ({ parsedInput, ctx }): MayRefuse<{ hidden: true }, IdeaModerationRefusal> => {
    await hideIdea(ctx.actor, parsedInput.ideaId, parsedInput.reason, ctx.meta);
    return { hidden: true };
  });

export const setIdeaSettingsAction = signedInClient
  .metadata({ name: "setIdeaSettings", permission: "ideas.configure" })
  .inputSchema(ideaSettingsSchema)
  .action(async ({ parsedInput, ctx }) => {
    await setIdeaSettings(ctx.actor, parsedInput, ctx.meta);
    return { saved: true as const };
  });
