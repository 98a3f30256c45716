// A document on an organisation's profile as its form sends it, checked the
// same way in the browser and on the server. Messages are keys under `forms.errors`.
import { z } from "zod";
import { OrganisationDocumentKind } from "@/lib/generated/prisma/enums";

export const organisationDocumentKinds = Object.values(OrganisationDocumentKind);
export const MAX_ORGANISATION_DOCUMENT_BYTES = 20 * 1024 * 1024;

export const organisationDocumentSchema = z.object({
  kind: z.enum(OrganisationDocumentKind, { error: "documentKindRequired" }),
  title: z.string().trim().min(2, "documentTitleTooShort").max(200, "documentTitleTooLong"),
  year: z
    .string()
    .trim()
    .refine(
      (value) =>
        value === "" ||
        (/^\d{4}$/.test(value) && Number(value) >= 1900 && Number(value) <= new Date().getFullYear() + 1),
      "documentYearInvalid",
    )
    .transform((value) => (value === "" ? null : Number(value))),
});

export type OrganisationDocumentInput = z.input<typeof organisationDocumentSchema>;
