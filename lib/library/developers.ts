// Who developed a library document together with its steward. Naming an
// office or organisation says publicly that it stands behind the document, so
// it needs their consent: a party the person naming it acts for (or the
// document's own steward) is named at once; any other is invited, its people
// (those who may act for it in the library) accept or decline, and whoever
// named it is told. Invitations are shown to the document's editors and to
// the invited, never publicly (lib/library/queries.ts reads accepted ones only).
import { authorScope, mayActAsAuthor } from "@/lib/auth/authors";
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DocumentFields } from "@/lib/library/schemas";
import { LIBRARY_STEWARDS } from "@/lib/library/stewards";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";

type Tx = Prisma.TransactionClient;
type Party = { institutionId: string | null; organisationId: string | null };
type DocumentRef = Party & { id: string; slug: string; title: string };

const keyOf = (party: Party) => (party.institutionId ? `i:${party.institutionId}` : `o:${party.organisationId}`);
const isSteward = (document: Party, party: Party) =>
  (party.institutionId !== null && party.institutionId === document.institutionId) ||
  (party.organisationId !== null && party.organisationId === document.organisationId);
const peopleOf = (party: Party) =>
  party.institutionId
    ? { institutions: [{ id: party.institutionId, roles: ["ADMINISTRATOR" as const, "OFFICIAL" as const] }] }
    : { organisations: [{ id: party.organisationId!, roles: ["OWNER" as const, "EDITOR" as const] }] };
const subjectOf = (document: { id: string; slug: string; title: string }) => ({
  type: "LibraryDocument",
  id: document.id,
  title: document.title,
  link: { pathname: "/library/[slug]" as const, params: { slug: document.slug } },
});

/**
 * Saves the developers the form names. Those named before keep their answer;
 * new ones are named at once or invited (see above). `namer.actor` is null
 * when a moderator applies an organisation's change: then only the steward
 * itself is named at once, and the invitations come from the change's writer.
 */
export async function writeDevelopers(
  tx: Tx,
  document: DocumentRef,
  fields: Pick<DocumentFields, "developerInstitutionIds" | "developerOrganisationIds">,
  namer: { actor: Actor | null; userId: string | null },
): Promise<void> {
  const [institutions, organisations] = await Promise.all([
    tx.institution.findMany({ where: { id: { in: fields.developerInstitutionIds } }, select: { id: true } }),
    tx.organisation.findMany({ where: { id: { in: fields.developerOrganisationIds } }, select: { id: true } }),
  ]);
  const wanted: Party[] = [
    ...institutions.map((i) => ({ institutionId: i.id, organisationId: null })),
    ...organisations.map((o) => ({ institutionId: null, organisationId: o.id })),
  ];
  const existing = await tx.libraryDocumentDeveloper.findMany({
    where: { documentId: document.id },
    select: { id: true, institutionId: true, organisationId: true },
  });
  const wantedKeys = new Set(wanted.map(keyOf));
  await tx.libraryDocumentDeveloper.deleteMany({
    where: { id: { in: existing.filter((d) => !wantedKeys.has(keyOf(d))).map((d) => d.id) } },
  });
  const existingKeys = new Set(existing.map(keyOf));
  const now = new Date();
  for (const party of wanted.filter((p) => !existingKeys.has(keyOf(p)))) {
    const consented =
      isSteward(document, party) ||
      (namer.actor !== null && (await mayActAsAuthor(namer.actor, party, LIBRARY_STEWARDS)));
    await tx.libraryDocumentDeveloper.create({
      data: { documentId: document.id, ...party, acceptedAt: consented ? now : null, invitedById: namer.userId },
    });
    if (!consented)
      await notify(
        {
          type: "library.codeveloper",
          subject: subjectOf(document),
          actor: {
            userId: namer.userId,
            organisationId: document.organisationId,
            institutionId: document.institutionId,
          },
          audience: peopleOf(party),
          data: { decision: "invited" },
        },
        tx,
      );
  }
}

/** Invitations waiting for the offices and organisations the person acts for in the library. */
export async function developerInvitations(actor: Actor) {
  const { organisationIds, institutionIds } = authorScope(actor, LIBRARY_STEWARDS);
  if (organisationIds.length === 0 && institutionIds.length === 0) return [];
  return db().libraryDocumentDeveloper.findMany({
    where: {
      acceptedAt: null,
      OR: [{ organisationId: { in: organisationIds } }, { institutionId: { in: institutionIds } }],
    },
    select: {
      id: true,
      institution: { select: { name: true, officeName: true } },
      organisation: { select: { name: true } },
      invitedBy: { select: { name: true } },
      document: {
        select: {
          id: true,
          slug: true,
          title: true,
          description: true,
          institution: { select: { name: true, officeName: true } },
          organisation: { select: { name: true } },
        },
      },
    },
    orderBy: { id: "asc" },
    take: 100,
  });
}
export type DeveloperInvitation = Awaited<ReturnType<typeof developerInvitations>>[number];

/** The invited party's answer: accepted, it is named publicly; declined, it is not named at all. Whoever named it is told. */
export async function answerInvitation(
  actor: Actor,
  developerId: string,
  accept: boolean,
  meta: { ip: string | null },
): Promise<void> {
  await db().$transaction(async (tx) => {
    const developer = await tx.libraryDocumentDeveloper.findUnique({
      where: { id: developerId },
      include: {
        document: { select: { id: true, slug: true, title: true } },
        institution: { select: { name: true, officeName: true } },
        organisation: { select: { name: true } },
      },
    });
    if (!developer || developer.acceptedAt || !(await mayActAsAuthor(actor, developer, LIBRARY_STEWARDS)))
      throw new AppError("NOT_FOUND", `library developer ${developerId}`);
    if (accept)
      await tx.libraryDocumentDeveloper.update({ where: { id: developerId }, data: { acceptedAt: new Date() } });
    else await tx.libraryDocumentDeveloper.delete({ where: { id: developerId } });
    await recordAuditEvent(
      {
        action: accept ? "library.codeveloper_accepted" : "library.codeveloper_declined",
        actorUserId: actor.id,
        actingForOrganisationId: developer.organisationId,
        actingForInstitutionId: developer.institutionId,
        subjectType: "LibraryDocument",
        subjectId: developer.documentId,
        ipAddress: meta.ip,
      },
      tx,
    );
    const party = developer.institution
      ? (developer.institution.officeName ?? developer.institution.name)
      : (developer.organisation?.name ?? "");
    if (developer.invitedById) {
      await notify(
        {
          type: "library.codeveloper",
          subject: subjectOf(developer.document),
          actor: { userId: actor.id, organisationId: developer.organisationId, institutionId: developer.institutionId },
          audience: { users: [developer.invitedById] },
          data: { decision: accept ? "accepted" : "declined", organisation: party },
        },
        tx,
      );
    }
  });
  await dispatchNotifications();
}
