// The confirmation page of an offer, for the applicants' members: the
// versions with their checksums and PDFs, the board members offered as
// signers, the confirmations sent with their status, and what the lead's
// owners and editors may still do (upload a signed file; withdraw or reopen
// before the deadline).
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { boardSigners } from "@/lib/offers/pdf/data";
import { versionDocument } from "@/lib/offers/submission/versions";
import { isApplicantReader } from "@/lib/offers/submission/policy";

export type ConfirmationView = NonNullable<Awaited<ReturnType<typeof confirmationView>>>;

export async function confirmationView(offerId: string, actor: Actor, now = new Date()) {
  const offer = await db().offer.findUnique({
    where: { id: offerId },
    select: {
      id: true,
      title: true,
      status: true,
      withdrawnAt: true,
      leadOrganisationId: true,
      currentVersionId: true,
      coApplicants: { select: { organisationId: true, acceptedAt: true } },
      competition: {
        select: {
          slug: true,
          title: true,
          offersDeadline: true,
          confirmationRequired: true,
          confirmationDueAt: true,
          confirmationChannels: true,
        },
      },
      versions: {
        orderBy: { number: "desc" },
        select: {
          id: true,
          number: true,
          checksum: true,
          shortChecksum: true,
          submittedAt: true,
          content: true,
          confirmations: {
            orderBy: { receivedAt: "desc" },
            select: {
              id: true,
              channel: true,
              status: true,
              receivedAt: true,
              decisionReason: true,
              fileId: true,
              file: { select: { originalName: true } },
            },
          },
        },
      },
    },
  });
  if (!offer || !offer.competition || !isApplicantReader(actor, offer)) return null;
  const current = offer.versions.find((v) => v.id === offer.currentVersionId) ?? null;
  const document = current ? versionDocument(current.content) : null;
  const ids = document?.applicants.list.map((a) => a.organisationId) ?? [];
  const boards = await db().organisation.findMany({ where: { id: { in: ids } }, select: { id: true, krsBoard: true } });
  const boardOf = new Map(boards.map((b) => [b.id, boardSigners(b.krsBoard)]));
  const open = now < offer.competition.offersDeadline;
  const lead = can(actor, "offers.submit", { organisationId: offer.leadOrganisationId });
  return {
    offer: { id: offer.id, title: document?.description.title || offer.title, status: offer.status },
    competition: offer.competition,
    current: current && {
      number: current.number,
      checksum: current.checksum,
      shortChecksum: current.shortChecksum,
      submittedAt: current.submittedAt,
    },
    versions: offer.versions.map((v) => ({
      number: v.number,
      shortChecksum: v.shortChecksum,
      submittedAt: v.submittedAt,
      confirmations: v.confirmations.map(({ file, ...c }) => ({ ...c, fileName: file?.originalName ?? null })),
    })),
    applicants: (document?.applicants.list ?? []).map((a) => ({
      name: a.name ?? "",
      board: boardOf.get(a.organisationId) ?? [],
    })),
    mayUpload: lead && offer.status === "SUBMITTED",
    mayWithdraw: lead && open && offer.status === "SUBMITTED",
    mayReopen: lead && open && (offer.status === "SUBMITTED" || offer.status === "WITHDRAWN"),
  };
}
