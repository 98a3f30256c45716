// An organisation's partnership profile as its owners and editors edit it:
// what it offers and needs (codes from lib/partnerships), its working
// languages, free tags and past projects with their partners. Safe to import
// in the browser. Messages are keys under `forms.errors`.
import { z } from "zod";
import { competences, knownCodes, resources } from "@/lib/partnerships/capabilities";
import { isLanguageCode } from "@/lib/partnerships/languages";
import { recordId } from "@/lib/validation/record-id";

export const MAX_TAGS = 15;
export const MAX_TAG_LENGTH = 40;
export const MAX_LANGUAGES = 20;
export const MAX_PAST_PROJECTS = 20;
export const MAX_PROJECT_PARTNERS = 15;
export const PROJECT_TITLE_MAX = 200;
export const PROJECT_DESCRIPTION_MAX = 1000;
export const PARTNER_NAME_MAX = 200;
/** Earliest year of a past project: the sector as it is now took shape after 1989. */
export const FIRST_PROJECT_YEAR = 1989;
/** A project running now may be planned a few years ahead. */
export const PROJECT_YEARS_AHEAD = 5;

// Control characters (other than a line break) and stray formatting marks
// have no place in plain text shown to others.
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** User text kept as plain text: NFC, line breaks as \n, tabs as spaces, no control characters, trimmed. */
export function plainText(value: string): string {
  return value.normalize("NFC").replace(/\r\n?/g, "\n").replace(/\t/g, " ").replace(CONTROL, "").trim();
}

/** One line of plain text: inner runs of white space become one space. */
const oneLine = (value: string) => plainText(value).replace(/\s+/g, " ");

/** A tag as stored: one line, no leading '#', lower case (Polish rules), single spaces. */
export function normaliseTag(raw: string): string {
  return oneLine(raw)
    .replace(/^#+\s*/, "")
    .toLocaleLowerCase("pl");
}

/** The tags typed in one field, separated by commas, semicolons or new lines: normalised, without repeats. */
export function splitTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;\n]/)
        .map(normaliseTag)
        .filter(Boolean),
    ),
  ];
}

// Letters and digits, with spaces, hyphens, dots, apostrophes, plus and ampersand inside ("c++", "r&d", "3d").
const TAG = /^[\p{L}\p{N}](?:[\p{L}\p{N} .'&+-]*[\p{L}\p{N}+])?$/u;

/** What is wrong with the typed tags, or null. */
export function tagProblem(text: string): string | null {
  const tags = splitTags(text);
  if (tags.length > MAX_TAGS) return "partnershipTooManyTags";
  if (tags.some((tag) => tag.length > MAX_TAG_LENGTH)) return "partnershipTagTooLong";
  if (tags.some((tag) => tag.length < 2 || !TAG.test(tag))) return "partnershipTagInvalid";
  return null;
}

/** Codes of one controlled list; unknown codes are refused, repeats dropped, the list's order kept. */
const codesOf = <Code extends string>(list: readonly [Code, ...Code[]], message: string) =>
  z
    .array(z.enum(list, { error: message }))
    .max(list.length * 2, message)
    .transform((codes) => knownCodes(list, codes));

const yearText = z
  .string()
  .trim()
  .regex(/^\d{4}$/, "partnershipProjectYearInvalid")
  .transform(Number);

const partnerSchema = z.object({
  name: z
    .string()
    .transform(oneLine)
    .pipe(z.string().min(2, "partnershipPartnerNameTooShort").max(PARTNER_NAME_MAX, "partnershipPartnerNameTooLong")),
  /** The partner's organisation on the platform, chosen from the directory; empty when it is not on it. */
  organisationId: z.union([z.literal(""), recordId]).transform((id) => id || null),
});

const pastProjectSchema = z
  .object({
    title: z
      .string()
      .transform(oneLine)
      .pipe(
        z.string().min(3, "partnershipProjectTitleTooShort").max(PROJECT_TITLE_MAX, "partnershipProjectTitleTooLong"),
      ),
    yearFrom: yearText,
    yearTo: yearText,
    description: z
      .string()
      .transform(plainText)
      .pipe(z.string().max(PROJECT_DESCRIPTION_MAX, "partnershipProjectDescriptionTooLong"))
      .transform((text) => text || null),
    partners: z.array(partnerSchema).max(MAX_PROJECT_PARTNERS, "partnershipTooManyPartners"),
  })
  .superRefine((project, ctx) => {
    const lastYear = new Date().getFullYear() + PROJECT_YEARS_AHEAD;
    for (const field of ["yearFrom", "yearTo"] as const) {
      if (project[field] < FIRST_PROJECT_YEAR || project[field] > lastYear)
        ctx.addIssue({ code: "custom", path: [field], message: "partnershipProjectYearInvalid" });
    }
    if (project.yearTo < project.yearFrom)
      ctx.addIssue({ code: "custom", path: ["yearTo"], message: "partnershipProjectYearsReversed" });
  });

export const partnershipProfileSchema = z.object({
  openToPartnerships: z.boolean(),
  offeredCompetences: codesOf(competences, "partnershipCodeUnknown"),
  neededCompetences: codesOf(competences, "partnershipCodeUnknown"),
  offeredResources: codesOf(resources, "partnershipCodeUnknown"),
  neededResources: codesOf(resources, "partnershipCodeUnknown"),
  workingLanguages: z
    .array(z.string().refine(isLanguageCode, "partnershipLanguageUnknown"))
    .transform((codes) => [...new Set(codes)])
    .pipe(z.array(z.string()).max(MAX_LANGUAGES, "partnershipTooManyLanguages")),
  /** Typed in one field, separated by commas. */
  tags: z
    .string()
    .max(MAX_TAGS * (MAX_TAG_LENGTH + 2), "partnershipTagsTooLong")
    .superRefine((text, ctx) => {
      const problem = tagProblem(text);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .transform(splitTags),
  pastProjects: z.array(pastProjectSchema).max(MAX_PAST_PROJECTS, "partnershipTooManyProjects"),
});
export type PartnershipProfileInput = z.input<typeof partnershipProfileSchema>;
export type PartnershipProfile = z.output<typeof partnershipProfileSchema>;
export type PastProjectInput = PartnershipProfileInput["pastProjects"][number];

export const editPartnershipProfileSchema = z.object({ organisationId: recordId, profile: partnershipProfileSchema });

/** A profile as the form holds it (text in every field): after loading, and after a save, normalised as stored. */
export function profileFormValues(profile: PartnershipProfile): PartnershipProfileInput {
  return {
    ...profile,
    tags: profile.tags.join(", "),
    pastProjects: profile.pastProjects.map((project) => ({
      title: project.title,
      yearFrom: String(project.yearFrom),
      yearTo: String(project.yearTo),
      description: project.description ?? "",
      partners: project.partners.map((partner) => ({
        name: partner.name,
        organisationId: partner.organisationId ?? "",
      })),
    })),
  };
}

/** A new, empty past project as the form adds it. */
export const emptyPastProject = (): PastProjectInput => ({
  title: "",
  yearFrom: "",
  yearTo: "",
  description: "",
  partners: [],
});
