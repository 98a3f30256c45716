// What the correction page shows (design §4.1 /offers/[id]/correction): the
// offer as its editor shows it, with the named sections from their draft rows
// (the request copied the current version into them) and every other section
// from the current version, read-only; the files of the named requirements; the request's message and day; and
// whether this reader may change it (the lead's owners and editors, while the
// request is open and its day has not ended by the database's clock). Any
// applicant's member may read it; anyone else gets null (404).
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { databaseNow } from "@/lib/db/clock";
import { requirementsNamedBy, sectionsNamedBy } from "@/lib/offers/corrections/named";
import { loadOfferForEditor } from "@/lib/offers/queries";
import { versionDocument } from "@/lib/offers/submission/versions";

export type CorrectionView = NonNullable<Awaited<ReturnType<typeof correctionView>>>;

export async function correctionView(offerId: string, actor: Actor) {
  const editor = await loadOfferForEditor(offerId, actor);
  if (!editor || editor.status !== "SUBMITTED") return null;
  const offer = await db().offer.findUniqueOrThrow({
    where: { id: offerId },
    select: {
      leadOrganisationId: true,
      currentVersion: { select: { number: true, content: true } },
      corrections: {
        orderBy: { requestedAt: "desc" },
        take: 1,
        select: { id: true, status: true, message: true, parts: true, dueAt: true, requestedAt: true },
      },
    },
  });
  const request = offer.corrections[0];
  const document = offer.currentVersion ? versionDocument(offer.currentVersion.content) : null;
  if (!request || !document) return null;
  const named = sectionsNamedBy(request.parts);
  const requirements = requirementsNamedBy(request.parts);
  const now = await databaseNow();
  const open = request.status === "OPEN" && now.getTime() <= request.dueAt.getTime();
  return {
    ...editor,
    // The draft's editor is for drafts; here only the named sections are editable, by the lead.
    mayEdit: open && can(actor, "offers.correct", { organisationId: offer.leadOrganisationId }),
    sections: editor.sections.map((section) =>
      named.includes(section.key) ? section : { ...section, content: document[section.key] },
    ),
    // Only the named requirements' files: the others are as the version has them.
    attachments: {
      slots: editor.attachments.slots.filter((slot) => requirements.includes(slot.requirementId)),
      files: editor.attachments.files.filter((file) => requirements.includes(file.requirementId ?? "")),
    },
    correction: {
      id: request.id,
      status: request.status,
      open,
      message: request.message,
      sections: named,
      requirements,
      attachmentLabels: [
        ...new Set(editor.attachments.slots.filter((s) => requirements.includes(s.requirementId)).map((s) => s.label)),
      ],
      dueAt: request.dueAt,
      requestedAt: request.requestedAt,
      version: offer.currentVersion?.number ?? 0,
    },
  };
}
