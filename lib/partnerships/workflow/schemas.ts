// What the partnership's sides send: which side they act as, and their word.
import { z } from "zod";
import { recordId } from "@/lib/validation/record-id";

export const partnershipSides = ["requester", "partner"] as const;
export type PartnershipSide = (typeof partnershipSides)[number];

const side = z.enum(partnershipSides, { error: "notFound" });

export const confirmPartnershipSchema = z.object({
  partnershipId: recordId,
  side,
  /** "Show this partnership on our public profile." */
  showPublicly: z.boolean(),
});

export const partnershipConsentSchema = confirmPartnershipSchema;

export const endPartnershipSchema = z.object({ partnershipId: recordId, side });

export const completePartnershipSchema = z.object({
  partnershipId: recordId,
  side,
  wouldWorkAgain: z.boolean({ error: "partnershipWouldAgainRequired" }),
  /** "The project ended before its planned end date": required (true) while the request's end date is ahead. */
  endedEarly: z.boolean().default(false),
});
