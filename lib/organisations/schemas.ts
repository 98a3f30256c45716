// Input schemas of organisations, shared by the forms and the server actions.
// Messages are keys under `forms.errors`.
import { z } from "zod";
import { LegalForm, OrganisationRole } from "@/lib/generated/prisma/enums";
import { locales } from "@/lib/i18n/locales";
import { normalizeKrs, normalizeNip, normalizeRegon } from "@/lib/organisations/identifiers";
import { recordId } from "@/lib/validation/record-id";

export const legalForms = Object.values(LegalForm);
export const organisationRoles = Object.values(OrganisationRole);

/** Legal forms whose organisations are always entered in KRS (domain.md). */
export const KRS_REGISTERED_FORMS: readonly LegalForm[] = [
  "ASSOCIATION",
  "ASSOCIATION_UNION",
  "FOUNDATION",
  "SOCIAL_COOPERATIVE",
];

/** An optional identifier: empty means none; anything else must pass its checksum. */
function identifier(normalize: (value: string) => string | null, invalid: string) {
  return z
    .string()
    .trim()
    .max(30, invalid)
    .transform((value, ctx) => {
      if (value === "") return null;
      const normalized = normalize(value);
      if (normalized === null) {
        ctx.addIssue({ code: "custom", message: invalid });
        return z.NEVER;
      }
      return normalized;
    });
}

const id = recordId;
const reason = z.string().trim().min(5, "reasonTooShort").max(1000, "reasonTooLong");
/** The refusal form's one field: the reason the person will read. */
export const refusalReasonSchema = z.object({ reason });

export const organisationRecordSchema = z
  .object({
    name: z.string().trim().min(3, "organisationNameTooShort").max(300, "organisationNameTooLong"),
    shortName: z.string().trim().max(80, "shortNameTooLong"),
    legalForm: z.enum(legalForms, "legalFormRequired"),
    krs: identifier(normalizeKrs, "krsInvalid"),
    nip: identifier(normalizeNip, "nipInvalid"),
    regon: identifier(normalizeRegon, "regonInvalid"),
    seatTerritoryCode: z.string().regex(/^\d{7}$/, "seatRequired"),
    sphereIds: z.array(z.string().min(1).max(40)).min(1, "spheresRequired").max(38, "spheresRequired"),
  })
  .superRefine((value, ctx) => {
    if (value.krs === null && KRS_REGISTERED_FORMS.includes(value.legalForm)) {
      ctx.addIssue({ code: "custom", path: ["krs"], message: "krsRequired" });
    }
  });
export type OrganisationRecordInput = z.input<typeof organisationRecordSchema>;
export type OrganisationRecord = z.output<typeof organisationRecordSchema>;

export const editOrganisationSchema = z.object({ organisationId: id, record: organisationRecordSchema });

export const organisationIdSchema = z.object({ organisationId: id });

/** Removing one of the organisation's public documents. */
export const removeOrganisationDocumentSchema = z.object({ organisationId: id, documentId: id });

const requestMessage = z.string().trim().max(1000, "messageTooLong");
/** The request forms' one field: an optional message to those who decide. */
export const requestMessageSchema = z.object({ message: requestMessage });
export const requestToJoinSchema = z.object({ organisationId: id, message: requestMessage });
export type RequestToJoinInput = z.input<typeof requestToJoinSchema>;
export const requestOfficialStatusSchema = z.object({ institutionId: id, message: requestMessage });
export type RequestOfficialStatusInput = z.input<typeof requestOfficialStatusSchema>;

export const decideMembershipRequestSchema = z.discriminatedUnion("decision", [
  z.object({ requestId: id, decision: z.literal("approve") }),
  z.object({ requestId: id, decision: z.literal("refuse"), reason }),
]);
export type DecideMembershipRequestInput = z.input<typeof decideMembershipRequestSchema>;

export const membershipRequestIdSchema = z.object({ requestId: id });

export const changeMemberRoleSchema = z.object({ organisationId: id, userId: id, role: z.enum(organisationRoles) });
export const removeMemberSchema = z.object({ organisationId: id, userId: id });

export const inviteMemberSchema = z.object({
  organisationId: id,
  email: z
    .string()
    .trim()
    .min(1, "emailRequired")
    .max(254, "emailInvalid")
    .pipe(z.email("emailInvalid"))
    .transform((value) => value.toLowerCase()),
  role: z.enum(organisationRoles),
  locale: z.enum(locales),
});
export type InviteMemberInput = z.input<typeof inviteMemberSchema>;

export const invitationIdSchema = z.object({ invitationId: id });
export const acceptInvitationSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "linkInvalid") });

/**
 * Verifying names the facts the administrator was shown (lib/organisations/shown-facts.ts);
 * withdrawing a verification vouches for nothing and needs none.
 */
export const setOrganisationVerifiedSchema = z.discriminatedUnion("verified", [
  z.object({ organisationId: id, verified: z.literal(true), shownFacts: z.string().regex(/^[A-Za-z0-9_-]{43}$/) }),
  z.object({ organisationId: id, verified: z.literal(false) }),
]);

/** The administrators' list of organisations, as its address asks for it; anything malformed falls back to the defaults. */
export const adminOrganisationsFilterSchema = z.object({
  q: z.string().trim().max(300).default("").catch(""),
  unverified: z.enum(["1"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type AdminOrganisationsFilter = z.infer<typeof adminOrganisationsFilterSchema>;
