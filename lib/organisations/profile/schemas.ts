// The organisation's profile as it edits it. Messages are keys under `forms.errors`.
import { z } from "zod";
import { ContactKind, ContactVisibility, TargetGroup } from "@/lib/generated/prisma/enums";
import { recordId } from "@/lib/validation/record-id";

const id = recordId;
export const contactKinds = Object.values(ContactKind);
export const contactVisibilities = Object.values(ContactVisibility);

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((value) => value || null);

/** A whole number typed in a field; empty means "not given". */
const optionalCount = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .refine(
      (value) => value === "" || (/^\d{1,8}$/.test(value) && Number(value) >= min && Number(value) <= max),
      message,
    )
    .transform((value) => (value === "" ? null : Number(value)));

const isEmail = (value: string) => z.email().safeParse(value).success;
const isPhone = (value: string) => /^\+?[\d\s()-]{6,}$/.test(value);
const isUrl = (value: string) =>
  /^https:\/\/[^\s/]+\.[^\s]+$/i.test(value) || /^http:\/\/[^\s/]+\.[^\s]+$/i.test(value);

/** What each kind of contact must look like. */
const VALUE_CHECKS: Record<ContactKind, { check: (value: string) => boolean; message: string; max: number }> = {
  EMAIL: { check: isEmail, message: "emailInvalid", max: 254 },
  PHONE: { check: isPhone, message: "phoneInvalid", max: 40 },
  WEBSITE: { check: isUrl, message: "websiteInvalid", max: 300 },
  FACEBOOK: { check: isUrl, message: "websiteInvalid", max: 300 },
  INSTAGRAM: { check: isUrl, message: "websiteInvalid", max: 300 },
  LINKEDIN: { check: isUrl, message: "websiteInvalid", max: 300 },
  YOUTUBE: { check: isUrl, message: "websiteInvalid", max: 300 },
};

const contactSchema = (kind: ContactKind) =>
  z.object({
    value: z
      .string()
      .trim()
      .max(VALUE_CHECKS[kind].max, VALUE_CHECKS[kind].message)
      .refine((value) => value === "" || VALUE_CHECKS[kind].check(value), VALUE_CHECKS[kind].message),
    visibility: z.enum(ContactVisibility),
  });

const personSchema = z.object({
  name: z.string().trim().min(2, "nameTooShort").max(120, "nameTooLong"),
  function: optionalText(120, "functionTooLong"),
  email: z
    .string()
    .trim()
    .max(254, "emailInvalid")
    .refine((value) => value === "" || isEmail(value), "emailInvalid")
    .transform((value) => value.toLowerCase() || null),
  phone: z
    .string()
    .trim()
    .max(40, "phoneInvalid")
    .refine((value) => value === "" || isPhone(value), "phoneInvalid")
    .transform((value) => value || null),
  visibility: z.enum(ContactVisibility),
});

export const MAX_CONTACT_PERSONS = 10;

export const organisationProfileSchema = z.object({
  mission: optionalText(300, "missionTooLong"),
  description: optionalText(20_000, "descriptionTooLong"),
  foundedYear: optionalCount(1800, new Date().getFullYear(), "yearInvalid"),
  membersCount: optionalCount(0, 10_000_000, "countInvalid"),
  volunteersCount: optionalCount(0, 10_000_000, "countInvalid"),
  staffCount: optionalCount(0, 10_000_000, "countInvalid"),
  targetGroups: z.array(z.enum(TargetGroup)).max(contactKinds.length + 20),
  territoryCodes: z.array(z.string().regex(/^(\d{2}|\d{4}|\d{7})$/, "territoryInvalid")).max(300, "territoryInvalid"),
  contacts: z.object(
    Object.fromEntries(contactKinds.map((kind) => [kind, contactSchema(kind)])) as Record<
      ContactKind,
      ReturnType<typeof contactSchema>
    >,
  ),
  persons: z.array(personSchema).max(MAX_CONTACT_PERSONS, "tooManyPersons"),
});
export type OrganisationProfileInput = z.input<typeof organisationProfileSchema>;
export type OrganisationProfile = z.output<typeof organisationProfileSchema>;

export const editOrganisationProfileSchema = z.object({ organisationId: id, profile: organisationProfileSchema });
