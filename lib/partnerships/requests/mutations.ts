// Posting and editing partner requests. Who may act for the party is checked
// by the action (lib/partnerships/requests/actions.ts) before these run; here
// are the rules of the request itself: a verified organisation, a closing day
// after today and within the longest reply period, spheres in force and units
// of the region, a seat to measure a radius from. A double submit (the same
// browser key) gives back the first request. What a new request or a change
// does (public at once, looked at afterwards, or held for a moderator) is the
// platform's one moderation rule (lib/partnerships/requests/changes.ts).
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { uniqueViolationFields } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActionMeta } from "@/lib/http/request-context";
import {
  newRequestOutcome,
  requestChangeOutcome,
  requestFieldsAsInput,
  screenedRequestText,
} from "@/lib/partnerships/requests/changes";
import { partyColumns, partyOf, type Party } from "@/lib/partnerships/party";
import { closeOnProblem, parseDay } from "@/lib/partnerships/requests/dates";
import { partySeat } from "@/lib/partnerships/requests/parties";
import { mayEditRequest, mayViewRequest } from "@/lib/partnerships/requests/policy";
import { areaColumns, type PartnerRequestFields } from "@/lib/partnerships/requests/schemas";
import { requestRules } from "@/lib/partnerships/settings/queries";
import { requestSlug } from "@/lib/partnerships/requests/slug";
import { FieldRuleError, type FieldProblem } from "@/lib/rule-errors/field-rules";
import { admitPartnerRequestWriter, mustBeHeld, refuseSuspended, type WriterRefusal } from "@/lib/forum/writers";
import { dispatchNotifications } from "@/lib/notifications/notify";
import { announcePartnerRequest } from "@/lib/partnerships/suggestions/announce";
import { tellRequestModerators } from "@/lib/partnerships/requests/audience";
import { RuleRefusal } from "@/lib/rule-errors/refusals";
import { regionCode } from "@/lib/settings/platform-name";

type Tx = Prisma.TransactionClient;
export type PartnerRequestRefusal = "organisationNotVerified" | "notEditable" | WriterRefusal;

const REQUEST_TERRITORY_KINDS = [
  "POWIAT",
  "CITY_WITH_POWIAT_RIGHTS",
  "URBAN_GMINA",
  "RURAL_GMINA",
  "URBAN_RURAL_GMINA",
] as const;

/** Only a verified organisation posts requests (offices are public bodies and need no verification). */
async function refuseUnverified(party: Party): Promise<void> {
  if (party.kind !== "organisation") return;
  const organisation = await db().organisation.findUnique({
    where: { id: party.id },
    select: { verifiedAt: true },
  });
  if (!organisation) throw new AppError("NOT_FOUND", "organisation");
  if (!organisation.verifiedAt) throw new RuleRefusal<PartnerRequestRefusal>("organisationNotVerified");
}

/**
 * Everything about the fields that needs the database, as problems on the
 * fields: the closing day (from `from`, the opening or last renewal), known
 * spheres, gminas and powiats of the region, and a seat for a radius.
 */
export async function fieldProblems(
  tx: Tx,
  fields: PartnerRequestFields,
  party: Party,
  from: Date,
  now: Date,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const { maxReplyDays } = await requestRules(tx);
  const closing = closeOnProblem(fields.repliesCloseOn, from, maxReplyDays, now);
  if (closing) problems.push({ field: "repliesCloseOn", message: closing });
  if (fields.sphereIds.length > 0) {
    const known = await tx.publicBenefitSphere.count({ where: { id: { in: fields.sphereIds }, validTo: null } });
    if (known !== fields.sphereIds.length)
      problems.push({ field: "sphereIds", message: "partnerRequestSphereUnknown" });
  }
  const { territoryCodes, radiusKm } = areaColumns(fields);
  if (territoryCodes.length > 0) {
    const known = await tx.territory.count({
      where: {
        code: { in: territoryCodes },
        voivodeshipCode: await regionCode(),
        kind: { in: [...REQUEST_TERRITORY_KINDS] },
      },
    });
    if (known !== territoryCodes.length)
      problems.push({ field: "territoryCodes", message: "partnerRequestTerritoryUnknown" });
  }
  if (radiusKm !== null && !(await partySeat(tx, party)))
    problems.push({ field: "radiusKm", message: "partnerRequestSeatUnknown" });
  return problems;
}

/** The request's own columns from the form's fields. */
export function requestColumns(fields: PartnerRequestFields) {
  const { sphereIds: _spheres, territoryCodes: _territories, area: _area, ...columns } = fields;
  return {
    ...columns,
    radiusKm: areaColumns(fields).radiusKm,
    startsOn: fields.startsOn ? parseDay(fields.startsOn) : null,
    endsOn: fields.endsOn ? parseDay(fields.endsOn) : null,
    repliesCloseOn: parseDay(fields.repliesCloseOn)!,
  };
}

export async function writeRequestTopics(tx: Tx, requestId: string, fields: PartnerRequestFields): Promise<void> {
  await tx.partnerRequestSphere.deleteMany({ where: { requestId } });
  await tx.partnerRequestSphere.createMany({ data: fields.sphereIds.map((sphereId) => ({ requestId, sphereId })) });
  await tx.partnerRequestTerritory.deleteMany({ where: { requestId } });
  await tx.partnerRequestTerritory.createMany({
    data: areaColumns(fields).territoryCodes.map((territoryCode) => ({ requestId, territoryCode })),
  });
}

const earlierSubmission = (authorId: string, submissionKey: string) =>
  db().partnerRequest.findUnique({
    where: { authorId_submissionKey: { authorId, submissionKey } },
    select: { id: true, slug: true, visibility: true },
  });

/** What posting or saving a request gives back: its address, and whether it (or the change) waits for a moderator. */
export type WrittenRequest = { id: string; slug: string; held: boolean };

/**
 * A new request for the party (already authorised by the action); the same
 * browser key twice gives the first back. Public at once, or held off the
 * lists for a moderator when the blocked-word screen flags it.
 */
export async function createPartnerRequest(
  actor: Actor,
  party: Party,
  input: PartnerRequestFields & { submissionKey: string },
  meta: ActionMeta,
  now = new Date(),
  attempt = 1,
): Promise<WrittenRequest> {
  const earlier = await earlierSubmission(actor.id, input.submissionKey);
  if (earlier) return { id: earlier.id, slug: earlier.slug, held: earlier.visibility === "PENDING" };
  await refuseUnverified(party);
  if (attempt === 1) await admitPartnerRequestWriter(actor, now);
  const { submissionKey, ...fields } = input;
  try {
    const created = await db().$transaction(async (tx) => {
      const problems = await fieldProblems(tx, fields, party, now, now);
      if (problems.length > 0) throw new FieldRuleError(problems);
      const steward = partyColumns(party);
      const outcome = newRequestOutcome(steward, await mustBeHeld(tx, screenedRequestText(fields)));
      const request = await tx.partnerRequest.create({
        data: {
          ...requestColumns(fields),
          slug: requestSlug(fields.title),
          authorId: actor.id,
          ...steward,
          submissionKey,
          openedAt: now,
          statusChangedAt: now,
          visibility: outcome === "holdForReview" ? "PENDING" : "PUBLISHED",
          // Held, or an organisation's public at once: either way on the moderators' list.
          reviewRequestedAt: outcome === "apply" ? null : now,
        },
        select: {
          id: true,
          slug: true,
          title: true,
          visibility: true,
          authorId: true,
          organisationId: true,
          institutionId: true,
        },
      });
      await writeRequestTopics(tx, request.id, fields);
      await recordAuditEvent(
        {
          action: "partnership.request_created",
          actorUserId: actor.id,
          actingForOrganisationId: steward.organisationId,
          actingForInstitutionId: steward.institutionId,
          subjectType: "PartnerRequest",
          subjectId: request.id,
          ipAddress: meta.ip,
          details: {
            roles: fields.roles,
            maxPartners: fields.maxPartners,
            repliesCloseOn: fields.repliesCloseOn,
            visibility: request.visibility,
          },
        },
        tx,
      );
      // Organisations it fits that asked to hear of such requests are told with the request, or not at all
      // (a held one once a moderator accepts it: the moderators hear of it now).
      if (request.visibility === "PENDING") await tellRequestModerators(tx, request);
      else await announcePartnerRequest(request.id, tx);
      return request;
    });
    await dispatchNotifications();
    return { id: created.id, slug: created.slug, held: created.visibility === "PENDING" };
  } catch (error) {
    const violated = uniqueViolationFields(error);
    if (!violated) throw error;
    // Two sends of one press racing: the second finds the first.
    const first = await earlierSubmission(actor.id, submissionKey);
    if (first) return { id: first.id, slug: first.slug, held: first.visibility === "PENDING" };
    // The random suffix met another request's: a new one is drawn.
    if (violated.includes("slug") && attempt < 3)
      return createPartnerRequest(actor, party, input, meta, now, attempt + 1);
    throw error;
  }
}

/**
 * The request under its row lock, if this person may see it (NOT_FOUND
 * otherwise, no hint it exists); refused when they may see but not change it.
 */
export async function lockedRequestForParty(
  tx: Tx,
  actor: Actor,
  requestId: string,
  { needsVerified }: { needsVerified: boolean },
) {
  await tx.$queryRaw`SELECT id FROM "PartnerRequest" WHERE id = ${requestId} FOR UPDATE`;
  const request = await tx.partnerRequest.findUnique({
    where: { id: requestId },
    include: { organisation: { select: { verifiedAt: true } } },
  });
  if (!request || !mayViewRequest(actor, request)) throw new AppError("NOT_FOUND", `partner request ${requestId}`);
  if (!mayEditRequest(actor, request)) throw new RuleRefusal<PartnerRequestRefusal>("notEditable");
  // Changing or renewing a request needs what posting it needed; closing it does not.
  if (needsVerified && request.organisation && !request.organisation.verifiedAt)
    throw new RuleRefusal<PartnerRequestRefusal>("organisationNotVerified");
  return request;
}

/**
 * Saves the party's changes to a request that is not closed, by the one
 * moderation rule: applied (an office's; an organisation's, then looked at by
 * a moderator), or, flagged by the blocked-word screen on a published
 * request, held in `pendingFields` while the public keeps the last accepted
 * text. A new change replaces one still waiting. A refused request corrected
 * is public again (or held again, flagged).
 */
export async function updatePartnerRequest(
  actor: Actor,
  requestId: string,
  fields: PartnerRequestFields,
  meta: ActionMeta,
  now = new Date(),
): Promise<{ slug: string; held: boolean }> {
  await refuseSuspended(actor, now);
  const saved = await db().$transaction(async (tx) => {
    const request = await lockedRequestForParty(tx, actor, requestId, { needsVerified: true });
    const party = partyOf(request)!;
    const problems = await fieldProblems(tx, fields, party, request.renewedAt ?? request.openedAt, now);
    if (problems.length > 0) throw new FieldRuleError(problems);
    // The count of partners wanted cannot fall below those already accepted (a CHECK holds it too).
    if (fields.maxPartners < request.acceptedCount)
      throw new FieldRuleError([{ field: "maxPartners", message: "partnerRequestMaxBelowAccepted" }]);
    const flagged = await mustBeHeld(tx, screenedRequestText(fields));
    const outcome = requestChangeOutcome(request, flagged);
    if (outcome === "holdForReview") {
      await tx.partnerRequest.update({
        where: { id: request.id },
        data: {
          pendingFields: requestFieldsAsInput(fields) as Prisma.InputJsonValue,
          reviewRequestedAt: now,
          changeNote: null,
        },
      });
      // Once per waiting change: a new edit replacing it is already on their list.
      if (request.pendingFields === null) await tellRequestModerators(tx, request);
    } else {
      await tx.partnerRequest.update({
        where: { id: request.id },
        data: { ...requestColumns(fields), ...afterApplied(request, outcome, flagged, now) },
      });
      await writeRequestTopics(tx, request.id, fields);
    }
    await recordAuditEvent(
      {
        action: "partnership.request_edited",
        actorUserId: actor.id,
        actingForOrganisationId: request.organisationId,
        actingForInstitutionId: request.institutionId,
        subjectType: "PartnerRequest",
        subjectId: request.id,
        ipAddress: meta.ip,
        details: { status: request.status, visibility: request.visibility, outcome },
      },
      tx,
    );
    // A refused request corrected: public again, those it fits hear of it now (if they have not yet); held again,
    // the moderators do.
    if (request.visibility === "REJECTED")
      await (flagged ? tellRequestModerators(tx, request) : announcePartnerRequest(request.id, tx));
    const held =
      outcome === "holdForReview" || request.visibility === "PENDING" || (request.visibility === "REJECTED" && flagged);
    return { slug: request.slug, held };
  });
  await dispatchNotifications();
  return saved;
}

/** Where an applied change leaves the request's moderation: a change still waiting is replaced by it. */
function afterApplied(
  request: { visibility: string },
  outcome: "apply" | "applyThenReview",
  flagged: boolean,
  now: Date,
): Prisma.PartnerRequestUpdateInput {
  const replaced = { pendingFields: Prisma.DbNull, changeNote: null };
  switch (request.visibility) {
    case "PENDING":
      // Still held: the moderator decides on the request as it is now (a new time: a new fingerprint, so a
      // decision on what they saw before is refused even when the edit touched no word of it).
      return { ...replaced, reviewRequestedAt: now };
    case "REJECTED":
      // Corrected: public again and on the moderators' list once more (flagged again, held again).
      return flagged
        ? { ...replaced, visibility: "PENDING", moderationNote: null, reviewRequestedAt: now }
        : { ...replaced, visibility: "PUBLISHED", moderationNote: null, reviewRequestedAt: now };
    case "HIDDEN":
      // The moderator reads it before restoring it (the restore's fingerprint): a new time, so a restore on what
      // they read before is refused even when the edit touched no word of it.
      return { ...replaced, reviewRequestedAt: now };
    default:
      return { ...replaced, reviewRequestedAt: outcome === "applyThenReview" ? now : null };
  }
}
