// What a correction request names (design §2.6): whole sections of the template
// (the official says in the message what to fix inside one) and attachment
// requirements (per applicant when the requirement is per applicant). Pure: the
// request form, the editor and the server read the same schema.
import { z } from "zod";
import { offerSectionKeySchema, type OfferSectionKey } from "@/lib/offers/document/schema";

export const correctionPartSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("section"), key: offerSectionKeySchema }).strict(),
  z
    .object({
      kind: z.literal("attachment"),
      requirementId: z.string().min(1).max(64),
      organisationId: z.string().min(1).max(64).optional(),
    })
    .strict(),
]);

export type CorrectionPart = z.infer<typeof correctionPartSchema>;

/** A request names at least one part, each once. */
export const correctionPartsSchema = z
  .array(correctionPartSchema)
  .min(1)
  .max(50)
  .refine((parts) => new Set(parts.map(partId)).size === parts.length, { message: "DUPLICATE_PART" });

/** A stable identity of a part, for duplicates and for comparing requests. */
export function partId(part: CorrectionPart): string {
  return part.kind === "section"
    ? `section:${part.key}`
    : `attachment:${part.requirementId}:${part.organisationId ?? ""}`;
}

/** The sections a request names, in the order given. */
export function namedSectionKeys(parts: readonly CorrectionPart[]): OfferSectionKey[] {
  return parts.flatMap((part) => (part.kind === "section" ? [part.key] : []));
}
