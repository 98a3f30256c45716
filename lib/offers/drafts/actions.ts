"use server";

// The server actions of drafting. The organisation whose offers.prepare is
// checked is found on the server: the one the person drafts for when
// starting (it must exist), else the offer's applicant in which they hold the
// role (the lead's when none: then the check refuses). Co-applicants are
// changed in the lead's scope only.
import { z } from "zod";
import { searchDirectoryPage } from "@/lib/directory/search";
import { removeOfferAttachment } from "@/lib/offers/attachments/files";
import type { SaveOutcome } from "@/lib/offers/drafts/conflicts";
import { addCoApplicant, removeCoApplicant, type CoApplicantRefusal } from "@/lib/offers/co-applicants/mutations";
import { createOfferDraft, saveOfferSections, type CreateOfferRefusal } from "@/lib/offers/drafts/mutations";
import { coApplicantSchema, createOfferSchema, saveSectionsSchema } from "@/lib/offers/drafts/schemas";
import { offerLeadScope, offerPrepareScope, organisationScope } from "@/lib/offers/drafts/scope";
import type { MayRefuse } from "@/lib/rule-errors/refusals";
import { scopedAction } from "@/lib/safe-action";

export const createOfferDraftAction = scopedAction(
  { name: "createOfferDraft", permission: "offers.prepare" },
  createOfferSchema,
  (input) => organisationScope(input.organisationId),
  async ({ parsedInput, ctx }): MayRefuse<{ offerId: string }, CreateOfferRefusal> =>
    createOfferDraft(parsedInput, ctx.actor),
);

export const saveOfferSectionsAction = scopedAction(
  // The editor shows the saved state itself; a re-rendered page would reset what is being typed.
  // Drafts are seen by their applicants only: a save leaves visitors' cached pages alone (it runs every few seconds).
  { name: "saveOfferSections", permission: "offers.prepare", refresh: "never", writes: "personal" },
  saveSectionsSchema,
  (input) => offerPrepareScope(input.offerId),
  async ({ parsedInput, ctx }): MayRefuse<SaveOutcome, "OFFER_NOT_DRAFT" | "DEADLINE_PASSED"> =>
    saveOfferSections(parsedInput.offerId, parsedInput.sections, ctx.actor),
);

export const addCoApplicantAction = scopedAction(
  { name: "addOfferCoApplicant", permission: "offers.prepare" },
  coApplicantSchema,
  (input) => offerLeadScope(input.offerId),
  async ({ parsedInput, ctx }): MayRefuse<void, CoApplicantRefusal> =>
    addCoApplicant(parsedInput.offerId, parsedInput.organisationId, ctx.actor),
);

export const removeCoApplicantAction = scopedAction(
  { name: "removeOfferCoApplicant", permission: "offers.prepare" },
  coApplicantSchema,
  (input) => offerLeadScope(input.offerId),
  async ({ parsedInput, ctx }): MayRefuse<void, CoApplicantRefusal> =>
    removeCoApplicant(parsedInput.offerId, parsedInput.organisationId, ctx.actor),
);

/**
 * Verified organisations matching a name, for choosing co-applicants; asked
 * for the organisation the person drafts for. Reads only: nothing is
 * refreshed or dropped from the cache.
 */
export const findCoApplicantsAction = scopedAction(
  { name: "findOfferCoApplicants", permission: "offers.prepare", refresh: "never", writes: "personal" },
  z.object({ organisationId: z.string().min(1).max(64), q: z.string().trim().min(2).max(200) }),
  // Looked up like every scope, not taken from the input (security review L4).
  (input) => organisationScope(input.organisationId),
  async ({ parsedInput }) => {
    const found = await searchDirectoryPage({ q: parsedInput.q, verified: true }, 10);
    return found
      .filter((item) => item.id !== parsedInput.organisationId)
      .map((item) => ({ id: item.id, name: item.name, seatName: item.seatName, krs: item.krs }));
  },
);

export const removeOfferAttachmentAction = scopedAction(
  { name: "removeOfferAttachment", permission: "offers.prepare", writes: "personal" },
  z.object({ offerId: z.string().min(1).max(64), attachmentId: z.string().min(1).max(64) }),
  (input) => offerPrepareScope(input.offerId),
  async ({ parsedInput, ctx }): MayRefuse<void, "OFFER_NOT_DRAFT" | "ATTACHMENT_NOT_FOUND" | "ATTACHMENT_SUBMITTED"> =>
    removeOfferAttachment(ctx.actor, parsedInput.offerId, parsedInput.attachmentId),
);
