// "New partner requests that fit us": an opt-in digest. When a request is
// posted, the owners and editors of organisations that fit it by place and
// sphere (they share one of its spheres, and their seat lies in its
// territories or radius; a request naming neither reaches the whole region)
// hear of it, if they chose to (their preference for this type is on: its
// default is OFF, lib/notifications/preferences.ts). Only those who opted in
// are in the audience, so nobody else even gets an entry in the centre.
// The request's own organisation is left out. Call it in the transaction
// that posts the request, then dispatchNotifications() once it committed.
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { notify } from "@/lib/notifications/notify";
import { warsawDay } from "@/lib/partnerships/requests/dates";
import { listedWhere } from "@/lib/partnerships/requests/policy";
import { requestFactsOf, requestRow, type RequestRow } from "@/lib/partnerships/suggestions/request-facts";
import { nearGminas, seatLookup } from "@/lib/partnerships/suggestions/seats";

type Tx = Prisma.TransactionClient;

export const requestSubject = (request: Pick<RequestRow, "id" | "slug" | "title">) => ({
  type: "PartnerRequest",
  id: request.id,
  title: request.title,
  link: { pathname: "/partnerships/[slug]" as const, params: { slug: request.slug } },
});

/** The people who opted in and act for an organisation the request fits. */
export async function fittingReaders(request: RequestRow, tx: Tx = db()): Promise<string[]> {
  const facts = requestFactsOf(request, await seatLookup());
  const placed = facts.territoryCodes.length > 0 || facts.radiusKm !== null;
  const near = placed ? await nearGminas(facts.seat, facts.radiusKm, facts.territoryCodes) : [];
  const spheres = [...facts.sphereIds];
  const rows = await tx.$queryRaw<{ userId: string }[]>`
    SELECT DISTINCT m."userId" FROM "OrganisationMembership" m
    JOIN "NotificationPreference" np ON np."userId" = m."userId"
      AND np.type = 'partnership.request_fits' AND np.channel <> 'OFF'
    JOIN "Organisation" o ON o.id = m."organisationId"
    WHERE m.role IN ('OWNER', 'EDITOR')
      AND o.id IS DISTINCT FROM ${request.organisationId}
      AND (cardinality(${spheres}::text[]) = 0 OR EXISTS (
        SELECT 1 FROM "OrganisationSphere" s WHERE s."organisationId" = o.id AND s."sphereId" = ANY(${spheres}::text[])))
      AND (NOT ${placed} OR o."seatTerritoryCode" = ANY(${near}::text[]))
    ORDER BY m."userId"`;
  return rows.map((row) => row.userId);
}

/**
 * Tells the opted-in readers of organisations the request fits, once: a
 * request already announced, or not in the public lists (the lists' rule:
 * published, open, not past its day, its organisation verified), is left
 * alone. Returns how many were told.
 */
export async function announcePartnerRequest(requestId: string, tx: Tx = db(), now = new Date()): Promise<number> {
  const listed = await tx.partnerRequest.count({ where: { id: requestId, ...listedWhere(warsawDay(now)) } });
  if (listed === 0) return 0;
  const request = await requestRow(requestId, tx);
  if (!request) return 0;
  const announced = await tx.notificationEvent.count({
    where: { type: "partnership.request_fits", subjectType: "PartnerRequest", subjectId: request.id },
  });
  if (announced > 0) return 0;
  const users = await fittingReaders(request, tx);
  if (users.length === 0) return 0;
  await notify(
    {
      type: "partnership.request_fits",
      subject: requestSubject(request),
      actor: { userId: null, organisationId: request.organisationId, institutionId: request.institutionId },
      audience: { users },
      data: { author: request.authorName },
    },
    tx,
  );
  return users.length;
}
