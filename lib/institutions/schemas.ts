// Input schemas of institutions. Messages are keys under `forms.errors`.
import { z } from "zod";
import { InstitutionRole } from "@/lib/generated/prisma/enums";
import { recordId } from "@/lib/validation/record-id";

const id = recordId;
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
