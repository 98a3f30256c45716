// The "acting as" choice as forms send it; client-safe (no database), so
// browser-side validation uses the same schema as the server.
import { z } from "zod";

/** The form's choice: null (or absent) acts as oneself. */
export const actingForSchema = z
  .string()
  .regex(/^[a-z0-9]{20,40}$/, "notFound")
  .nullable()
  .optional()
  .transform((value) => value ?? null);
