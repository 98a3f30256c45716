// What an offer's downloads are called (see lib/files/download-name.ts for
// why): what the file is, which competition or small grant, which offeror,
// which version, and the version's short checksum, the identifier printed on
// every page of the PDF, so the file and the paper can be matched.
import { downloadName, extensionOf } from "@/lib/files/download-name";

/** What names an offer: its competition (none for a small grant), its title, its lead organisation. */
export interface OfferNaming {
  title: string;
  competition: { slug: string } | null;
  leadOrganisation: { name: string; shortName: string | null };
}

/** The Prisma select that reads an OfferNaming from an offer. */
export const offerNamingSelect = {
  title: true,
  competition: { select: { slug: true } },
  leadOrganisation: { select: { name: true, shortName: true } },
} as const;

export type OfferDocumentKind = "offer" | "confirmation" | "signedConfirmation" | "attachment";

const WORDS: Record<OfferDocumentKind, string> = {
  offer: "oferta",
  confirmation: "potwierdzenie",
  signedConfirmation: "potwierdzenie-podpisane",
  attachment: "zalacznik",
};

/**
 * A small grant has no competition to name, so its title names it, after
 * "maly-grant"; a competition's offer names the competition by its slug,
 * which is unique and already what its address says.
 */
function subject(offer: OfferNaming) {
  return offer.competition
    ? [{ text: offer.competition.slug, max: 50 }]
    : ["maly-grant", { text: offer.title || "oferta", max: 40 }];
}

// Room for most organisations' whole names ("fundacja-opolskie-centrum-wolontariatu" is 38):
// the last word is often the one that tells them apart.
const offeror = (offer: OfferNaming) => ({
  text: offer.leadOrganisation.shortName || offer.leadOrganisation.name,
  max: 40,
});

/**
 * A submitted version's PDF or confirmation, or a signed confirmation sent
 * for it: "maly-grant-dzien-zdrowia-seniora-fundacja-ocw-wersja-1-0a55-22c2-b414.pdf",
 * "potwierdzenie-konkurs-seniorzy-2027-fundacja-ocw-wersja-2-…pdf". A small
 * grant's offer itself is just "maly-grant-…": its kind is the word an official files it under.
 */
export function offerVersionFileName(
  offer: OfferNaming,
  kind: Exclude<OfferDocumentKind, "attachment">,
  version: { number: number; shortChecksum: string | null },
  extension = "pdf",
): string {
  const what = kind === "offer" && !offer.competition ? [] : [WORDS[kind]];
  return downloadName(
    [...what, ...subject(offer), offeror(offer)],
    [`wersja-${version.number}`, version.shortChecksum ?? ""],
    extension,
  );
}

/** An attachment of the offer: its own title after the offer's names, the extension its file came with. */
export function offerAttachmentFileName(
  offer: OfferNaming,
  attachment: { id: string; title: string },
  originalName: string,
): string {
  return downloadName(
    [WORDS.attachment, ...subject(offer), offeror(offer), { text: attachment.title, max: 30 }],
    [attachment.id.slice(-6)],
    extensionOf(originalName),
  );
}
