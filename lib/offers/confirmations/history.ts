// A submitted offer's versions with their confirmations, as both of their
// readers show them: the applicants' confirmation page (view.ts) and the
// addressed office's offer page (lib/competitions/offers-view/offer.ts).
// Each decides for itself who may read it and what it adds.
import type { Prisma } from "@/lib/generated/prisma/client";
import { versionDocument } from "@/lib/offers/submission/versions";

/** The `versions` relation as both pages read it, newest first. */
export const versionHistorySelect = {
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
} satisfies Prisma.Offer$versionsArgs;

type VersionRow = Prisma.OfferVersionGetPayload<{ select: typeof versionHistorySelect.select }>;

/** The current version (null when the offer has none) with its document, and every version with its confirmations. */
export function versionHistory(versions: readonly VersionRow[], currentVersionId: string | null) {
  const current = versions.find((v) => v.id === currentVersionId) ?? null;
  return {
    document: current ? versionDocument(current.content) : null,
    current: current && {
      number: current.number,
      checksum: current.checksum,
      shortChecksum: current.shortChecksum,
      submittedAt: current.submittedAt,
    },
    versions: versions.map((v) => ({
      number: v.number,
      shortChecksum: v.shortChecksum,
      submittedAt: v.submittedAt,
      confirmations: v.confirmations.map(({ file, ...c }) => ({ ...c, fileName: file?.originalName ?? null })),
    })),
  };
}
