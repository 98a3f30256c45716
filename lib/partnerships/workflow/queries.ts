// "My partnerships": for every side the reader acts for, its requests (all
// states, with counts), the interests it sent (with withdraw while
// undecided) and its partnerships (confirm, consent, complete). The other
// side's contacts appear only for accepted interests (contacts.ts).
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PartnershipStatus } from "@/lib/generated/prisma/enums";
import { revealedContacts } from "@/lib/partnerships/interests/contacts";
import { partiesOfActor, partyChoice, partyOf, sameParty, type Party } from "@/lib/partnerships/party";
import { partyNames, type PartyName } from "@/lib/partnerships/interests/queries";
import { dayText } from "@/lib/partnerships/requests/dates";
import { isShownPublicly, partyOnSide, projectStillRuns } from "@/lib/partnerships/workflow/policy";
import type { PartnershipSide } from "@/lib/partnerships/workflow/schemas";

const idsOf = (parties: Party[], kind: Party["kind"]) => ({
  in: parties.filter((p) => p.kind === kind).map((p) => p.id),
});
/** Rows (requests, interests) of one of the sides. */
const ofSides = (parties: Party[]) => [
  { organisationId: idsOf(parties, "organisation") },
  { institutionId: idsOf(parties, "institution") },
];
/** Partnerships with one of the sides on either side. */
const partnershipsOf = (parties: Party[]): Prisma.PartnershipWhereInput[] => [
  { requesterOrganisationId: idsOf(parties, "organisation") },
  { requesterInstitutionId: idsOf(parties, "institution") },
  { partnerOrganisationId: idsOf(parties, "organisation") },
  { partnerInstitutionId: idsOf(parties, "institution") },
];

export async function myPartnershipsView(viewer: Actor) {
  const parties = partiesOfActor(viewer);
  if (parties.length === 0) return { sides: [], requests: [], interests: [], partnerships: [] };
  const [requests, interests, partnerships] = await Promise.all([
    db().partnerRequest.findMany({
      where: { OR: ofSides(parties) },
      orderBy: { openedAt: "desc" },
      select: {
        id: true,
        slug: true,
        title: true,
        status: true,
        visibility: true,
        repliesCloseOn: true,
        interestCount: true,
        acceptedCount: true,
        maxPartners: true,
        organisationId: true,
        institutionId: true,
      },
    }),
    db().partnerInterest.findMany({
      where: { OR: ofSides(parties) },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        status: true,
        decisionNote: true,
        partnership: { select: { status: true } },
        createdAt: true,
        organisationId: true,
        institutionId: true,
        request: {
          select: {
            slug: true,
            title: true,
            status: true,
            authorId: true,
            organisationId: true,
            institutionId: true,
          },
        },
      },
    }),
    db().partnership.findMany({
      where: { OR: partnershipsOf(parties) },
      orderBy: { createdAt: "desc" },
      include: {
        request: { select: { slug: true, title: true, authorId: true, endsOn: true } },
        interest: { select: { status: true, authorId: true } },
      },
    }),
  ]);
  const names = await partyNames([
    ...parties,
    ...interests.map((i) => partyOf(i.request)!),
    ...partnerships.flatMap((p) => [partyOnSide(p, "requester")!, partyOnSide(p, "partner")!]),
  ]);
  const name = (party: Party): PartyName => names.get(partyChoice(party)) ?? { ...party, name: "", slug: "" };
  return {
    sides: parties.map(name),
    requests: requests.map((r) => ({ ...r, side: name(partyOf(r)!) })),
    interests: await Promise.all(
      interests.map(async ({ request, organisationId, institutionId, ...interest }) => {
        const author = partyOf(request)!;
        return {
          ...interest,
          side: name(partyOf({ organisationId, institutionId })!),
          request: { slug: request.slug, title: request.title, status: request.status, author: name(author) },
          contacts: await revealedContacts(interest, author, request.authorId),
        };
      }),
    ),
    partnerships: await Promise.all(
      partnerships.map(async (row) => {
        // The side the reader acts for (the requester's when both, as the author's people decide first).
        const side: PartnershipSide = parties.some((p) => sameParty(p, partyOnSide(row, "requester")))
          ? "requester"
          : "partner";
        const other: PartnershipSide = side === "requester" ? "partner" : "requester";
        const otherParty = partyOnSide(row, other)!;
        return {
          id: row.id,
          status: row.status as PartnershipStatus,
          request: { slug: row.request.slug, title: row.request.title },
          /** The project's planned end ("YYYY-MM-DD") while it is still ahead: completing asks for the early-end word. */
          endsLater: projectStillRuns(row.request.endsOn, new Date()) ? dayText(row.request.endsOn!) : null,
          side,
          us: name(partyOnSide(row, side)!),
          them: name(otherParty),
          ourConfirmedAt: row[`${side}ConfirmedAt`],
          theirConfirmedAt: row[`${other}ConfirmedAt`],
          ourShowsPublicly: row[`${side}ShowsPublicly`],
          theirShowsPublicly: row[`${other}ShowsPublicly`],
          ourCompletedAt: row[`${side}CompletedAt`],
          ourWouldAgain: row[`${side}WouldAgain`],
          shownPublicly: isShownPublicly(row),
          contacts: await revealedContacts(
            { status: row.interest.status, partnership: { status: row.status as PartnershipStatus } },
            otherParty,
            other === "requester" ? row.request.authorId : row.interest.authorId,
          ),
        };
      }),
    ),
  };
}
export type MyPartnershipsView = Awaited<ReturnType<typeof myPartnershipsView>>;

/**
 * The side's partnerships shown on its public profile (an organisation's
 * page, or an office's): formed or completed, and consented to by both sides.
 * Each names the other side and the request.
 */
export async function publicPartnershipsOfParty(party: Party) {
  const mine =
    party.kind === "organisation"
      ? [{ requesterOrganisationId: party.id }, { partnerOrganisationId: party.id }]
      : [{ requesterInstitutionId: party.id }, { partnerInstitutionId: party.id }];
  const rows = await db().partnership.findMany({
    where: {
      status: { in: ["FORMED", "COMPLETED"] },
      requesterShowsPublicly: true,
      partnerShowsPublicly: true,
      OR: mine,
    },
    orderBy: { formedAt: "desc" },
    select: {
      id: true,
      status: true,
      formedAt: true,
      requesterOrganisationId: true,
      requesterInstitutionId: true,
      partnerOrganisationId: true,
      partnerInstitutionId: true,
      request: { select: { title: true, slug: true, visibility: true } },
    },
  });
  const others = rows.map((row) =>
    sameParty(partyOnSide(row, "requester"), party) ? partyOnSide(row, "partner")! : partyOnSide(row, "requester")!,
  );
  const names = await partyNames(others);
  return rows.map((row, index) => ({
    id: row.id,
    status: row.status,
    formedAt: row.formedAt,
    // A request a moderator hid is neither named nor linked: its title may be why it was hidden.
    title: row.request.visibility === "PUBLISHED" ? row.request.title : null,
    slug: row.request.visibility === "PUBLISHED" ? row.request.slug : null,
    partner: names.get(partyChoice(others[index]!)) ?? null,
  }));
}
export type PublicPartnership = Awaited<ReturnType<typeof publicPartnershipsOfParty>>[number];

/** The organisation's partnerships on its public page (the "Partnerships" section). */
export const publicPartnershipsOf = (organisationId: string) =>
  publicPartnershipsOfParty({ kind: "organisation", id: organisationId });
