"use server";

import { parseAuthorChoice } from "@/lib/auth/authors";
import { withFieldErrors } from "@/lib/rule-errors/field-rules";
import { refusedByRules } from "@/lib/rule-errors/refusals";
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
import { actionClient, signedInActor } from "@/lib/safe-action";

// Adding is "library.write" (everyone signed in); for which institution,
// organisation or the platform is checked in lib/library against the document
// found on the server (lib/library/stewards.ts). Accepting proposals is "content.moderate".
// Answering an invitation to be named as a co-developer is checked the same
// way against the invited office or organisation (lib/library/developers.ts).

export const createDocumentAction = actionClient
  .metadata({ name: "createLibraryDocument", permission: "library.write" })
  .inputSchema(createDocumentSchema)
  .action(async ({ parsedInput: { steward, ...fields }, ctx }) =>
    withFieldErrors(createDocumentSchema, () =>
      createDocument(signedInActor(ctx.actor, "library"), parseAuthorChoice(steward), fields, { ip: ctx.ip }),
    ),
  );

export const updateDocumentAction = actionClient
  .metadata({ name: "updateLibraryDocument", permission: "library.write" })
  .inputSchema(updateDocumentSchema)
  .action(async ({ parsedInput: { documentId, ...fields }, ctx }) =>
    withFieldErrors(updateDocumentSchema, () =>
      updateDocument(signedInActor(ctx.actor, "library"), documentId, fields, { ip: ctx.ip }),
    ),
  );

export const acceptDocumentAction = actionClient
  .metadata({ name: "acceptLibraryDocument", permission: "content.moderate" })
  .inputSchema(documentDecisionSchema)
  .action(async ({ parsedInput: { documentId, ...shown }, ctx }) =>
    refusedByRules<{ accepted: true }, LibraryModerationRefusal>(async () => {
      await acceptDocument(signedInActor(ctx.actor, "library"), documentId, shown, { ip: ctx.ip });
      return { accepted: true as const };
    }),
  );

export const rejectDocumentAction = actionClient
  .metadata({ name: "rejectLibraryDocument", permission: "content.moderate" })
  .inputSchema(rejectDocumentSchema)
  .action(async ({ parsedInput: { documentId, reason, ...shown }, ctx }) =>
    refusedByRules<{ rejected: true }, LibraryModerationRefusal>(async () => {
      await rejectDocument(signedInActor(ctx.actor, "library"), documentId, reason, shown, { ip: ctx.ip });
      return { rejected: true as const };
    }),
  );

export const answerDeveloperInvitationAction = actionClient
  .metadata({ name: "answerLibraryDeveloperInvitation", permission: "library.write" })
  .inputSchema(developerAnswerSchema)
  .action(async ({ parsedInput, ctx }) => {
    await answerInvitation(signedInActor(ctx.actor, "library"), parsedInput.developerId, parsedInput.accept, {
      ip: ctx.ip,
    });
    return { answered: true as const };
  });
