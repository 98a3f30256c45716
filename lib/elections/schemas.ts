// An election's rules as the commission's form sends them, checked the same
// way in the browser and on the server. Dates are Polish local time
// ("2027-01-10T09:00"); messages are keys under `forms.errors`.
import { z } from "zod";
import { CandidateOrder, ElectionTerritoryRule, TieRule } from "@/lib/generated/prisma/enums";
import { dateOrderProblems } from "@/lib/elections/lifecycle";
import { polishLocalToDate } from "@/lib/time/polish-local";
import { recordId } from "@/lib/validation/record-id";

export const territoryRules = Object.values(ElectionTerritoryRule);
export const candidateOrders = Object.values(CandidateOrder);
export const tieRules = Object.values(TieRule);
export const ELECTION_DATE_FIELDS = [
  "nominationsStartAt",
  "nominationsEndAt",
  "checkEndsAt",
  "votingStartAt",
  "votingEndAt",
  "resultsBy",
] as const;
export const MAX_AREAS = 20;

const id = recordId;
const localDateTime = (message: string) =>
  z
    .string()
    .trim()
    .refine((value) => polishLocalToDate(value) !== null, message)
    .transform((value) => polishLocalToDate(value)!);
const count = (min: number, max: number, message: string) =>
  z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);
const territoryCode = z.string().regex(/^\d{2}(\d{2}(\d{3})?)?$/);

export const areaSchema = z.object({
  name: z.string().trim().min(2, "electionAreaNameRequired").max(120, "electionAreaNameTooLong"),
  seats: count(1, 100, "electionSeatsInvalid"),
  territoryCodes: z.array(territoryCode).min(1, "electionAreaTerritoriesRequired").max(400),
});

const electionFieldsObject = z.object({
  title: z.string().trim().min(5, "electionTitleTooShort").max(300, "electionTitleTooLong"),
  councilName: z.string().trim().min(5, "councilNameTooShort").max(300, "councilNameTooLong"),
  description: z.string().trim().min(20, "electionDescriptionTooShort").max(20_000, "electionDescriptionTooLong"),
  legalBasis: z
    .string()
    .trim()
    .max(1000, "legalBasisTooLong")
    .transform((value) => value || null),
  seats: count(1, 100, "electionSeatsInvalid"),
  areas: z.array(areaSchema).max(MAX_AREAS),
  votesPerBallot: count(1, 50, "electionVotesInvalid"),
  fullBallotRequired: z.boolean(),
  nominationsPerOrganisation: count(1, 20, "electionNominationsPerOrganisationInvalid"),
  recommendationsRequired: count(0, 50, "electionRecommendationsInvalid"),
  requireVerified: z.boolean(),
  territoryRule: z.enum(ElectionTerritoryRule),
  registeredBefore: z
    .string()
    .trim()
    .refine(
      (value) => value === "" || (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))),
      "dateInvalid",
    )
    .transform((value) => (value === "" ? null : new Date(`${value}T00:00:00Z`))),
  excludeInLiquidation: z.boolean(),
  candidateOrder: z.enum(CandidateOrder),
  tieRule: z.enum(TieRule),
  nominationsStartAt: localDateTime("dateTimeInvalid"),
  nominationsEndAt: localDateTime("dateTimeInvalid"),
  checkEndsAt: localDateTime("dateTimeInvalid"),
  votingStartAt: localDateTime("dateTimeInvalid"),
  votingEndAt: localDateTime("dateTimeInvalid"),
  resultsBy: localDateTime("dateTimeInvalid"),
});

type Fields = z.output<typeof electionFieldsObject>;

/** Rules that tie fields together: dates in order, seats matching the areas, no more votes than seats. */
function consistent<T extends z.ZodType<Fields>>(schema: T) {
  return schema.superRefine((value, context) => {
    for (const problem of dateOrderProblems(value))
      context.addIssue({ code: "custom", path: [problem.field], message: problem.message });
    if (value.areas.length > 0 && value.areas.reduce((sum, area) => sum + area.seats, 0) !== value.seats) {
      context.addIssue({ code: "custom", path: ["seats"], message: "electionSeatsNotSumOfAreas" });
    }
    if (value.votesPerBallot > value.seats)
      context.addIssue({ code: "custom", path: ["votesPerBallot"], message: "electionVotesMoreThanSeats" });
    const seen = new Set<string>();
    value.areas.forEach((area, index) => {
      if (
        area.territoryCodes.some((code) => [...seen].some((other) => code.startsWith(other) || other.startsWith(code)))
      ) {
        context.addIssue({ code: "custom", path: ["areas", index, "territoryCodes"], message: "electionAreasOverlap" });
      }
      area.territoryCodes.forEach((code) => seen.add(code));
    });
  });
}

/** The form's fields, checked in the browser as the server checks them. */
export const electionFieldsSchema = consistent(electionFieldsObject);
export type ElectionFieldsInput = z.input<typeof electionFieldsObject>;
export type ElectionFields = Fields;
export const createElectionSchema = consistent(electionFieldsObject.extend({ institutionId: id }));
export const updateElectionSchema = consistent(electionFieldsObject.extend({ electionId: id }));
export type CreateElectionInput = z.input<typeof createElectionSchema>;
export type UpdateElectionInput = z.input<typeof updateElectionSchema>;
export const electionIdSchema = z.object({ electionId: id });

/** An election's fields with the usual rules where not given (seeds, benchmarks, tests): one vote list, verified organisations with their seat in the territory, alphabetical order, ties drawn. */
export function electionFieldsWith(
  required: Pick<
    ElectionFields,
    "title" | "councilName" | "description" | "seats" | "votesPerBallot" | (typeof ELECTION_DATE_FIELDS)[number]
  > &
    Partial<ElectionFields>,
): ElectionFields {
  return {
    legalBasis: null,
    areas: [],
    fullBallotRequired: false,
    nominationsPerOrganisation: 1,
    recommendationsRequired: 0,
    requireVerified: true,
    territoryRule: "SEAT",
    registeredBefore: null,
    excludeInLiquidation: true,
    candidateOrder: "ALPHABETICAL",
    tieRule: "DRAW",
    ...required,
  };
}
