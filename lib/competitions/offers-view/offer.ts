// One offer as the addressed office reads it, once it may (see list.ts): the
// current version's document, every version with its checksum, and the
// confirmations with what the office may do with them.
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { addresseeName } from "@/lib/offers/addressee";
import { versionHistory, versionHistorySelect } from "@/lib/offers/confirmations/history";
import { officeSeesOffers } from "@/lib/offers/submission/policy";

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
        ...versionHistorySelect,
        select: {
          ...versionHistorySelect.select,
          attachments: {
            orderBy: { attachment: { createdAt: "asc" } },
            select: { attachment: { select: { id: true, title: true, file: { select: { originalName: true } } } } },
          },
        },
      },
    },
  });
  if (!offer?.competition || offer.competition.slug !== slug || offer.status !== "SUBMITTED") return null;
  if (!can(actor, "competitions.viewOffers", { institutionId: offer.institutionId })) return null;
  if (!officeSeesOffers(offer.competition, now ?? (await databaseNow()))) return null;
  const { document, current, versions } = versionHistory(offer.versions, offer.currentVersionId);
  if (!current || !document) return null;
  return {
    offer: { id: offer.id, kind: offer.kind, title: document.description.title ?? "" },
    competition: { slug: offer.competition.slug, title: offer.competition.title },
    institutionName: addresseeName(offer.institution),
    task: offer.task ? `${offer.task.number}. ${offer.task.kindName}` : "",
    document,
    current,
    // The files this version was submitted with (the route gives the office only these).
    attachments: (offer.versions.find((v) => v.id === offer.currentVersionId)?.attachments ?? []).map(
      ({ attachment }) => ({ id: attachment.id, title: attachment.title, fileName: attachment.file.originalName }),
    ),
    versions,
    mayRecord: can(actor, "competitions.recordConfirmations", { institutionId: offer.institutionId }),
  };
}
