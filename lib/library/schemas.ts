// A library document and its versions as the forms send them, checked the
// same way in the browser and on the server. Messages are keys under
// `forms.errors`.
import { z } from "zod";
import { moderationReasonSchema } from "@/lib/moderation/reason";
import { LibraryDocumentKind, LibraryDocumentStatus } from "@/lib/generated/prisma/enums";
import { RECORD_ID_SOURCE, recordId } from "@/lib/validation/record-id";

export const libraryKinds = Object.values(LibraryDocumentKind);
export const libraryStatuses = Object.values(LibraryDocumentStatus);
/**
 * Kinds only the platform sets: a consultation's report is filed when the
 * consultation's report is published (fileConsultationReport), so no one can
 * take its place in the library with a document of their own.
 */
export const FILED_KINDS: readonly LibraryDocumentKind[] = [LibraryDocumentKind.CONSULTATION_REPORT];
/** The kinds a person may choose in the form. */
export const chosenKinds = libraryKinds.filter((kind) => !FILED_KINDS.includes(kind));

const id = recordId;

/** Who looks after the document: an institution, an organisation (which proposes it), or the platform. */
export const stewardSchema = z
  .string()
  .regex(
    new RegExp(`^(platform|organisation:${RECORD_ID_SOURCE}|institution:${RECORD_ID_SOURCE})$`),
    "libraryStewardRequired",
  );

const documentFieldsObject = z.object({
  title: z.string().trim().min(5, "libraryTitleTooShort").max(300, "libraryTitleTooLong"),
  description: z.string().trim().min(20, "libraryDescriptionTooShort").max(10_000, "libraryDescriptionTooLong"),
  kind: z.enum(LibraryDocumentKind, { error: "libraryKindRequired" }),
  status: z.enum(LibraryDocumentStatus, { error: "libraryStatusRequired" }),
  sphereIds: z.array(z.string().regex(/^[a-z0-9-]{3,40}$/)).max(40),
  territoryCodes: z.array(z.string().regex(/^\d{2}(\d{2}(\d{3})?)?$/)).max(400),
  /** Institutions and organisations that developed it with the steward. */
  developerInstitutionIds: z.array(id).max(100),
  developerOrganisationIds: z.array(id).max(100),
  consultationId: z
    .union([z.literal(""), id])
    .optional()
    .transform((value) => value || null),
});

export type DocumentFieldsInput = z.input<typeof documentFieldsObject>;
export type DocumentFields = z.output<typeof documentFieldsObject>;
export const createDocumentSchema = documentFieldsObject.extend({ steward: stewardSchema });
export const updateDocumentSchema = documentFieldsObject.extend({ documentId: id });
/** What the document form validates: a new document's steward is chosen in it; an edited one's is not shown. */
export const documentFormSchema = documentFieldsObject.extend({ steward: stewardSchema.optional() });
export type DocumentFormInput = z.input<typeof documentFormSchema>;
export const documentIdSchema = z.object({ documentId: id });
/**
 * A moderator's decision names what the queue showed: the document as it
 * stood (its last change) and every version listed; anything since is looked at again.
 */
export const documentDecisionSchema = documentIdSchema.extend({
  shownAt: z.iso.datetime(),
  versionIds: z.array(id).max(200),
});
/** An invited co-developer's answer. */
export const developerAnswerSchema = z.object({ developerId: id, accept: z.boolean() });
export const rejectDocumentSchema = documentDecisionSchema.extend({
  reason: moderationReasonSchema,
});

/** A version's date (a calendar day) and its change note, sent with the file. */
export const versionFieldsSchema = z.object({
  issuedOn: z.iso.date("libraryIssuedOnInvalid"),
  changeNote: z
    .string()
    .trim()
    .max(1000, "libraryChangeNoteTooLong")
    .transform((value) => value || null),
});

/** A document's fields with every optional one empty (seeds, tests). */
export function documentFieldsWith(
  required: Pick<DocumentFields, "title" | "description" | "kind"> & Partial<DocumentFields>,
): DocumentFields {
  return {
    status: "ADOPTED",
    sphereIds: [],
    territoryCodes: [],
    developerInstitutionIds: [],
    developerOrganisationIds: [],
    consultationId: null,
    ...required,
  };
}

/**
 * An organisation's change waiting in a document's `pendingFields`, read back
 * through the same schema (a document saved there passed it); null when there
 * is none.
 */
export function pendingFieldsOf(value: unknown): DocumentFields | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const parsed = documentFieldsObject.safeParse({
    ...value,
    consultationId: (value as { consultationId?: unknown }).consultationId ?? "",
  });
  return parsed.success ? parsed.data : null;
}
