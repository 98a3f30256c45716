// Inputs of the office's confirmation actions and of the upload's form field.
import { z } from "zod";
import { recordId } from "@/lib/validation/record-id";

/** The channels an applicant uploads through; paper is recorded by the office. */
export const UPLOAD_CHANNELS = ["QUALIFIED_SIGNATURE", "TRUSTED_PROFILE", "PERSONAL_SIGNATURE"] as const;
export type UploadChannel = (typeof UPLOAD_CHANNELS)[number];
export const uploadChannelSchema = z.enum(UPLOAD_CHANNELS);

const signer = z.object({ name: z.string().trim().min(1).max(200), function: z.string().trim().max(200).default("") });

export const recordPaperSchema = z.object({
  offerId: recordId,
  /** The day it reached the office, "YYYY-MM-DD" (Polish calendar day). */
  receivedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "invalidDate"),
  signers: z.array(signer).max(20).default([]),
});

export const decideConfirmationSchema = z
  .object({
    confirmationId: recordId,
    accept: z.boolean(),
    reason: z.string().trim().max(2000).default(""),
  })
  // A rejection says why: the applicants must know what to send instead.
  .refine((input) => input.accept || input.reason.length > 0, { path: ["reason"], message: "required" });
