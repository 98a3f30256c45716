// One offer as the addressed office reads it, once it may (see list.ts): the
// current version's document, every version with its checksum, and the
// confirmations with what the office may do with them.
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { addresseeName } from "@/lib/offers/addressee";
import { officeSeesOffers } from "@/lib/offers/submission/policy";
import { versionDocument } from "@/lib/offers/submission/versions";

export type OfficeOfferView = NonNullable<Awaited<ReturnType<typeof officeOfferView>>>;

/** `now` for tests; by default the database's clock, which also decides submissions (L5). */
export async function officeOfferView(slug: string, offerId: string, actor: Actor, now?: Date) {
  const offer = await db().offer.findUnique({
    where: { id: offerId },
    select: {
      id: true,
      status: true,
      kind: true,
      institutionId: true,
      currentVersionId: true,
      institution: { select: { name: true, officeName: true } },
      task: { select: { number: true, kindName: true } },
      competition: {
        select: { slug: true, title: true, offersDeadline: true, officeSeesOffersAfterDeadline: true },
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
  if (!offer?.competition || offer.competition.slug !== slug || offer.status !== "SUBMITTED") return null;
  if (!can(actor, "competitions.viewOffers", { institutionId: offer.institutionId })) return null;
  if (!officeSeesOffers(offer.competition, now ?? (await databaseNow()))) return null;
  const current = offer.versions.find((v) => v.id === offer.currentVersionId);
  const document = current ? versionDocument(current.content) : null;
  if (!current || !document) return null;
  return {
    offer: { id: offer.id, kind: offer.kind, title: document.description.title ?? "" },
    competition: { slug: offer.competition.slug, title: offer.competition.title },
    institutionName: addresseeName(offer.institution),
    task: offer.task ? `${offer.task.number}. ${offer.task.kindName}` : "",
    document,
    current: {
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
    mayRecord: can(actor, "competitions.recordConfirmations", { institutionId: offer.institutionId }),
  };
}
