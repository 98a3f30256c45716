// The offer document, section by section (design §2.5): one OfferSection row
// per key, saved as one types. These schemas are lenient on purpose: a draft
// holds anything of the right type, however incomplete, so no keystroke is ever
// refused; whether the offer is complete and within the competition's limits is
// checkOffer's job (lib/offers/calc/check-offer.ts), which names the field.
// Shared by the browser and the server; no server-only imports.
import { z } from "zod";
import { MAX_AMOUNT } from "@/lib/offers/calc/money";

export const offerTemplates = ["FULL_2018", "SIMPLIFIED_2018"] as const;
export type OfferTemplate = (typeof offerTemplates)[number];

/** Caps against abuse, well above the template's own limits (lib/offers/template/*). */
export const HARD_TEXT = 20_000;
export const HARD_SHORT = 1_000;
export const MAX_ROWS = 500;
/** Years of one task (the plan, the cost table's year columns); keeps every sum a safe integer. */
export const MAX_YEARS = 6;
/** Quantities are in thousandths of a unit; at most a million units per line and year. */
export const MAX_QTY_MILLI = 1_000_000_000;

/** "nie dotyczy": an explicit choice, never an empty string (the template's instruction, design L6). */
export const notApplicableSchema = z.object({ na: z.literal(true) });
export type NotApplicable = z.infer<typeof notApplicableSchema>;

const text = z.string().max(HARD_TEXT);
const short = z.string().max(HARD_SHORT);
const textOrNa = z.union([text, notApplicableSchema]);
const shortOrNa = z.union([short, notApplicableSchema]);
const id = z.string().min(1).max(64);
const money = z.number().int().min(0).max(MAX_AMOUNT);
/** A calendar day, "2027-03-15"; whether it is a real day is checked by checkOffer (DATES_ORDER). */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** A year as a record key ("2027"). */
export const yearKeySchema = z.string().regex(/^\d{4}$/);

export const applicantSchema = z.object({
  organisationId: id,
  name: short.optional(),
  legalForm: short.optional(),
  register: z.object({ kind: z.enum(["KRS", "OTHER"]), number: short.optional(), name: short.optional() }).optional(),
  seatAddress: short.optional(),
  correspondenceAddress: shortOrNa.optional(),
  website: shortOrNa.optional(),
  email: short.optional(),
  phone: short.optional(),
  bankAccount: shortOrNa.optional(),
});
export const contactSchema = z.object({ name: short.optional(), phone: short.optional(), email: short.optional() });
export const applicantsSectionSchema = z.object({
  list: z.array(applicantSchema).max(20).default([]),
  contact: contactSchema.default({}),
});

export const descriptionSectionSchema = z.object({
  title: short.optional(),
  startsOn: day.optional(),
  endsOn: day.optional(),
  synopsis: text.optional(),
  // The simplified template asks for the place and the goals as fields of their own.
  place: short.optional(),
  goals: text.optional(),
});

export const planActionSchema = z.object({
  id,
  name: short.optional(),
  description: text.optional(),
  targetGroup: short.optional(),
  period: short.optional(),
  nonPartyScope: shortOrNa.optional(),
  applicantId: id.optional(),
});
export const planSectionSchema = z.record(yearKeySchema, z.array(planActionSchema).max(MAX_ROWS));

export const resultsSectionSchema = z.object({
  directEffect: text.optional(),
  socialChange: text.optional(),
  sustainability: text.optional(),
  // The simplified template's single "expected results" field.
  expected: text.optional(),
});

export const resultRowSchema = z.object({
  id,
  name: short.optional(),
  target: short.optional(),
  monitoring: short.optional(),
});
export const resultsTableSectionSchema = z.array(resultRowSchema).max(MAX_ROWS);

export const profileSectionSchema = z.object({ previousActivity: text.optional(), resources: text.optional() });

export const costLineSchema = z.object({
  id,
  category: z.enum(["ACTION", "ADMIN"]),
  actionId: id.optional(),
  name: short.optional(),
  unit: short.optional(),
  unitCost: money.optional(),
  qtyMilli: z.record(yearKeySchema, z.number().int().min(0).max(MAX_QTY_MILLI)).default({}),
  applicantId: id.optional(),
});
export const costsSectionSchema = z.object({ lines: z.array(costLineSchema).max(MAX_ROWS).default([]) });

export const fundingSectionSchema = z.object({
  grant: money.optional(),
  ownFinancial: money.optional(),
  ownNonFinancial: money.optional(),
  recipientPayments: money.optional(),
});

/** V.C: organisation id → year → grosze. */
export const jointSplitSectionSchema = z.record(id, z.record(yearKeySchema, money));

export const otherSectionSchema = z.object({
  paid: z.enum(["FREE", "PAID", "BOTH"]).optional(),
  jointRoles: textOrNa.optional(),
  otherInfo: textOrNa.optional(),
});

/** VII: each statement is chosen explicitly; the strike-out ones are a choice between two wordings. */
export const statementsSectionSchema = z.object({
  s1: z.literal(true).optional(),
  s2: z.literal(true).optional(),
  s3: z.enum(["NO_ARREARS", "ARREARS"]).optional(),
  s4: z.enum(["NO_ARREARS", "ARREARS"]).optional(),
  s5: z.enum(["KRS", "OTHER_REGISTER"]).optional(),
  s6: z.literal(true).optional(),
  s7: z.literal(true).optional(),
});

export const sectionSchemas = {
  applicants: applicantsSectionSchema,
  description: descriptionSectionSchema,
  plan: planSectionSchema,
  results: resultsSectionSchema,
  resultsTable: resultsTableSectionSchema,
  profile: profileSectionSchema,
  costs: costsSectionSchema,
  funding: fundingSectionSchema,
  jointSplit: jointSplitSectionSchema,
  other: otherSectionSchema,
  statements: statementsSectionSchema,
} as const;

export type OfferSectionKey = keyof typeof sectionSchemas;
export const offerSectionKeyList = Object.keys(sectionSchemas) as OfferSectionKey[];
export const offerSectionKeySchema = z.enum(offerSectionKeyList as [OfferSectionKey, ...OfferSectionKey[]]);

export type Applicant = z.infer<typeof applicantSchema>;
export type ApplicantsSection = z.infer<typeof applicantsSectionSchema>;
export type DescriptionSection = z.infer<typeof descriptionSectionSchema>;
export type PlanAction = z.infer<typeof planActionSchema>;
export type PlanSection = z.infer<typeof planSectionSchema>;
export type ResultsSection = z.infer<typeof resultsSectionSchema>;
export type ResultRow = z.infer<typeof resultRowSchema>;
export type ResultsTableSection = z.infer<typeof resultsTableSectionSchema>;
export type ProfileSection = z.infer<typeof profileSectionSchema>;
export type CostLine = z.infer<typeof costLineSchema>;
export type CostsSection = z.infer<typeof costsSectionSchema>;
export type FundingSection = z.infer<typeof fundingSectionSchema>;
export type JointSplitSection = z.infer<typeof jointSplitSectionSchema>;
export type OtherSection = z.infer<typeof otherSectionSchema>;
export type StatementsSection = z.infer<typeof statementsSectionSchema>;

export type OfferSections = { [K in OfferSectionKey]: z.infer<(typeof sectionSchemas)[K]> };

/** The whole document; sections the template does not use stay empty. */
export type OfferDocument = { template: OfferTemplate; years: number[] } & OfferSections;

const SECTIONS_BY_TEMPLATE: Record<OfferTemplate, readonly OfferSectionKey[]> = {
  FULL_2018: offerSectionKeyList,
  // Dz.U. 2018 poz. 2055, at section level (shared doc §1.7, unverified): no per-year plan table,
  // no V.C (a small grant is one organisation's) and no VI.
  SIMPLIFIED_2018: [
    "applicants",
    "description",
    "results",
    "resultsTable",
    "profile",
    "costs",
    "funding",
    "statements",
  ],
};

/** The sections of a template, in the template's order. */
export function offerSectionKeys(template: OfferTemplate): readonly OfferSectionKey[] {
  return SECTIONS_BY_TEMPLATE[template];
}

/** The content of an empty section (what a new draft, or an unreadable row, starts from). */
export function emptySection<K extends OfferSectionKey>(key: K): OfferSections[K] {
  return sectionSchemas[key].parse(key === "resultsTable" ? [] : {}) as OfferSections[K];
}

/** A new offer: every section empty, one plan table per year of the task. */
export function emptyOfferDocument(template: OfferTemplate, years: readonly number[]): OfferDocument {
  const sections = Object.fromEntries(offerSectionKeyList.map((key) => [key, emptySection(key)])) as OfferSections;
  if (template === "FULL_2018") sections.plan = Object.fromEntries(years.map((year) => [String(year), []]));
  return { template, years: [...years].sort((a, b) => a - b), ...sections };
}
