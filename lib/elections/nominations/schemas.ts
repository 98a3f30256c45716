// What representatives, candidates and the commission send about nominations,
// checked the same way in the browser and on the server. Messages are keys
// under `forms.errors`.
import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { RECORD_ID, recordId } from "@/lib/validation/record-id";

const id = recordId;
export const MAX_STATEMENT = 1500;
export const MAX_RECOMMENDERS = 30;

export const nominateSchema = z.object({
  electionId: id,
  organisationId: id,
  areaId: z.union([id, z.literal("")]).transform((value) => value || null),
  candidateName: z.string().trim().min(3, "candidateNameTooShort").max(200, "candidateNameTooLong"),
  candidateEmail: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "emailInvalid")
    .refine((value) => z.email().safeParse(value).success, "emailInvalid"),
  statement: z.string().trim().min(20, "candidateStatementTooShort").max(MAX_STATEMENT, "candidateStatementTooLong"),
  recommendingOrganisationIds: z.array(id).max(MAX_RECOMMENDERS, "tooManyRecommenders"),
  /** The photo uploaded beforehand (lib/elections/candidate-photos.ts), or "" for none. */
  photoId: z
    .union([z.string().regex(RECORD_ID, "candidatePhotoInvalid"), z.literal("")])
    .optional()
    .transform((value) => value || null),
  /** The language the candidate's e-mail is written in: the nominator's. */
  locale: z.enum(locales),
});
export type NominateInput = z.input<typeof nominateSchema>;
/**
 * What the nomination form holds: the recommending organisations as picked
 * (id, name and seat, to show them); their ids are sent, and judged, on sending.
 */
export const nominationFormSchema = nominateSchema.omit({ recommendingOrganisationIds: true }).extend({
  recommenders: z.array(z.object({ id: z.string(), name: z.string(), seat: z.string().nullable() })),
});
export type NominationFormInput = z.input<typeof nominationFormSchema>;

export const consentDecisionSchema = z.object({
  consent: z.boolean(),
  /** Agreeing that the statement is published with the name. */
  bioPublicationConsent: z.boolean(),
});
export const consentByTokenSchema = consentDecisionSchema.extend({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "linkInvalid"),
});
export const consentAsCandidateSchema = consentDecisionSchema.extend({ nominationId: id });

export const recommendSchema = z.object({ nominationId: id, organisationId: id, confirm: z.boolean() });
export const nominationIdSchema = z.object({ nominationId: id });

export const NOMINATION_DECISIONS = ["ACCEPTED", "REJECTED"] as const;
export const decideNominationSchema = z
  .object({
    nominationId: id,
    decision: z.enum(NOMINATION_DECISIONS, { error: "nominationDecisionRequired" }),
    reason: z.string().trim().max(2000, "reasonTooLong"),
  })
  .superRefine((value, context) => {
    if (value.decision === "REJECTED" && value.reason.length < 10)
      context.addIssue({ code: "custom", path: ["reason"], message: "rejectionReasonRequired" });
  });
export type DecideNominationInput = z.input<typeof decideNominationSchema>;
