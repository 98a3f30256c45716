// The confirmation page of an offer, for the applicants' members: the
// versions with their checksums and PDFs, the board members offered as
// signers, the confirmations sent with their status, and what the lead's
// owners and editors may still do (upload a signed file; withdraw or reopen
// before the deadline).
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { versionHistory, versionHistorySelect } from "@/lib/offers/confirmations/history";
import { boardSigners } from "@/lib/offers/pdf/data";
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
      versions: versionHistorySelect,
    },
  });
  if (!offer || !offer.competition || !isApplicantReader(actor, offer)) return null;
  const { document, current, versions } = versionHistory(offer.versions, offer.currentVersionId);
  const ids = document?.applicants.list.map((a) => a.organisationId) ?? [];
  const boards = await db().organisation.findMany({ where: { id: { in: ids } }, select: { id: true, krsBoard: true } });
  const boardOf = new Map(boards.map((b) => [b.id, boardSigners(b.krsBoard)]));
  const open = now < offer.competition.offersDeadline;
  const lead = can(actor, "offers.submit", { organisationId: offer.leadOrganisationId });
  return {
    offer: { id: offer.id, title: document?.description.title || offer.title, status: offer.status },
    competition: offer.competition,
    current,
    versions,
    applicants: (document?.applicants.list ?? []).map((a) => ({
      name: a.name ?? "",
      board: boardOf.get(a.organisationId) ?? [],
    })),
    mayUpload: lead && offer.status === "SUBMITTED",
    mayWithdraw: lead && open && offer.status === "SUBMITTED",
    mayReopen: lead && open && (offer.status === "SUBMITTED" || offer.status === "WITHDRAWN"),
  };
}
