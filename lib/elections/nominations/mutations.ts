// Nominations (zgłoszenia kandydatów): an eligible organisation's
// representative nominates a candidate; the candidate consents (signed in, or
// through a single-use e-mailed link); the organisations asked to recommend
// confirm; the commission accepts or rejects with a reason. The server's clock
// decides every window (lib/elections/lifecycle.ts).
import { randomBytes } from "node:crypto";
import { can, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NominationState } from "@/lib/generated/prisma/enums";
import { claimablePhoto } from "@/lib/elections/candidate-photos";
import { electionPhaseAt } from "@/lib/elections/lifecycle";
import { eligibilityOf } from "@/lib/elections/participants";
import type { nominateSchema } from "@/lib/elections/nominations/schemas";
import { FieldRuleError } from "@/lib/rule-errors/field-rules";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import type { Locale } from "@/lib/i18n/locales";
import { queueMail } from "@/lib/jobs/enqueue";
import { localizedUrl } from "@/lib/accounts/links";
import { nominationConsentMail } from "@/lib/mail/templates";
import { dispatchNotifications, notify, type NotificationInput } from "@/lib/notifications/notify";
import { hashToken } from "@/lib/security/token-hash";
import { platformNameIn } from "@/lib/settings/platform-name";
import type { z } from "zod";
import type { ActionMeta } from "@/lib/http/request-context";

export type NominationRefusal =
  | "nominationsClosed"
  | "organisationNotEligible"
  | "nominationLimitReached"
  | "consentLinkInvalid"
  | "consentAlreadyGiven"
  | "recommendationAlreadyAnswered"
  | "checkClosed"
  | "nominationIncomplete"
  | "nominationNotOpen";

/** States in which a nomination still counts against the organisation's limit. */
const LIVE: NominationState[] = ["AWAITING_CONSENT", "AWAITING_RECOMMENDATIONS", "SUBMITTED", "ACCEPTED"];
const CONSENT_VALID_DAYS = 14;

type Meta = ActionMeta & { locale: Locale };
type Tx = Prisma.TransactionClient;

async function electionFor(tx: Tx, electionId: string) {
  const election = await tx.election.findUnique({
    where: { id: electionId },
    include: { institution: { select: { territoryCode: true } }, areas: { select: { id: true } } },
  });
  if (!election || election.status === "DRAFT") throw new AppError("NOT_FOUND", "no such election");
  return election;
}

export function electionSubject(election: { id: string; title: string; slug: string }): NotificationInput["subject"] {
  return {
    type: "Election",
    id: election.id,
    title: election.title,
    link: { pathname: "/elections/[slug]", params: { slug: election.slug } },
  };
}

/** Consent given and enough recommendations confirmed: the nomination goes to the commission. */
async function completeIfReady(tx: Tx, nominationId: string): Promise<void> {
  const nomination = await tx.nomination.findUniqueOrThrow({
    where: { id: nominationId },
    select: {
      state: true,
      consentedAt: true,
      election: { select: { recommendationsRequired: true } },
      _count: { select: { recommendations: { where: { state: "CONFIRMED" } } } },
    },
  });
  if (nomination.state !== "AWAITING_RECOMMENDATIONS" && nomination.state !== "AWAITING_CONSENT") return;
  if (!nomination.consentedAt) return;
  const complete = nomination._count.recommendations >= nomination.election.recommendationsRequired;
  await tx.nomination.update({
    where: { id: nominationId },
    data: { state: complete ? "SUBMITTED" : "AWAITING_RECOMMENDATIONS" },
  });
}

export type NominationInput = Omit<z.output<typeof nominateSchema>, "photoId"> & { photoId?: string | null };

export async function nominate(
  actor: Actor,
  input: NominationInput,
  meta: Meta,
  now = new Date(),
): Promise<{ id: string }> {
  if (!can(actor, "organisation.actFor", { organisationId: input.organisationId }))
    throw new AppError("FORBIDDEN", "not a representative of the nominating organisation");
  const token = randomBytes(32).toString("base64url");
  const result = await db().$transaction(async (tx) => {
    const election = await electionFor(tx, input.electionId);
    if (electionPhaseAt(election, now) !== "nominations") throw new RuleRefusal<NominationRefusal>("nominationsClosed");
    // One organisation's nominations one at a time, so two clicks cannot exceed the limit.
    await tx.$executeRaw`SELECT 1 FROM "Organisation" WHERE id = ${input.organisationId} FOR UPDATE`;
    const recommenders = [...new Set(input.recommendingOrganisationIds)];
    const eligibility = await eligibilityOf(tx, election, [input.organisationId, ...recommenders]);
    if ((eligibility.get(input.organisationId)?.reasons.length ?? 1) > 0)
      throw new RuleRefusal<NominationRefusal>("organisationNotEligible");
    const live = await tx.nomination.count({
      where: { electionId: election.id, organisationId: input.organisationId, state: { in: LIVE } },
    });
    if (live >= election.nominationsPerOrganisation) throw new RuleRefusal<NominationRefusal>("nominationLimitReached");

    const problems = [];
    if (election.areas.length > 0 ? !election.areas.some((area) => area.id === input.areaId) : input.areaId !== null)
      problems.push({ field: "areaId", message: "nominationAreaRequired" });
    if (recommenders.includes(input.organisationId))
      problems.push({ field: "recommendingOrganisationIds", message: "recommenderIsNominator" });
    else if (recommenders.some((id) => (eligibility.get(id)?.reasons.length ?? 1) > 0))
      problems.push({ field: "recommendingOrganisationIds", message: "recommenderNotEligible" });
    else if (recommenders.length < election.recommendationsRequired)
      problems.push({ field: "recommendingOrganisationIds", message: "tooFewRecommenders" });
    if (input.photoId && !(await claimablePhoto(tx, actor, input.photoId)))
      problems.push({ field: "photoId", message: "candidatePhotoInvalid" });
    if (problems.length > 0) throw new FieldRuleError(problems);

    const candidate = await tx.user.findFirst({
      where: { email: input.candidateEmail, emailVerifiedAt: { not: null } },
      select: { id: true },
    });
    const nomination = await tx.nomination.create({
      data: {
        electionId: election.id,
        areaId: input.areaId,
        organisationId: input.organisationId,
        nominatedById: actor.id,
        candidateName: input.candidateName,
        candidateEmail: input.candidateEmail,
        candidateUserId: candidate?.id ?? null,
        statement: input.statement,
        photoId: input.photoId ?? null,
        consentTokenHash: hashToken(token),
        consentTokenExpiresAt: new Date(
          Math.min(now.getTime() + CONSENT_VALID_DAYS * 24 * 3600 * 1000, election.nominationsEndAt.getTime()),
        ),
        recommendations: { create: recommenders.map((organisationId) => ({ organisationId })) },
      },
      select: { id: true },
    });
    const subject = electionSubject(election);
    const by = { userId: actor.id, organisationId: input.organisationId };
    if (recommenders.length > 0) {
      await notify(
        {
          type: "election.recommendation_requested",
          subject,
          actor: by,
          audience: { organisations: recommenders.map((id) => ({ id, roles: ["OWNER", "EDITOR"] })) },
          data: { candidate: input.candidateName },
        },
        tx,
      );
    }
    if (candidate)
      await notify(
        {
          type: "election.consent_requested",
          subject,
          actor: by,
          audience: { users: [candidate.id] },
          data: { organisation: eligibility.get(input.organisationId)!.name },
        },
        tx,
      );
    await recordAuditEvent(
      {
        action: "nomination.submitted",
        actorUserId: actor.id,
        actingForOrganisationId: input.organisationId,
        subjectType: "Nomination",
        subjectId: nomination.id,
        ipAddress: meta.ip,
      },
      tx,
    );
    return { id: nomination.id, election, organisation: eligibility.get(input.organisationId)!.name };
  });
  await queueMail(
    nominationConsentMail({
      to: input.candidateEmail,
      locale: meta.locale,
      platformName: await platformNameIn(meta.locale),
      recipientName: input.candidateName,
      organisation: result.organisation,
      election: result.election.title,
      url: localizedUrl("/elections/consent", meta.locale, { token }),
      until: result.election.nominationsEndAt,
    }),
  );
  await dispatchNotifications();
  return { id: result.id };
}

async function decideConsent(
  tx: Tx,
  nominationId: string,
  decision: { consent: boolean; bioPublicationConsent: boolean },
  who: { userId: string | null; ip: string | null },
  now: Date,
): Promise<void> {
  const nomination = await tx.nomination.findUniqueOrThrow({
    where: { id: nominationId },
    include: { election: true },
  });
  if (nomination.state !== "AWAITING_CONSENT") throw new RuleRefusal<NominationRefusal>("consentAlreadyGiven");
  if (electionPhaseAt(nomination.election, now) !== "nominations")
    throw new RuleRefusal<NominationRefusal>("nominationsClosed");
  await tx.nomination.update({
    where: { id: nominationId },
    data: decision.consent
      ? {
          consentedAt: now,
          bioPublicationConsent: decision.bioPublicationConsent,
          consentTokenHash: null,
          consentTokenExpiresAt: null,
          ...(who.userId ? { candidateUserId: who.userId } : {}),
        }
      : { state: "DECLINED", consentTokenHash: null, consentTokenExpiresAt: null },
  });
  if (decision.consent) await completeIfReady(tx, nominationId);
  await recordAuditEvent(
    {
      action: decision.consent ? "nomination.consented" : "nomination.declined",
      actorUserId: who.userId,
      subjectType: "Nomination",
      subjectId: nominationId,
      ipAddress: who.ip,
    },
    tx,
  );
}

/** Consent (or refusal) through the e-mailed single-use link, signed in or not. */
export async function consentByToken(
  token: string,
  decision: { consent: boolean; bioPublicationConsent: boolean },
  who: { userId: string | null; ip: string | null },
  now = new Date(),
): Promise<void> {
  await db().$transaction(async (tx) => {
    // Locked, so a double click uses the link once.
    const [row] = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM "Nomination" WHERE "consentTokenHash" = ${hashToken(token)} AND "consentTokenExpiresAt" > ${now} FOR UPDATE`;
    if (!row) throw new RuleRefusal<NominationRefusal>("consentLinkInvalid");
    await decideConsent(tx, row.id, decision, who, now);
  });
}

/** Consent by the signed-in candidate: the nomination names their verified address or their account. */
export async function consentAsCandidate(
  actor: Actor,
  nominationId: string,
  decision: { consent: boolean; bioPublicationConsent: boolean },
  ip: string | null,
  now = new Date(),
): Promise<void> {
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { email: true, emailVerifiedAt: true },
    });
    const [row] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Nomination" WHERE id = ${nominationId}
        AND ("candidateUserId" = ${actor.id} OR ("candidateEmail" = ${user.email} AND ${user.emailVerifiedAt !== null}))
      FOR UPDATE`;
    if (!row) throw new AppError("NOT_FOUND", "no such nomination for this person");
    await decideConsent(tx, row.id, decision, { userId: actor.id, ip }, now);
  });
}

/** A recommending organisation confirms or declines; its representative acts for it. */
export async function recommend(
  actor: Actor,
  input: { nominationId: string; organisationId: string; confirm: boolean },
  ip: string | null,
  now = new Date(),
): Promise<void> {
  if (!can(actor, "organisation.actFor", { organisationId: input.organisationId }))
    throw new AppError("FORBIDDEN", "not a representative of the recommending organisation");
  await db().$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ state: string }[]>`
      SELECT state FROM "NominationRecommendation" WHERE "nominationId" = ${input.nominationId} AND "organisationId" = ${input.organisationId} FOR UPDATE`;
    if (!row) throw new AppError("NOT_FOUND", "no such recommendation request");
    if (row.state !== "REQUESTED") throw new RuleRefusal<NominationRefusal>("recommendationAlreadyAnswered");
    const nomination = await tx.nomination.findUniqueOrThrow({
      where: { id: input.nominationId },
      include: { election: { include: { institution: { select: { territoryCode: true } } } } },
    });
    if (electionPhaseAt(nomination.election, now) !== "nominations")
      throw new RuleRefusal<NominationRefusal>("nominationsClosed");
    if (!["AWAITING_CONSENT", "AWAITING_RECOMMENDATIONS"].includes(nomination.state))
      throw new RuleRefusal<NominationRefusal>("nominationNotOpen");
    if (
      input.confirm &&
      ((await eligibilityOf(tx, nomination.election, [input.organisationId])).get(input.organisationId)?.reasons
        .length ?? 1) > 0
    ) {
      throw new RuleRefusal<NominationRefusal>("organisationNotEligible");
    }
    await tx.nominationRecommendation.update({
      where: {
        nominationId_organisationId: { nominationId: input.nominationId, organisationId: input.organisationId },
      },
      data: { state: input.confirm ? "CONFIRMED" : "DECLINED", decidedById: actor.id, decidedAt: now },
    });
    if (input.confirm) await completeIfReady(tx, input.nominationId);
    await recordAuditEvent(
      {
        action: input.confirm ? "nomination.recommended" : "nomination.recommendation_declined",
        actorUserId: actor.id,
        actingForOrganisationId: input.organisationId,
        subjectType: "Nomination",
        subjectId: input.nominationId,
        ipAddress: ip,
      },
      tx,
    );
  });
}

/** The nominating organisation takes its nomination back while nominations are open. */
export async function withdrawNomination(
  actor: Actor,
  nominationId: string,
  ip: string | null,
  now = new Date(),
): Promise<void> {
  await db().$transaction(async (tx) => {
    const nomination = await tx.nomination.findUnique({ where: { id: nominationId }, include: { election: true } });
    if (!nomination || !can(actor, "organisation.actFor", { organisationId: nomination.organisationId }))
      throw new AppError("NOT_FOUND", "no such nomination of the person's organisation");
    if (electionPhaseAt(nomination.election, now) !== "nominations")
      throw new RuleRefusal<NominationRefusal>("nominationsClosed");
    const { count } = await tx.nomination.updateMany({
      where: { id: nominationId, state: { in: ["AWAITING_CONSENT", "AWAITING_RECOMMENDATIONS", "SUBMITTED"] } },
      data: { state: "WITHDRAWN", withdrawnAt: now, consentTokenHash: null },
    });
    if (count === 0) throw new RuleRefusal<NominationRefusal>("nominationNotOpen");
    await recordAuditEvent(
      {
        action: "nomination.withdrawn",
        actorUserId: actor.id,
        actingForOrganisationId: nomination.organisationId,
        subjectType: "Nomination",
        subjectId: nominationId,
        ipAddress: ip,
      },
      tx,
    );
  });
}

/**
 * The commission's formal check: a complete nomination is accepted; any
 * nomination (an incomplete one too) may be rejected with a reason. Decisions
 * may be corrected until the check ends; each is in the audit log.
 */
export async function decideNomination(
  actor: { userId: string; ip: string | null },
  input: { nominationId: string; decision: "ACCEPTED" | "REJECTED"; reason: string },
  now = new Date(),
): Promise<void> {
  await db().$transaction(async (tx) => {
    const nomination = await tx.nomination.findUniqueOrThrow({
      where: { id: input.nominationId },
      include: { election: true },
    });
    const phase = electionPhaseAt(nomination.election, now);
    if (phase !== "nominations" && phase !== "formalCheck") throw new RuleRefusal<NominationRefusal>("checkClosed");
    if (nomination.state === "WITHDRAWN" || nomination.state === "DECLINED")
      throw new RuleRefusal<NominationRefusal>("nominationNotOpen");
    if (input.decision === "ACCEPTED") {
      // Only a complete nomination: consented and recommended (also when a rejection is corrected).
      const confirmed = await tx.nominationRecommendation.count({
        where: { nominationId: nomination.id, state: "CONFIRMED" },
      });
      if (!nomination.consentedAt || confirmed < nomination.election.recommendationsRequired)
        throw new RuleRefusal<NominationRefusal>("nominationIncomplete");
    }
    await tx.nomination.update({
      where: { id: nomination.id },
      data: {
        state: input.decision,
        decidedAt: now,
        decidedById: actor.userId,
        rejectionReason: input.decision === "REJECTED" ? input.reason : null,
      },
    });
    await recordAuditEvent(
      {
        action: "nomination.decided",
        actorUserId: actor.userId,
        actingForInstitutionId: nomination.election.institutionId,
        subjectType: "Nomination",
        subjectId: nomination.id,
        ipAddress: actor.ip,
        details: { decision: input.decision },
      },
      tx,
    );
    await notify(
      {
        type: "election.nomination_decided",
        subject: electionSubject(nomination.election),
        actor: { userId: actor.userId, institutionId: nomination.election.institutionId },
        audience: {
          organisations: [{ id: nomination.organisationId, roles: ["OWNER", "EDITOR", "MEMBER"] }],
          ...(nomination.candidateUserId ? { users: [nomination.candidateUserId] } : {}),
        },
        data: {
          candidate: nomination.candidateName,
          decision: input.decision,
          reason: input.decision === "REJECTED" ? input.reason : "",
        },
      },
      tx,
    );
  });
  await dispatchNotifications();
}
