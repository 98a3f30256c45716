// Which organisation or office an action on a request touches, found on the
// server from the request's id (never from an id the client claims), for the
// scoped actions of actions.ts. Each action is built once per kind of party,
// because the permission differs ("partnerships.actForOrganisation" or
// "partnerships.actForInstitution"): a request of the other kind is not found.
import "server-only";
import type { Scope } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { PartyKind } from "@/lib/partnerships/party";

export async function requestScope(kind: PartyKind, requestId: string): Promise<Scope | null> {
  const request = await db().partnerRequest.findUnique({
    where: { id: requestId },
    select: { organisationId: true, institutionId: true },
  });
  if (kind === "organisation" && request?.organisationId) return { organisationId: request.organisationId };
  if (kind === "institution" && request?.institutionId) return { institutionId: request.institutionId };
  return null;
}

/** The party named by a new request's input, if it exists. */
export async function newRequestScope(input: { organisationId: string } | { institutionId: string }) {
  if ("organisationId" in input) {
    const found = await db().organisation.findUnique({ where: { id: input.organisationId }, select: { id: true } });
    return found ? { organisationId: found.id } : null;
  }
  const found = await db().institution.findUnique({ where: { id: input.institutionId }, select: { id: true } });
  return found ? { institutionId: found.id } : null;
}
