// Drafting an offer: starting it and saving its sections as one types
// (co-applicants: lib/offers/co-applicants/mutations.ts). The caller (an action or the autosave
// route) has checked offers.prepare in one of the offer's applicants; the
// rules of the offer itself are here.
//
// Saving is per section with optimistic concurrency (design §6): a section is
// written only if its row is still at the revision the editor started from;
// otherwise nothing of that section is written and the answer carries the
// stored content, who saved it and when, so the person chooses. The row
// update is one statement, so two saves of one section cannot both pass.
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { arrivalTime, databaseNow } from "@/lib/db/clock";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dispatchNotifications } from "@/lib/notifications/notify";
import { notifyCoApplicants, verifiedCoApplicants } from "@/lib/offers/co-applicants/mutations";
import { computeCosts } from "@/lib/offers/calc/costs";
import { isAcceptingOffers } from "@/lib/offers/calc/deadline";
import { assembleDocument } from "@/lib/offers/document/assemble";
import {
  applicantsSectionSchema,
  emptyOfferDocument,
  offerSectionKeys,
  type ApplicantsSection,
  type OfferSectionKey,
  type OfferTemplate,
} from "@/lib/offers/document/schema";
import type { SaveOutcome, SectionConflict } from "@/lib/offers/drafts/conflicts";
import type { SectionSave } from "@/lib/offers/drafts/schemas";
import { assertDraft } from "@/lib/offers/policy";
import { prefillApplicants } from "@/lib/offers/prefill";
import { assertTaskOfferRoom } from "@/lib/offers/drafts/task-limit";
import { prefillOrganisations } from "@/lib/offers/queries";
import { SUBMIT_TRANSACTION } from "@/lib/offers/submission/submit-steps";
import { RuleRefusal } from "@/lib/rule-errors/refusals";

type Tx = Prisma.TransactionClient;
type Drafter = Actor & { name?: string; email?: string };

export type CreateOfferRefusal =
  | "COMPETITION_NOT_ACCEPTING"
  | "TASK_NOT_FOUND"
  | "JOINT_NOT_ALLOWED"
  | "LEAD_UNVERIFIED"
  | "CO_APPLICANT_UNVERIFIED"
  | "PARTNERSHIP_NOT_FORMED"
  | "OFFERS_PER_TASK_LIMIT";

/** A partnership named as the source must be formed, not ended, and have the lead on one side. */
async function checkPartnership(tx: Tx, partnershipId: string, leadId: string): Promise<void> {
  const partnership = await tx.partnership.findFirst({
    where: {
      id: partnershipId,
      formedAt: { not: null },
      endedAt: null,
      OR: [{ requesterOrganisationId: leadId }, { partnerOrganisationId: leadId }],
    },
    select: { id: true },
  });
  if (!partnership) throw new RuleRefusal("PARTNERSHIP_NOT_FORMED");
}

/** Starts a draft for a task of a competition taking offers: one Offer and one row per section, II prefilled. */
export async function createOfferDraft(
  input: {
    competitionId: string;
    taskId: string;
    organisationId: string;
    kind: "SINGLE" | "JOINT";
    coApplicantIds: string[];
    partnershipId?: string;
  },
  actor: Drafter,
): Promise<{ offerId: string }> {
  const offerId = await db().$transaction(async (tx) => {
    const task = await tx.competitionTask.findFirst({
      where: { id: input.taskId, competitionId: input.competitionId, status: "OPEN" },
      select: {
        id: true,
        kindName: true,
        competition: {
          select: {
            id: true,
            institutionId: true,
            status: true,
            offersOpenAt: true,
            offersDeadline: true,
            jointOffersAllowed: true,
            allowedYears: true,
            maxOffersPerApplicantPerTask: true,
          },
        },
      },
    });
    if (!task) throw new RuleRefusal("TASK_NOT_FOUND");
    const competition = task.competition;
    // The database's clock, as the submission and the section saves judge the deadline: a web host whose
    // clock lags would start drafts after it, one whose clock runs fast would refuse them before it.
    if (!isAcceptingOffers(competition, await databaseNow(tx))) throw new RuleRefusal("COMPETITION_NOT_ACCEPTING");
    if (input.kind === "JOINT" && !competition.jointOffersAllowed) throw new RuleRefusal("JOINT_NOT_ALLOWED");
    // The lead must be verified like a co-applicant: anyone may register an organisation and become its
    // owner, so an unverified one could file offers in the name of an NGO nobody checked (security review H1).
    const lead = await tx.organisation.findFirst({
      where: { id: input.organisationId, verifiedAt: { not: null } },
      select: { id: true },
    });
    if (!lead) throw new RuleRefusal("LEAD_UNVERIFIED");
    const coApplicantIds =
      input.kind === "JOINT" ? await verifiedCoApplicants(tx, input.organisationId, input.coApplicantIds) : [];
    if (input.partnershipId) await checkPartnership(tx, input.partnershipId, input.organisationId);
    await assertTaskOfferRoom(tx, {
      taskId: task.id,
      leadOrganisationId: input.organisationId,
      limit: competition.maxOffersPerApplicantPerTask,
    });

    const template: OfferTemplate = "FULL_2018";
    const years = competition.allowedYears.length > 0 ? competition.allowedYears : [new Date().getFullYear()];
    const document = emptyOfferDocument(template, years);
    document.applicants = prefillApplicants(
      await prefillOrganisations([input.organisationId, ...coApplicantIds], actor),
      {
        name: actor.name ?? "",
        email: actor.email ?? "",
      },
    );
    const offer = await tx.offer.create({
      data: {
        template,
        institutionId: competition.institutionId,
        competitionId: competition.id,
        taskId: task.id,
        kind: coApplicantIds.length > 0 ? "JOINT" : "SINGLE",
        leadOrganisationId: input.organisationId,
        partnershipId: input.partnershipId ?? null,
        createdById: actor.id,
        coApplicants: {
          create: coApplicantIds.map((organisationId, position) => ({
            organisationId,
            position,
            addedById: actor.id,
          })),
        },
        sections: {
          create: offerSectionKeys(template).map((key) => ({
            key,
            content: document[key] as Prisma.InputJsonValue,
            updatedById: actor.id,
          })),
        },
      },
      select: { id: true, title: true },
    });
    await notifyCoApplicants(tx, { id: offer.id, title: task.kindName }, coApplicantIds, actor, input.organisationId);
    return offer.id;
  });
  await dispatchNotifications();
  return { offerId };
}

async function conflictOf(tx: Tx, offerId: string, key: OfferSectionKey): Promise<SectionConflict | null> {
  const row = await tx.offerSection.findUnique({
    where: { offerId_key: { offerId, key } },
    select: { content: true, revision: true, updatedAt: true, updatedBy: { select: { name: true } } },
  });
  if (!row) return null;
  return {
    key,
    content: row.content,
    revision: row.revision,
    updatedByName: row.updatedBy?.name ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * II.1 names exactly the offer's applicants: entries for other organisations
 * are dropped and missing ones added, so a stale tab cannot add or remove an
 * applicant by saving its list (only the lead does, through the co-applicant
 * actions).
 */
function keepApplicants(section: ApplicantsSection, applicantIds: readonly string[]): ApplicantsSection {
  const typed = new Map(section.list.map((applicant) => [applicant.organisationId, applicant]));
  return { ...section, list: applicantIds.map((id) => typed.get(id) ?? { organisationId: id }) };
}

/**
 * II as a co-applicant's people may change it: their own organisation's block
 * as typed, every other block and the contact person (the lead's) as stored.
 * An organisation's name, address and bank account are its own people's to
 * give (UX review of session 19: a partner could overwrite the lead's account).
 */
export function ownBlocksOnly(
  typed: ApplicantsSection,
  stored: ApplicantsSection,
  mayEdit: (organisationId: string) => boolean,
): ApplicantsSection {
  const before = new Map(stored.list.map((applicant) => [applicant.organisationId, applicant]));
  return {
    ...stored,
    list: typed.list.map((applicant) =>
      mayEdit(applicant.organisationId)
        ? applicant
        : (before.get(applicant.organisationId) ?? { organisationId: applicant.organisationId }),
    ),
  };
}

/** II as the actor may save it: the list kept to the applicants, and only their own blocks unless they draft for the lead. */
async function applicantsAsAllowed(
  tx: Tx,
  offerId: string,
  offer: { leadOrganisationId: string; coApplicants: { organisationId: string }[] },
  content: unknown,
  actor: Actor,
): Promise<ApplicantsSection> {
  const typed = keepApplicants(applicantsSectionSchema.parse(content), [
    offer.leadOrganisationId,
    ...offer.coApplicants.map((c) => c.organisationId),
  ]);
  const forLead = can(actor, "offers.prepare", { organisationId: offer.leadOrganisationId });
  if (forLead) return typed;
  const stored = await tx.offerSection.findUnique({
    where: { offerId_key: { offerId, key: "applicants" } },
    select: { content: true },
  });
  const parsed = applicantsSectionSchema.safeParse(stored?.content ?? {});
  const before = parsed.success ? parsed.data : applicantsSectionSchema.parse({});
  return ownBlocksOnly(typed, before, (id) => can(actor, "offers.prepare", { organisationId: id }));
}

/** The list's figures (title, grant, total cost) from the draft as now stored. */
async function refreshSummary(tx: Tx, offerId: string, template: OfferTemplate): Promise<void> {
  const rows = await tx.offerSection.findMany({
    where: { offerId, key: { in: ["description", "costs", "funding"] } },
    select: { key: true, content: true },
  });
  const { document } = assembleDocument(rows, template);
  const totals = computeCosts(document.costs, document.years);
  await tx.offer.update({
    where: { id: offerId },
    data: {
      title: (document.description.title ?? "").slice(0, 300),
      totalCost: BigInt(totals.grandTotal),
      requestedGrant: BigInt(document.funding.grant ?? 0),
    },
  });
}

/**
 * Writes each save whose stored row is still at the revision the editor had;
 * the others come back as conflicts. The core of the draft's save and of a
 * correction's (lib/offers/corrections/mutations.ts): the caller has locked
 * the offer and judged whether it may be written at all, and says which keys
 * it may write. `summary`: whether the list's figures follow the draft (not
 * while a submitted offer is corrected: its figures are its current version's).
 */
export async function writeSections(
  tx: Tx,
  offerId: string,
  offer: { template: string; leadOrganisationId: string; coApplicants: { organisationId: string }[] },
  saves: readonly SectionSave[],
  actor: Actor,
  options: { allowed: ReadonlySet<string>; summary: boolean },
): Promise<SaveOutcome> {
  const template = offer.template as OfferTemplate;
  const outcome: SaveOutcome = { saved: [], conflicts: [] };
  for (const save of saves) {
    if (!options.allowed.has(save.key)) continue;
    const content =
      save.key === "applicants" ? await applicantsAsAllowed(tx, offerId, offer, save.content, actor) : save.content;
    const written = await tx.offerSection.updateMany({
      where: { offerId, key: save.key, revision: save.baseRevision },
      data: { content: content as Prisma.InputJsonValue, revision: { increment: 1 }, updatedById: actor.id },
    });
    if (written.count === 1) {
      outcome.saved.push({ key: save.key, revision: save.baseRevision + 1 });
      continue;
    }
    const conflict = await conflictOf(tx, offerId, save.key);
    if (conflict) outcome.conflicts.push(conflict);
    else if (save.baseRevision === 0) {
      // A section the draft never had (a template gained one): the first save creates it.
      await tx.offerSection.create({
        data: {
          offerId,
          key: save.key,
          content: content as Prisma.InputJsonValue,
          revision: 1,
          updatedById: actor.id,
        },
      });
      outcome.saved.push({ key: save.key, revision: 1 });
    }
  }
  if (
    options.summary &&
    outcome.saved.some(({ key }) => key === "description" || key === "costs" || key === "funding")
  ) {
    await refreshSummary(tx, offerId, template);
  }
  return outcome;
}

/**
 * Saves the sections whose stored revision is still the one the editor had;
 * the others come back as conflicts. Refused as a whole (nothing written)
 * when the offer is no longer a draft.
 */
export async function saveOfferSections(
  offerId: string,
  saves: readonly SectionSave[],
  actor: Actor,
): Promise<SaveOutcome> {
  // Judged by when the save arrived, as a submit is (lib/db/clock.ts arrivalTime): a submit that arrived
  // before the deadline freezes what the sections hold when it gets the offer's lock, so no save that
  // arrived after the deadline may have changed them (security review of session 19, M1).
  const arrived = await arrivalTime();
  return db().$transaction(async (tx) => {
    // The submission locks the offer FOR UPDATE: a save waits for it and then sees SUBMITTED, or the
    // submission waits for the save and then sees a revision its tab has not (STALE_DRAFT). Saves of one
    // offer queue here too, so their summary updates cannot deadlock.
    await tx.$queryRaw`SELECT id FROM "Offer" WHERE id = ${offerId} FOR NO KEY UPDATE`;
    const offer = await tx.offer.findUniqueOrThrow({
      where: { id: offerId },
      select: {
        status: true,
        template: true,
        leadOrganisationId: true,
        coApplicants: { orderBy: { position: "asc" }, select: { organisationId: true } },
        competition: { select: { offersDeadline: true } },
      },
    });
    assertDraft(offer);
    if (offer.competition && arrived >= offer.competition.offersDeadline) throw new RuleRefusal("DEADLINE_PASSED");
    const allowed = new Set<string>(offerSectionKeys(offer.template as OfferTemplate));
    return writeSections(tx, offerId, offer, saves, actor, { allowed, summary: true });
    // The last edits are saved in the deadline's last minute, among the submits: a save queues with them
    // for a connection and behind their row locks rather than failing after Prisma's default 2 s and 5 s.
  }, SUBMIT_TRANSACTION);
}
