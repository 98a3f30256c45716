// The "acting as" choice as forms send it; client-safe (no database), so
// browser-side validation uses the same schema as the server.
import { z } from "zod";
import { recordId } from "@/lib/validation/record-id";

/**
 * The form's choice: an organisation's id, or oneself as null, absent or ""
 * (the radio button for oneself, and the value a form holds when the person
 * has no organisations and no choice is shown).
 */
export const actingForSchema = z
  .union([z.literal(""), recordId])
  .nullable()
  .optional()
  .transform((value) => value || null);
