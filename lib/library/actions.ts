"use server";

import { parseAuthorChoice } from "@/lib/auth/authors";
import type { MayRefuse } from "@/lib/rule-errors/refusals";
import { answerInvitation } from "@/lib/library/developers";
import { acceptDocument, rejectDocument, type LibraryModerationRefusal } from "@/lib/library/moderation";
import { createDocument, updateDocument } from "@/lib/library/mutations";
import {
  createDocumentSchema,
  developerAnswerSchema,
  documentDecisionSchema,
  rejectDocumentSchema,
  updateDocumentSchema,
} from "@/lib/library/schemas";
import { signedInClient } from "@/lib/safe-action";

// Adding is "library.write" (everyone signed in); for which institution,
// organisation or the platform is checked in lib/library against the document
// found on the server (lib/library/stewards.ts). Accepting proposals is "content.moderate".
// Answering an invitation to be named as a co-developer is checked the same
// way against the invited office or organisation (lib/library/developers.ts).

export const createDocumentAction = signedInClient
  .metadata({ name: "createLibraryDocument", permission: "library.write" })
  .inputSchema(createDocumentSchema)
  .action(async ({ parsedInput: { steward, ...fields }, ctx }) =>
    createDocument(ctx.actor, parseAuthorChoice(steward), fields, ctx.meta),
  );

export const updateDocumentAction = signedInClient
  .metadata({ name: "updateLibraryDocument", permission: "library.write" })
  .inputSchema(updateDocumentSchema)
  .action(async ({ parsedInput: { documentId, ...fields }, ctx }) =>
    updateDocument(ctx.actor, documentId, fields, ctx.meta),
  );

export const acceptDocumentAction = signedInClient
  .metadata({ name: "acceptLibraryDocument", permission: "content.moderate" })
  .inputSchema(documentDecisionSchema)
  .action(
    async ({ parsedInput: { documentId, ...shown }, ctx }): MayRefuse<{ accepted: true }, LibraryModerationRefusal> => {
      await acceptDocument(ctx.actor, documentId, shown, ctx.meta);
      return { accepted: true };
    },
  );

export const rejectDocumentAction = signedInClient
  .metadata({ name: "rejectLibraryDocument", permission: "content.moderate" })
  .inputSchema(rejectDocumentSchema)
  .action(
    async ({
      parsedInput: { documentId, reason, ...shown },
      ctx,
    }): MayRefuse<{ rejected: true }, LibraryModerationRefusal> => {
      await rejectDocument(ctx.actor, documentId, reason, shown, ctx.meta);
      return { rejected: true };
    },
  );

export const answerDeveloperInvitationAction = signedInClient
  .metadata({ name: "answerLibraryDeveloperInvitation", permission: "library.write" })
  .inputSchema(developerAnswerSchema)
  .action(async ({ parsedInput, ctx }) => {
    await answerInvitation(ctx.actor, parsedInput.developerId, parsedInput.accept, {
      ...ctx.meta,
    });
    return { answered: true as const };
  });
