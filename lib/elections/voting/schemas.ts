// What voters and owners send, checked in the browser and on the server.
import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { recordId } from "@/lib/validation/record-id";

const id = recordId;

export const voteCodeRequestSchema = z.object({ electionId: id, organisationId: id, locale: z.enum(locales) });
export const castBallotSchema = z.object({
  electionId: id,
  organisationId: id,
  choices: z.array(id).min(1, "ballotEmpty").max(50),
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "voteCodeFormat"),
  /** The e-mailed code, or the app of the voter's second factor. */
  method: z.enum(["email", "totp"]).default("email"),
});
export type CastBallotInput = z.input<typeof castBallotSchema>;
export const designateVoterSchema = z.object({
  electionId: id,
  organisationId: id,
  userId: z.union([id, z.literal("")]).transform((value) => value || null),
});
export const electionIdOnlySchema = z.object({ electionId: id });
