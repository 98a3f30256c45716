// Input schemas of notification actions ("use server" files export only actions).
import { z } from "zod";

/** An empty choice means "any" for that part of the topic. */
const optionalId = z
  .string()
  .max(40)
  .transform((value) => value || null);

export const followTopicSchema = z.object({
  sphereId: optionalId,
  territoryCode: optionalId,
  institutionId: optionalId,
});
