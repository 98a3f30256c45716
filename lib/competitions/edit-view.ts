// What the official's pages show: the form defaults as the forms type them
// (złoty as decimal text, per cent with a comma, Polish local times), the
// problems that stand in the way of publishing, the deadline history and the
// years of the pkt 7 rows. Read after the page checked competitions.manage.
import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { amountText, percentText } from "@/lib/competitions/amount-text";
import { phaseAt } from "@/lib/offers/calc/deadline";
import { topicOptions } from "@/lib/reference-data/topic-options";
import { dateToPolishLocal, polishAt, polishDay } from "@/lib/time/polish-local";
import { competitionHistory } from "@/lib/competitions/history";
import { deadlineHint, type DeadlineHint } from "@/lib/competitions/deadline-hint";
import { deadlineRulesAt, publicationsOf, readinessOf, type AnnouncementRecord } from "@/lib/competitions/queries";
import { sameKindYears } from "@/lib/competitions/same-kind";
import type {
  CommissionCallInput,
  CompetitionBasicsInput,
  CompetitionParametersInput,
  TaskInput,
} from "@/lib/competitions/schemas";
import { publicationChannels } from "@/lib/competitions/schemas";

type Criterion = { name: string; maxPoints: number; onlySupport: boolean };

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");
const local = (date: Date | null) => (date ? dateToPolishLocal(date) : "");
export function basicsDefaults(c: AnnouncementRecord): CompetitionBasicsInput {
  return {
    title: c.title,
    reference: c.reference ?? "",
    summary: c.summary,
    awardRules: c.awardRules,
    implementationTerms: c.implementationTerms,
    implementationStartsOn: day(c.implementationStartsOn),
    implementationEndsOn: day(c.implementationEndsOn),
    allowedYears: c.allowedYears.join(", "),
    offersOpenAt: local(c.offersOpenAt),
    offersDeadline: local(c.offersDeadline),
    selectionProcedure: c.selectionProcedure,
    selectionCriteria: ((c.selectionCriteria as Criterion[]) ?? []).map((criterion) => ({
      name: criterion.name,
      maxPoints: String(criterion.maxPoints),
      onlySupport: criterion.onlySupport,
    })),
    selectionDueOn: day(c.selectionDueOn),
    draftBudgetBasis: c.draftBudgetBasis,
    contactName: c.contactName,
    contactEmail: c.contactEmail,
    contactPhone: c.contactPhone ?? "",
    sphereIds: c.spheres.map((s) => s.sphere.id),
    territoryCodes: c.territories.map((t) => t.territory.code),
  };
}

export function parametersDefaults(c: AnnouncementRecord): CompetitionParametersInput {
  return {
    minGrant: amountText(c.minGrant),
    maxGrant: amountText(c.maxGrant),
    minOwnContributionBp: percentText(c.minOwnContributionBp),
    minOwnFinancialBp: percentText(c.minOwnFinancialBp),
    nonFinancialCounts: c.nonFinancialCounts,
    maxAdminCostBp: percentText(c.maxAdminCostBp),
    adminCapBase: c.adminCapBase,
    resultsTableWaived: c.resultsTableWaived,
    jointOffersAllowed: c.jointOffersAllowed,
    recipientPaymentsAllowed: c.recipientPaymentsAllowed,
    confirmationRequired: c.confirmationRequired,
    confirmationDueAt: local(c.confirmationDueAt),
    confirmationChannels: c.confirmationChannels,
  };
}

export function taskDefaults(task: AnnouncementRecord["tasks"][number] | null, next: number): TaskInput {
  return {
    number: task?.number ?? String(next),
    kindName: task?.kindName ?? "",
    description: task?.description ?? "",
    sphereId: task?.sphereId ?? "",
    kindKey: task && task.kindKey !== task.sphere.code ? task.kindKey : "",
    form: task?.form ?? "SUPPORT",
    pool: task ? amountText(task.pool) : "",
    minGrant: amountText(task?.minGrant ?? null),
    maxGrant: amountText(task?.maxGrant ?? null),
    minOwnContributionBp: percentText(task?.minOwnContributionBp ?? null),
    maxAdminCostBp: percentText(task?.maxAdminCostBp ?? null),
  };
}

export function callDefaults(c: AnnouncementRecord): CommissionCallInput {
  return {
    description: c.commissionCall?.description ?? "",
    requirements: c.commissionCall?.requirements ?? "",
    opensAt: local(c.commissionCall?.opensAt ?? null),
    closesAt: local(c.commissionCall?.closesAt ?? null),
  };
}

/** The hint under the offers deadline, by the legal limit in force today (no publications: a new draft). */
export async function deadlineHintAt(
  publications: AnnouncementRecord["publications"],
  now = new Date(),
): Promise<DeadlineHint> {
  return deadlineHint(publicationsOf(publications), await deadlineRulesAt(now), polishDay(now));
}

/** Everything the edit page needs beyond the record. */
export async function competitionEditView(competition: AnnouncementRecord, locale: Locale, now = new Date()) {
  const [options, problems, history, hint] = await Promise.all([
    topicOptions(locale),
    competition.status === "DRAFT" ? readinessOf(competition, now) : Promise.resolve([]),
    competitionHistory(competition.id),
    deadlineHintAt(competition.publications, now),
  ]);
  return {
    options,
    problems,
    history,
    deadlineHint: hint,
    phase: phaseAt(competition, now),
    draft: competition.status === "DRAFT",
    sameKindYears: sameKindYears(competition),
    publications: publicationChannels.map((channel) => {
      const row = competition.publications.find((p) => p.channel === channel);
      return { channel, publishedOn: day(row?.publishedOn ?? null), url: row?.url ?? "" };
    }),
  };
}

/** A new draft: offers from tomorrow 8:00, a deadline five weeks on at 16:00 (Polish time), next year's implementation. */
export function newCompetitionDefaults(
  institution: { email: string | null; territoryCode: string },
  now = new Date(),
): CompetitionBasicsInput {
  const year = Number(dateToPolishLocal(now).slice(0, 4)) + 1;
  return {
    title: "",
    reference: "",
    summary: "",
    awardRules: "",
    implementationTerms: "",
    implementationStartsOn: `${year}-01-01`,
    implementationEndsOn: `${year}-12-31`,
    allowedYears: String(year),
    offersOpenAt: dateToPolishLocal(polishAt(1, "08:00", now)),
    offersDeadline: dateToPolishLocal(polishAt(36, "16:00", now)),
    selectionProcedure: "",
    selectionCriteria: [],
    selectionDueOn: "",
    draftBudgetBasis: false,
    contactName: "",
    contactEmail: institution.email ?? "",
    contactPhone: "",
    sphereIds: [],
    territoryCodes: [institution.territoryCode],
  };
}
