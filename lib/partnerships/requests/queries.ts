// Reading a request for its edit form (the form's values as the party left
// them: a change still waiting for a moderator, if any, the next edit
// replacing it), and a party's open requests for its public page.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { partyColumns, type Party } from "@/lib/partnerships/party";
import { pendingRequestInputOf } from "@/lib/partnerships/requests/changes";
import { dayText, warsawDay } from "@/lib/partnerships/requests/dates";
import { listedWhere, mayEditRequest } from "@/lib/partnerships/requests/policy";
import type { PartnerRequestFormInput } from "@/lib/partnerships/requests/schemas";

/** The request and its form values, when this person may edit it; null otherwise (not found). */
export async function partnerRequestForEditing(slug: string, actor: Actor) {
  const request = await db().partnerRequest.findUnique({
    where: { slug },
    include: { spheres: { select: { sphereId: true } }, territories: { select: { territoryCode: true } } },
  });
  if (!request || !mayEditRequest(actor, request)) return null;
  const values: PartnerRequestFormInput = {
    party: "",
    title: request.title,
    initiative: request.initiative,
    callName: request.callName ?? "",
    callUrl: request.callUrl ?? "",
    roles: request.roles,
    partnerLegalForms: request.partnerLegalForms,
    requiresPublicBenefit: request.requiresPublicBenefit,
    welcomesLocalGovernment: request.welcomesLocalGovernment,
    sphereIds: request.spheres.map((s) => s.sphereId),
    area: request.territories.length > 0 ? "TERRITORIES" : request.radiusKm !== null ? "RADIUS" : "REGION",
    territoryCodes: request.territories.map((t) => t.territoryCode),
    radiusKm: request.radiusKm?.toString() ?? "",
    neededCompetences: request.neededCompetences as PartnerRequestFormInput["neededCompetences"],
    neededResources: request.neededResources as PartnerRequestFormInput["neededResources"],
    offeredCompetences: request.offeredCompetences as PartnerRequestFormInput["offeredCompetences"],
    offeredResources: request.offeredResources as PartnerRequestFormInput["offeredResources"],
    partnerGives: request.partnerGives,
    partnerGets: request.partnerGets,
    budgetSharePercent: request.budgetSharePercent?.toString() ?? "",
    budgetNote: request.budgetNote ?? "",
    startsOn: request.startsOn ? dayText(request.startsOn) : "",
    endsOn: request.endsOn ? dayText(request.endsOn) : "",
    timelineNote: request.timelineNote ?? "",
    repliesCloseOn: dayText(request.repliesCloseOn),
    maxPartners: String(request.maxPartners),
  };
  const waiting = pendingRequestInputOf(request.pendingFields);
  return {
    id: request.id,
    slug: request.slug,
    title: request.title,
    kind: request.organisationId ? ("organisation" as const) : ("institution" as const),
    openedAt: request.openedAt,
    renewedAt: request.renewedAt,
    values: waiting ? { ...waiting, party: "" } : values,
  };
}

/**
 * The party's requests that stand in the public lists now (published, open,
 * not past their day, the organisation verified), soonest closing first: on
 * its organisation's or office's public page.
 */
export async function openRequestsOfParty(party: Party, now = new Date()) {
  return db().partnerRequest.findMany({
    where: { ...listedWhere(warsawDay(now)), ...partyColumns(party) },
    orderBy: [{ repliesCloseOn: "asc" }, { openedAt: "desc" }],
    select: { id: true, slug: true, title: true, repliesCloseOn: true, roles: true },
  });
}
export type PartyOpenRequest = Awaited<ReturnType<typeof openRequestsOfParty>>[number];
