// A submitted version with what its PDFs print beside the document (the
// office, the competition and task, the act's citation in force on the
// submission day, the applicants' boards from KRS), and who may read it.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { ruleAt } from "@/lib/legal-rules/rules";
import { addresseeName } from "@/lib/offers/addressee";
import { offerNamingSelect } from "@/lib/offers/file-names";
import { versionDocument } from "@/lib/offers/submission/versions";
import { isApplicantReader, isOfficeReader, officeReadableSelect } from "@/lib/offers/submission/policy";
import type { ConfirmationPdfInput, Signer } from "@/lib/offers/pdf/confirmation-pdf";
import type { OfferPdfInput } from "@/lib/offers/pdf/offer-pdf";

/** Printed when no dated citation is configured: the act without its consolidated text. */
const CITATION_FALLBACK = "Dz. U. z 2024 r. poz. 1491";

const versionSelect = {
  id: true,
  number: true,
  content: true,
  checksum: true,
  shortChecksum: true,
  submittedAt: true,
  pdfFileId: true,
  confirmationPdfFileId: true,
  offer: {
    select: {
      ...officeReadableSelect,
      id: true,
      kind: true,
      title: true,
      leadOrganisationId: true,
      leadOrganisation: offerNamingSelect.leadOrganisation,
      institution: { select: { name: true, officeName: true } },
      coApplicants: { orderBy: { position: "asc" as const }, select: { organisationId: true, acceptedAt: true } },
      competition: {
        select: { title: true, reference: true, slug: true, offersDeadline: true, officeSeesOffersAfterDeadline: true },
      },
      task: { select: { number: true, kindName: true } },
    },
  },
} as const;

export type VersionRow = NonNullable<Awaited<ReturnType<typeof findVersion>>>;

/** A version with what its PDF needs, whoever reads it: callers check access first (the commission's route, lib/competitions/commission). */
export function findVersion(offerId: string, number: number) {
  return db().offerVersion.findUnique({ where: { offerId_number: { offerId, number } }, select: versionSelect });
}

/**
 * The version when the actor may read it: a member of an applicant, or an
 * official of the addressed office while it may read the offer (see
 * isOfficeReader: a competition's after its deadline, a small grant once
 * received).
 */
export async function readableVersion(actor: Actor | null, offerId: string, number: number, now?: Date) {
  const version = await findVersion(offerId, number);
  if (!version) return null;
  const offer = version.offer;
  if (isApplicantReader(actor, offer)) return version;
  return isOfficeReader(actor, offer, now ?? (await databaseNow())) ? version : null;
}

async function citationAt(day: Date): Promise<string> {
  const rule = await ruleAt("udpp.citation", day);
  return rule?.value ?? CITATION_FALLBACK;
}

export async function offerPdfInput(version: VersionRow): Promise<OfferPdfInput | null> {
  const document = versionDocument(version.content);
  if (!document) return null;
  return {
    document,
    kind: version.offer.kind,
    institutionName: addresseeName(version.offer.institution),
    taskKind: version.offer.task?.kindName ?? "",
    citation: await citationAt(version.submittedAt),
    number: version.number,
    shortChecksum: version.shortChecksum,
    submittedAt: version.submittedAt,
  };
}

type KrsBoard = { body?: string; members?: { name?: unknown; role?: unknown }[] };

/** The board members from KRS, as offered signers (names as KRS publishes them, masked). */
export function boardSigners(krsBoard: unknown): Signer[] {
  const members = (krsBoard as KrsBoard | null)?.members;
  if (!Array.isArray(members)) return [];
  return members.flatMap((m) =>
    typeof m.name === "string" && typeof m.role === "string" ? [{ name: m.name, function: m.role }] : [],
  );
}

/** Each applicant as printed, with their offered signers; `chosen` keeps, per applicant, the board members picked. */
export async function confirmationPdfInput(
  version: VersionRow,
  chosen: Map<number, Set<number>> | null,
): Promise<ConfirmationPdfInput | null> {
  const document = versionDocument(version.content);
  if (!document) return null;
  const ids = document.applicants.list.map((a) => a.organisationId);
  const organisations = await db().organisation.findMany({
    where: { id: { in: ids } },
    select: { id: true, krsBoard: true },
  });
  const boards = new Map(organisations.map((o) => [o.id, boardSigners(o.krsBoard)]));
  const task = version.offer.task;
  return {
    institutionName: addresseeName(version.offer.institution),
    competitionTitle: version.offer.competition?.title ?? "",
    competitionReference: version.offer.competition?.reference ?? null,
    task: task ? `Zadanie ${task.number}: ${task.kindName}` : "",
    offerTitle: document.description.title ?? version.offer.title,
    applicants: document.applicants.list.map((applicant, index) => {
      const board = boards.get(applicant.organisationId) ?? [];
      const picked = chosen?.get(index);
      return {
        name: applicant.name ?? "",
        register: applicant.register?.number
          ? `${applicant.register.kind === "KRS" ? "KRS" : (applicant.register.name ?? "")} ${applicant.register.number}`.trim()
          : "",
        signers: picked ? board.filter((_, i) => picked.has(i)) : board,
      };
    }),
    number: version.number,
    checksum: version.checksum,
    shortChecksum: version.shortChecksum,
    submittedAt: version.submittedAt,
  };
}
