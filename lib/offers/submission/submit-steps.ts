// The steps both submits of an offer take (the competition's in mutations.ts,
// the small grant's in lib/small-grants/submission.ts), so a version is locked,
// checked for staleness and frozen one way: each submit adds only its own
// checks between them and its own rules snapshot.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Checksum } from "@/lib/offers/calc/checksum";
import type { FundingTotals } from "@/lib/offers/calc/funding";
import type { OfferDocument } from "@/lib/offers/document/schema";
import { freezeVersion, VERSION_SCHEMA } from "@/lib/offers/submission/versions";
import { templateDefinition } from "@/lib/offers/template/templates";

/**
 * Every transaction that submits, withdraws or reopens an offer. In the last
 * minute before a deadline a hundred submits may come at once for a pool of ten
 * connections: each waits its turn (maxWait) rather than failing after Prisma's
 * default 2 s, since it is judged by when it arrived (arrivalTime), not by when
 * its turn came. The timeout bounds one submit's work once it has a connection.
 */
export const SUBMIT_TRANSACTION = { maxWait: 30_000, timeout: 15_000 };

/** Locks the offer row for the rest of the transaction; false when there is no such offer. */
export async function lockOffer(tx: Prisma.TransactionClient, offerId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Offer" WHERE id = ${offerId} FOR UPDATE`;
  return rows.length === 1;
}

/**
 * Whether the stored sections are exactly those the caller saw, each at the
 * revision it saw: a stale tab cannot submit what it has not seen.
 */
export function sawEverySection(
  rows: readonly { key: string; revision: number }[],
  revisions: Readonly<Record<string, number>>,
): boolean {
  const keys = Object.keys(revisions);
  return rows.length === keys.length && rows.every((row) => revisions[row.key] === row.revision);
}

export type OfferToFreeze = {
  id: string;
  title: string;
  institutionId: string;
  competitionId: string | null;
  taskId: string | null;
  kind: "SINGLE" | "JOINT";
  /** The newest version so far, if any. */
  versions: readonly { number: number }[];
};

export type StoredVersion = { versionId: string; number: number; checksum: Checksum; title: string };

/**
 * Stores the next version: its frozen { header, document } with the checksum
 * over both, the sums checkOffer computed, the rules it was checked by, the
 * attached files with their hashes (a small grant has none: attachments answer
 * a competition's requirements); and marks the offer submitted under the
 * title it was submitted with.
 */
export async function storeSubmittedVersion(
  tx: Prisma.TransactionClient,
  offer: OfferToFreeze,
  submission: {
    document: OfferDocument;
    funding: FundingTotals;
    /** The database's clock, read in the same transaction. */
    now: Date;
    submittedById: string;
    rulesSnapshot: Prisma.InputJsonValue;
  },
): Promise<StoredVersion> {
  const { document, funding, now } = submission;
  const number = (offer.versions[0]?.number ?? 0) + 1;
  const frozen = freezeVersion(
    {
      offerId: offer.id,
      number,
      institutionId: offer.institutionId,
      competitionId: offer.competitionId,
      taskId: offer.taskId,
      kind: offer.kind,
      submittedAt: now.toISOString(),
    },
    document,
  );
  const title = document.description.title?.trim() || offer.title;
  const version = await tx.offerVersion.create({
    data: {
      offerId: offer.id,
      number,
      templateVersion: templateDefinition(document.template).templateVersion,
      schemaVersion: VERSION_SCHEMA,
      content: { header: frozen.header, document: frozen.document } as unknown as Prisma.InputJsonValue,
      checksum: frozen.checksum.hex,
      shortChecksum: frozen.checksum.short,
      submittedAt: now,
      submittedById: submission.submittedById,
      totalCost: BigInt(funding.total),
      requestedGrant: BigInt(funding.grant),
      ownFinancial: BigInt(funding.ownFinancial),
      ownNonFinancial: BigInt(funding.ownNonFinancial),
      recipientPayments: BigInt(funding.recipientPayments),
      years: document.years,
      rulesSnapshot: submission.rulesSnapshot,
    },
    select: { id: true },
  });
  const attachments = await tx.offerAttachment.findMany({
    where: { offerId: offer.id },
    select: { id: true, file: { select: { sha256: true } } },
  });
  if (attachments.length > 0) {
    await tx.offerVersionAttachment.createMany({
      data: attachments.map((a) => ({ versionId: version.id, attachmentId: a.id, sha256: a.file.sha256 })),
    });
  }
  await tx.offer.update({
    where: { id: offer.id },
    data: {
      status: "SUBMITTED",
      submittedAt: now,
      withdrawnAt: null,
      currentVersionId: version.id,
      title,
      totalCost: BigInt(funding.total),
      requestedGrant: BigInt(funding.grant),
    },
  });
  return { versionId: version.id, number, checksum: frozen.checksum, title };
}
