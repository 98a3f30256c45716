// One offer as a commission member reads it (design §3.3): before a
// declaration, only what the form needs (the offer's title and applicant, the
// tie the platform knows); with a conflict, nothing more; with a declaration
// of no conflict, the current version's document, its files through the
// commission's routes, and the member's card.
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { memberOffer } from "@/lib/competitions/commission/access";
import { ownCard } from "@/lib/competitions/commission/cards";
import { tieWith } from "@/lib/competitions/commission/declarations";
import { applicableCriteria } from "@/lib/competitions/evaluation/calc/cards";
import { db } from "@/lib/db/client";
import { addresseeName } from "@/lib/offers/addressee";
import { versionDocument } from "@/lib/offers/submission/versions";

export type CommissionOfferView = NonNullable<Awaited<ReturnType<typeof commissionOfferView>>>;

export async function commissionOfferView(slug: string, offerId: string, actor: Actor) {
  const competition = await db().competition.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true },
  });
  if (!competition) return null;
  const access = await memberOffer(competition.id, offerId, actor);
  if (!access) return null;
  const offer = await db().offer.findUniqueOrThrow({
    where: { id: offerId },
    select: {
      id: true,
      kind: true,
      title: true,
      leadOrganisation: { select: { name: true } },
      institution: { select: { name: true, officeName: true } },
      task: { select: { number: true, kindName: true } },
    },
  });
  const heading = {
    competition,
    offer: {
      id: offer.id,
      title: offer.title,
      applicant: offer.leadOrganisation.name,
      task: offer.task ? `${offer.task.number}. ${offer.task.kindName}` : "",
    },
    memberId: access.member.id,
    refusal: access.refusal,
  };
  if (!access.readable || !access.offer.currentVersionId) {
    return {
      ...heading,
      readable: false as const,
      tie: access.refusal === "DECLARATION_REQUIRED" ? await tieWith(actor, offerId) : null,
    };
  }
  const version = await db().offerVersion.findUniqueOrThrow({
    where: { id: access.offer.currentVersionId },
    select: {
      number: true,
      checksum: true,
      shortChecksum: true,
      submittedAt: true,
      content: true,
      attachments: {
        orderBy: { attachment: { createdAt: "asc" } },
        select: { attachment: { select: { id: true, title: true, file: { select: { originalName: true } } } } },
      },
    },
  });
  const document = versionDocument(version.content);
  if (!document) return null;
  return {
    ...heading,
    readable: true as const,
    kind: offer.kind,
    institutionName: addresseeName(offer.institution),
    document,
    version: {
      number: version.number,
      checksum: version.checksum,
      shortChecksum: version.shortChecksum,
      submittedAt: version.submittedAt,
    },
    attachments: version.attachments.map(({ attachment }) => ({
      id: attachment.id,
      title: attachment.title,
      fileName: attachment.file.originalName,
    })),
    criteria: applicableCriteria(access.commission.criteria, access.offer.form),
    card: await ownCard(access.member.id, offerId),
    mayScore: access.mayScore,
  };
}
