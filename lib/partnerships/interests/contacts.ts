// Contact details the two sides of an accepted interest see of each other,
// and only then (issue 23: revealed on acceptance, never before). Of an
// organisation: its contact channels and contact persons (osoby do kontaktu)
// shown to signed-in people or everyone (not those kept for its own members),
// and the e-mail of the person who wrote the request or the interest; of an
// office: its address, e-mail, phone and website, and that person's e-mail.
// Every reader of contacts in this module goes through revealedContacts, which
// takes the interest and answers nothing unless it was accepted.
import "server-only";
import { db } from "@/lib/db/client";
import type { PartnerInterestStatus, PartnershipStatus } from "@/lib/generated/prisma/enums";
import type { Party } from "@/lib/partnerships/party";

export interface PartyContacts {
  channels: { kind: string; value: string }[];
  persons: { name: string; function: string | null; email: string | null; phone: string | null }[];
  address: string | null;
  /** The e-mail of the person who wrote the request (or the interest), when their account still exists. */
  personEmail: string | null;
}

/** The writer's e-mail, while they still act for the side (an owner or editor, an official). */
async function writerEmail(party: Party, personId: string | null): Promise<string | null> {
  if (!personId) return null;
  const stillActs =
    party.kind === "organisation"
      ? {
          organisationMemberships: {
            some: { organisationId: party.id, role: { in: ["OWNER" as const, "EDITOR" as const] } },
          },
        }
      : { institutionMemberships: { some: { institutionId: party.id } } };
  const person = await db().user.findFirst({
    where: { id: personId, deletedAt: null, ...stillActs },
    select: { email: true },
  });
  return person?.email ?? null;
}

async function partyContacts(party: Party, personId: string | null): Promise<PartyContacts> {
  const person = { email: await writerEmail(party, personId) };
  if (party.kind === "institution") {
    const office = await db().institution.findUnique({
      where: { id: party.id },
      select: { address: true, email: true, phone: true, website: true },
    });
    const channels = (["email", "phone", "website"] as const).flatMap((kind) =>
      office?.[kind] ? [{ kind: kind.toUpperCase(), value: office[kind] }] : [],
    );
    return { channels, persons: [], address: office?.address ?? null, personEmail: person.email };
  }
  const shown = { in: ["PUBLIC", "SIGNED_IN"] as ("PUBLIC" | "SIGNED_IN")[] };
  const [channels, persons] = await Promise.all([
    db().organisationContact.findMany({
      where: { organisationId: party.id, visibility: shown },
      select: { kind: true, value: true },
      orderBy: { kind: "asc" },
    }),
    db().organisationContactPerson.findMany({
      where: { organisationId: party.id, visibility: shown },
      select: { name: true, function: true, email: true, phone: true },
      orderBy: { sortOrder: "asc" },
    }),
  ]);
  return { channels, persons, address: null, personEmail: person.email };
}

/**
 * What one side sees of the other for this interest: null unless the
 * interest was accepted. `about` names whose contacts: the request's author
 * (for the accepted side) or the interested side (for the author).
 */
export async function revealedContacts(
  interest: { status: PartnerInterestStatus; partnership: { status: PartnershipStatus } | null },
  about: Party,
  personId: string | null,
): Promise<PartyContacts | null> {
  // A partnership ended before it formed hides them again: accepting and ending in turn gathers no contacts.
  if (interest.status !== "ACCEPTED" || interest.partnership?.status === "ENDED") return null;
  return partyContacts(about, personId);
}
