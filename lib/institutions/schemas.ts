// Input schemas of institutions. Messages are keys under `forms.errors`.
import { z } from "zod";
import { InstitutionRole } from "@/lib/generated/prisma/enums";
import { recordId } from "@/lib/validation/record-id";

const id = recordId;
export const MAX_IDEA_ANSWER_DAYS = 90;
const optional = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((value) => value || null);

export const institutionOfficeSchema = z.object({
  officeName: optional(200, "officeNameTooLong"),
  address: optional(300, "addressTooLong"),
  email: z
    .string()
    .trim()
    .max(254, "emailInvalid")
    .refine((value) => value === "" || z.email().safeParse(value).success, "emailInvalid")
    .transform((value) => value.toLowerCase() || null),
  phone: z
    .string()
    .trim()
    .max(40, "phoneInvalid")
    .refine((value) => value === "" || /^\+?[\d\s()-]{6,}$/.test(value), "phoneInvalid")
    .transform((value) => value || null),
  website: z
    .string()
    .trim()
    .max(300, "websiteInvalid")
    .refine((value) => value === "" || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(value), "websiteInvalid")
    .transform((value) => value || null),
  /**
   * Days for a first answer to entries on the ideas board addressed to the
   * office (lib/ideas/clocks.ts); absent leaves them as they are.
   */
  ideaAnswerDays: z
    .string()
    .trim()
    .regex(/^\d{1,2}$/, "ideaAnswerDaysInvalid")
    .transform(Number)
    .refine((days) => days >= 1 && days <= MAX_IDEA_ANSWER_DAYS, "ideaAnswerDaysInvalid")
    .optional(),
});
export type InstitutionOfficeInput = z.input<typeof institutionOfficeSchema>;
export type InstitutionOffice = z.output<typeof institutionOfficeSchema>;

export const editInstitutionOfficeSchema = z.object({ institutionId: id, office: institutionOfficeSchema });
export const changeOfficialRoleSchema = z.object({
  institutionId: id,
  userId: id,
  role: z.enum(Object.values(InstitutionRole)),
});
export const removeOfficialSchema = z.object({ institutionId: id, userId: id });
