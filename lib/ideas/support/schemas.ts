// A support as the panel's buttons send it: the entry, oneself or an
// organisation one acts for, and the browser's key of the click (a double
// click sends the same key twice and gives one support). Client-safe.
import { z } from "zod";
import { actingForSchema } from "@/lib/auth/acting-as-schema";
import { recordId } from "@/lib/validation/record-id";

/** A key the browser makes for one click (crypto.randomUUID()). */
export const supportKeySchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "notFound");

export const supportIdeaSchema = z.object({
  ideaId: recordId,
  /** An organisation's id, or oneself as null/"". */
  actingFor: actingForSchema,
  submissionKey: supportKeySchema,
});
export type SupportIdeaInput = z.input<typeof supportIdeaSchema>;

export const withdrawIdeaSupportSchema = z.object({
  ideaId: recordId,
  actingFor: actingForSchema,
});
export type WithdrawIdeaSupportInput = z.input<typeof withdrawIdeaSupportSchema>;
