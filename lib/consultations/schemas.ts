// A consultation as the official's form sends it, checked the same way in the
// browser and on the server. Dates are Polish local time ("2026-12-01T09:00").
// Messages are keys under `forms.errors`.
import { z } from "zod";
import { ConsultationAudience, ConsultationKind, RemarkPublication } from "@/lib/generated/prisma/enums";
import { polishLocalToDate } from "@/lib/time/polish-local";
import { recordId } from "@/lib/validation/record-id";

export const consultationKinds = Object.values(ConsultationKind);
export const consultationAudiences = Object.values(ConsultationAudience);
export const remarkPublications = Object.values(RemarkPublication);
export const splitModes = ["auto", "legal", "paragraphs"] as const;
export const MAX_SOURCE_TEXT = 300_000;

const id = recordId;

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((value) => value || null);

const localDateTime = (message: string) =>
  z
    .string()
    .trim()
    .refine((value) => polishLocalToDate(value) !== null, message)
    .transform((value) => polishLocalToDate(value)!);

const optionalLocalDateTime = (message: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === "" || polishLocalToDate(value) !== null, message)
    .transform((value) => (value === "" ? null : polishLocalToDate(value)));

const httpUrl = (message: string) =>
  z
    .string()
    .trim()
    .max(500, message)
    .refine((value) => value === "" || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value), message)
    .transform((value) => value || null);

const consultationFieldsObject = z.object({
  title: z.string().trim().min(5, "consultationTitleTooShort").max(300, "consultationTitleTooLong"),
  kind: z.enum(ConsultationKind, { error: "consultationKindRequired" }),
  summary: z.string().trim().min(20, "consultationSummaryTooShort").max(20_000, "consultationSummaryTooLong"),
  legalBasis: optionalText(1000, "legalBasisTooLong"),
  startsAt: localDateTime("consultationStartInvalid"),
  endsAt: localDateTime("consultationEndInvalid"),
  audience: z.enum(ConsultationAudience),
  remarkPublication: z.enum(RemarkPublication),
  meetingAt: optionalLocalDateTime("meetingAtInvalid"),
  meetingPlace: optionalText(300, "meetingPlaceTooLong"),
  meetingUrl: httpUrl("websiteInvalid"),
  contactPerson: optionalText(200, "contactPersonTooLong"),
  contactEmail: z
    .string()
    .trim()
    .max(254, "emailInvalid")
    .refine((value) => value === "" || z.email().safeParse(value).success, "emailInvalid")
    .transform((value) => value.toLowerCase() || null),
  bipUrl: httpUrl("websiteInvalid"),
  sphereIds: z.array(z.string().regex(/^[a-z0-9-]{3,40}$/)).max(40),
  territoryCodes: z.array(z.string().regex(/^\d{2}(\d{2}(\d{3})?)?$/)).max(400),
  splitMode: z.enum(splitModes),
  sourceText: z.string().max(MAX_SOURCE_TEXT, "sourceTextTooLong"),
});

function endAfterStart<T extends z.ZodType<{ startsAt: Date; endsAt: Date }>>(schema: T) {
  return schema.superRefine((value, context) => {
    if (value.endsAt <= value.startsAt)
      context.addIssue({ code: "custom", path: ["endsAt"], message: "consultationEndBeforeStart" });
  });
}

/** The form's fields, checked in the browser as the server checks them. */
export const consultationFieldsSchema = endAfterStart(consultationFieldsObject);
export type ConsultationFieldsInput = z.input<typeof consultationFieldsObject>;
export type ConsultationFields = z.output<typeof consultationFieldsObject>;

/** The form's fields with the institution (a new consultation) or the consultation (an edit). */
export const createConsultationSchema = endAfterStart(consultationFieldsObject.extend({ institutionId: id }));
export const updateConsultationSchema = endAfterStart(consultationFieldsObject.extend({ consultationId: id }));
export type CreateConsultationInput = z.input<typeof createConsultationSchema>;
export type UpdateConsultationInput = z.input<typeof updateConsultationSchema>;
export const consultationIdSchema = z.object({ consultationId: id });
/** Removing a document from a consultation still in draft. */
export const removeConsultationAttachmentSchema = z.object({ consultationId: id, attachmentId: id });
export const extendConsultationSchema = z.object({
  consultationId: id,
  endsAt: localDateTime("consultationEndInvalid"),
  reason: z.string().trim().min(10, "extensionReasonTooShort").max(1000, "extensionReasonTooLong"),
});

export const finalTextSchema = z.object({
  consultationId: id,
  finalText: z
    .string()
    .max(MAX_SOURCE_TEXT, "sourceTextTooLong")
    .refine((value) => value.trim().length > 0, "finalTextEmpty"),
  splitMode: z.enum(splitModes),
});
export type FinalTextInput = z.input<typeof finalTextSchema>;

/** A consultation's fields with every optional one empty (seeds, tests, imports). */
export function consultationFieldsWith(
  required: Pick<ConsultationFields, "title" | "kind" | "summary" | "startsAt" | "endsAt" | "sourceText"> &
    Partial<ConsultationFields>,
): ConsultationFields {
  return {
    legalBasis: null,
    audience: "ORGANISATIONS",
    remarkPublication: "IMMEDIATELY",
    meetingAt: null,
    meetingPlace: null,
    meetingUrl: null,
    contactPerson: null,
    contactEmail: null,
    bipUrl: null,
    sphereIds: [],
    territoryCodes: [],
    splitMode: "auto",
    ...required,
  };
}
