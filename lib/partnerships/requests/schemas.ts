// A partner request as its form sends it, checked the same way in the browser
// and on the server. Messages are keys under `forms.errors` (prefixed
// "partnerRequest"), as every form's field errors are. Rules that need the
// database (the longest reply period, known spheres and territories, the
// author's seat for a radius) are checked in mutations.ts.
import { z } from "zod";
import { LegalForm, PartnerRole } from "@/lib/generated/prisma/enums";
import { moderationReasonSchema } from "@/lib/moderation/reason";
import { competences, resources } from "@/lib/partnerships/capabilities";
import { PARTY_CHOICE } from "@/lib/partnerships/party";
import { plainText } from "@/lib/partnerships/profile/schemas";
import { parseDay } from "@/lib/partnerships/requests/dates";
import { recordId } from "@/lib/validation/record-id";

export const partnerRoles = Object.values(PartnerRole);
export const legalForms = Object.values(LegalForm);
export const MAX_TITLE = 200;
export const MAX_INITIATIVE = 10_000;
export const MAX_GIVES_GETS = 3_000;
export const MAX_NOTE = 1_000;
export const MAX_PARTNERS = 20;
export const MAX_RADIUS_KM = 200;

/** Where partners are sought: the whole region, chosen gminas or powiats, or a distance from the author's seat. */
export const partnerAreas = ["REGION", "TERRITORIES", "RADIUS"] as const;

const text = (min: number, max: number, short: string, long: string) =>
  z.string().transform(plainText).pipe(z.string().min(min, short).max(max, long));

const optionalText = (max: number, long: string) =>
  z
    .string()
    .transform(plainText)
    .pipe(z.string().max(max, long))
    .transform((value) => value || null);

/** A whole number typed in a field, or nothing: "" is null. */
const optionalWhole = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === "" || (/^\d{1,4}$/.test(value) && +value >= min && +value <= max), message)
    .transform((value) => (value === "" ? null : Number(value)));

// Each date field says which date it wants, so the error summary's lines can be told apart.
const day = (message: string) =>
  z
    .string()
    .trim()
    .refine((value) => parseDay(value) !== null, message);
const optionalDay = (message: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === "" || parseDay(value) !== null, message)
    .transform((value) => value || null);
const closingDay = day("partnerRequestRepliesCloseOnInvalid");

const callUrl = z
  .string()
  .trim()
  .refine((value) => {
    if (value === "") return true;
    try {
      const url = new URL(value);
      return url.protocol === "https:" && url.hostname.includes(".");
    } catch {
      return false;
    }
  }, "partnerRequestCallUrlInvalid")
  .refine((value) => value.length <= 500, "partnerRequestCallUrlInvalid")
  .transform((value) => value || null);

const codes = <Code extends string>(list: readonly [Code, ...Code[]]) =>
  z.array(z.enum(list, { error: "partnerRequestCodeUnknown" })).transform((values) => [...new Set(values)]);

const fieldsObject = z.object({
  title: text(5, MAX_TITLE, "partnerRequestTitleTooShort", "partnerRequestTitleTooLong"),
  initiative: z
    .string()
    .trim()
    .min(20, "partnerRequestInitiativeTooShort")
    .max(MAX_INITIATIVE, "partnerRequestInitiativeTooLong"),
  callName: optionalText(300, "partnerRequestCallNameTooLong"),
  callUrl,
  roles: z
    .array(z.enum(PartnerRole, { error: "partnerRequestRoleRequired" }))
    .min(1, "partnerRequestRoleRequired")
    .transform((values) => [...new Set(values)]),
  partnerLegalForms: z
    .array(z.enum(LegalForm, { error: "partnerRequestLegalFormUnknown" }))
    .transform((values) => [...new Set(values)]),
  requiresPublicBenefit: z.boolean(),
  welcomesLocalGovernment: z.boolean(),
  sphereIds: z
    .array(z.string().regex(/^[a-z0-9-]{3,40}$/, "partnerRequestSphereUnknown"))
    .max(40, "partnerRequestSphereUnknown")
    .transform((values) => [...new Set(values)]),
  area: z.enum(partnerAreas),
  // Gminas (7 digits) and powiats (4 digits) of the region; the region itself is the "REGION" area.
  territoryCodes: z
    .array(z.string().regex(/^\d{4}(\d{3})?$/, "partnerRequestTerritoryUnknown"))
    .max(100, "partnerRequestTerritoryUnknown")
    .transform((values) => [...new Set(values)]),
  radiusKm: optionalWhole(1, MAX_RADIUS_KM, "partnerRequestRadiusInvalid"),
  neededCompetences: codes(competences),
  neededResources: codes(resources),
  offeredCompetences: codes(competences),
  offeredResources: codes(resources),
  partnerGives: text(10, MAX_GIVES_GETS, "partnerRequestGivesTooShort", "partnerRequestGivesTooLong"),
  partnerGets: text(10, MAX_GIVES_GETS, "partnerRequestGetsTooShort", "partnerRequestGetsTooLong"),
  budgetSharePercent: optionalWhole(0, 100, "partnerRequestBudgetShareInvalid"),
  budgetNote: optionalText(MAX_NOTE, "partnerRequestNoteTooLong"),
  startsOn: optionalDay("partnerRequestStartsOnInvalid"),
  endsOn: optionalDay("partnerRequestEndsOnInvalid"),
  timelineNote: optionalText(MAX_NOTE, "partnerRequestNoteTooLong"),
  repliesCloseOn: closingDay,
  maxPartners: z
    .string()
    .trim()
    .refine(
      (value) => /^\d{1,2}$/.test(value) && +value >= 1 && +value <= MAX_PARTNERS,
      "partnerRequestMaxPartnersInvalid",
    )
    .transform(Number),
});

/** Rules across fields: the area's own field filled in, a needed thing named, the timeline in order. */
function crossFieldRules<T extends z.ZodType<PartnerRequestFields>>(schema: T) {
  return schema.superRefine((value, context) => {
    if (value.area === "TERRITORIES" && value.territoryCodes.length === 0)
      context.addIssue({ code: "custom", path: ["territoryCodes"], message: "partnerRequestTerritoryRequired" });
    if (value.area === "RADIUS" && value.radiusKm === null)
      context.addIssue({ code: "custom", path: ["radiusKm"], message: "partnerRequestRadiusRequired" });
    if (value.startsOn && value.endsOn && value.endsOn < value.startsOn)
      context.addIssue({ code: "custom", path: ["endsOn"], message: "partnerRequestEndsBeforeStart" });
  });
}

export type PartnerRequestFieldsInput = z.input<typeof fieldsObject>;
type RawFields = z.output<typeof fieldsObject>;
/** The fields as stored: the area decides whether territories or a radius are kept. */
export type PartnerRequestFields = RawFields;

/** Territories only for the "TERRITORIES" area, the radius only for "RADIUS". */
export function areaColumns(fields: Pick<RawFields, "area" | "territoryCodes" | "radiusKm">) {
  return {
    territoryCodes: fields.area === "TERRITORIES" ? fields.territoryCodes : [],
    radiusKm: fields.area === "RADIUS" ? fields.radiusKm : null,
  };
}

/** A browser-made key for one press of "publish": the same key twice is one request. */
export const submissionKeySchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "notFound");

/** Whom the request is posted for, as the form's choice says it: "organisation:<id>" or "institution:<id>". */
export const partySchema = z.string().regex(PARTY_CHOICE, "partnerRequestPartyRequired");

/**
 * The closing day's window as a form knows it (Polish days, from tomorrow to
 * the latest day the rule allows), checked in the browser in the same pass as
 * every other field, so that a day too soon or too late is said together
 * with the rest. The server checks again by its own clock (mutations.ts,
 * lifecycle.ts): the form may have been open past midnight.
 */
export function withReplyWindow<Schema extends z.ZodType<{ repliesCloseOn: string }>>(
  schema: Schema,
  window: { earliestDay: string; latestDay: string },
): Schema {
  return schema.superRefine((value, context) => {
    const closeOn = value.repliesCloseOn;
    if (parseDay(closeOn) === null) return;
    if (closeOn < window.earliestDay)
      context.addIssue({ code: "custom", path: ["repliesCloseOn"], message: "partnerRequestClosesNotAfterToday" });
    else if (closeOn > window.latestDay)
      context.addIssue({ code: "custom", path: ["repliesCloseOn"], message: "partnerRequestClosesTooLate" });
  });
}

/** The request's own fields, as the demo data writes them. */
export const partnerRequestFieldsSchema = crossFieldRules(fieldsObject);

/** The form of a new request: the fields and the party; the actions take the party's id instead. */
export const newPartnerRequestFormSchema = crossFieldRules(fieldsObject.extend({ party: partySchema }));
/** The form of an edit: the party stays (the form sends none). */
export const editPartnerRequestFormSchema = crossFieldRules(fieldsObject.extend({ party: z.literal("") }));
export type PartnerRequestFormInput = z.input<typeof newPartnerRequestFormSchema>;

export const createForOrganisationSchema = crossFieldRules(
  fieldsObject.extend({ organisationId: recordId, submissionKey: submissionKeySchema }),
);
export const createForInstitutionSchema = crossFieldRules(
  fieldsObject.extend({ institutionId: recordId, submissionKey: submissionKeySchema }),
);
export const updatePartnerRequestSchema = crossFieldRules(fieldsObject.extend({ requestId: recordId }));

/** Closing: an optional note, told to the organisations not accepted. */
export const closeRequestFormSchema = z.object({ note: optionalText(MAX_NOTE, "partnerRequestNoteTooLong") });
export const closePartnerRequestSchema = closeRequestFormSchema.extend({ requestId: recordId });
/** Renewing: the new closing day. */
export const renewRequestFormSchema = z.object({ repliesCloseOn: closingDay });
export const renewPartnerRequestSchema = renewRequestFormSchema.extend({ requestId: recordId });

/** The fingerprint of what the moderator was shown (lib/moderation/shown-version.ts). */
const shown = z.string().regex(/^[0-9a-f]{32}$/, "notFound");
export const hidePartnerRequestSchema = z.object({ requestId: recordId, reason: moderationReasonSchema });
export const restorePartnerRequestSchema = z.object({ requestId: recordId, shown });
/** The queue's decisions: on what the moderator was shown; a rejection with a reason the party is told. */
export const acceptPartnerRequestSchema = z.object({ requestId: recordId, shown });
export const rejectPartnerRequestSchema = z.object({ requestId: recordId, shown, reason: moderationReasonSchema });
