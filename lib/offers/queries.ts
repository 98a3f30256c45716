// Reading offers for their applicants: the editor's whole offer, its section
// rows (also for the submission, S5), my organisations' offers, and the
// organisations' data a new draft is prefilled from. Every read that returns
// an offer checks first that the reader is a member of one of its applicants:
// organisations never see others' offers, and officials see no drafts.
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { messagesFor } from "@/lib/i18n/messages";
import { addresseeName } from "@/lib/offers/addressee";
import { isAcceptingOffers } from "@/lib/offers/calc/deadline";
import { assembleDocument } from "@/lib/offers/document/assemble";
import { emptySection, offerSectionKeys, type OfferSectionKey, type OfferTemplate } from "@/lib/offers/document/schema";
import { offerParams, paramsCompetitionSelect, paramsTaskSelect, toGrosze } from "@/lib/offers/params";
import {
  applicantOrganisationIds,
  mayManageCoApplicants,
  mayPrepareOffer,
  mayViewOffer,
  type OfferParties,
} from "@/lib/offers/policy";
import type { PrefillOrganisation } from "@/lib/offers/prefill";
import { attachmentSlots, slotApplicants } from "@/lib/offers/attachments/requirements";
import { mayView } from "@/lib/organisations/profile/policy";

export type SectionRow = {
  key: OfferSectionKey;
  content: unknown;
  revision: number;
  updatedAt: Date;
  updatedByName: string | null;
};

/** The draft's section rows as stored, with who saved each last (the conflict dialog names them). */
export async function loadOfferSections(offerId: string): Promise<SectionRow[]> {
  const rows = await db().offerSection.findMany({
    where: { offerId },
    select: { key: true, content: true, revision: true, updatedAt: true, updatedBy: { select: { name: true } } },
  });
  return rows.map((row) => ({
    key: row.key as OfferSectionKey,
    content: row.content,
    revision: row.revision,
    updatedAt: row.updatedAt,
    updatedByName: row.updatedBy?.name ?? null,
  }));
}

/**
 * The offer as its editor shows it, or null when it does not exist or the
 * reader is not a member of one of its applicants (the page answers 404
 * either way, so nobody learns that someone else's offer exists).
 */
export async function loadOfferForEditor(offerId: string, actor: Actor | null) {
  const offer = await db().offer.findUnique({
    where: { id: offerId },
    select: {
      id: true,
      template: true,
      kind: true,
      status: true,
      title: true,
      leadOrganisationId: true,
      requestedGrant: true,
      totalCost: true,
      submittedAt: true,
      createdAt: true,
      institution: { select: { name: true, officeName: true } },
      coApplicants: {
        orderBy: { position: "asc" },
        select: { organisationId: true, acceptedAt: true, addedAt: true, acceptedBy: { select: { name: true } } },
      },
      competition: {
        select: {
          id: true,
          slug: true,
          title: true,
          status: true,
          offersOpenAt: true,
          offersDeadline: true,
          ...paramsCompetitionSelect,
        },
      },
      task: { select: { id: true, number: true, kindName: true, ...paramsTaskSelect } },
    },
  });
  if (!offer || !mayViewOffer(actor, offer)) return null;
  const competition = offer.competition;
  const organisationIds = applicantOrganisationIds(offer);
  const [organisations, sections] = await Promise.all([
    db().organisation.findMany({
      where: { id: { in: organisationIds } },
      select: { id: true, name: true, verifiedAt: true },
    }),
    loadOfferSections(offer.id),
  ]);
  const [requirements, attached] = await Promise.all([
    competition
      ? db().attachmentRequirement.findMany({
          where: { competitionId: competition.id },
          orderBy: { position: "asc" },
          select: { id: true, label: true, description: true, required: true, perApplicant: true, condition: true },
        })
      : [],
    db().offerAttachment.findMany({
      where: { offerId: offer.id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        title: true,
        requirementId: true,
        organisationId: true,
        file: { select: { kind: true, size: true } },
      },
    }),
  ]);
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const fallbackYears = competition?.allowedYears.length ? competition.allowedYears : [new Date().getFullYear()];
  const { document, issues } = assembleDocument(sections, offer.template as OfferTemplate, fallbackYears);
  return {
    id: offer.id,
    template: offer.template as OfferTemplate,
    kind: offer.kind,
    status: offer.status,
    title: offer.title,
    requestedGrant: toGrosze(offer.requestedGrant),
    totalCost: toGrosze(offer.totalCost),
    institutionName: addresseeName(offer.institution),
    competition: competition && {
      id: competition.id,
      slug: competition.slug,
      title: competition.title,
      offersDeadline: competition.offersDeadline,
      accepting: isAcceptingOffers(competition, new Date()),
    },
    task: offer.task && { id: offer.task.id, number: offer.task.number, kindName: offer.task.kindName },
    params: competition && offer.task ? offerParams(competition, offer.task) : {},
    applicants: organisationIds.map((id) => ({
      organisationId: id,
      name: byId.get(id)?.name ?? "",
      verified: !!byId.get(id)?.verifiedAt,
      lead: id === offer.leadOrganisationId,
      // The lead sees who has not agreed yet; a pending co-applicant blocks the submission.
      accepted:
        id === offer.leadOrganisationId || !!offer.coApplicants.find((c) => c.organisationId === id)?.acceptedAt,
    })),
    // The lead's panel says when each was invited, and when and by whom it accepted (UX review, F-C6).
    coApplicants: offer.coApplicants.map((c) => ({
      organisationId: c.organisationId,
      name: byId.get(c.organisationId)?.name ?? "",
      invitedAt: c.addedAt,
      acceptedAt: c.acceptedAt,
      acceptedByName: c.acceptedBy?.name ?? null,
    })),
    // Every section of the template: one without a row yet (a draft made before a template gained it)
    // starts empty at revision 0, and its first save creates the row.
    sections: offerSectionKeys(offer.template as OfferTemplate).map(
      (key) =>
        sections.find((row) => row.key === key) ?? {
          key,
          content: emptySection(key),
          revision: 0,
          updatedAt: offer.createdAt,
          updatedByName: null,
        },
    ),
    document,
    fallbackYears,
    attachments: {
      slots: attachmentSlots(requirements, {
        kind: offer.kind,
        applicants: slotApplicants(organisationIds, document, (id) => byId.get(id)?.name ?? ""),
      }),
      files: attached.map((a) => ({
        id: a.id,
        title: a.title,
        requirementId: a.requirementId,
        organisationId: a.organisationId,
        kind: a.file.kind,
        size: a.file.size,
      })),
    },
    issues,
    mayEdit: offer.status === "DRAFT" && mayPrepareOffer(actor, offer),
    // The lead's people fill in every block of II; a co-applicant's people their own (saves keep to it too).
    editableApplicants: can(actor, "offers.prepare", { organisationId: offer.leadOrganisationId })
      ? organisationIds
      : organisationIds.filter((id) => can(actor, "offers.prepare", { organisationId: id })),
    mayManageCoApplicants: offer.status === "DRAFT" && mayManageCoApplicants(actor, offer),
    // An accepted co-applicant's owners and editors may take their organisation out of the draft.
    leaveAs: offer.status === "DRAFT" ? leavingOrganisation(actor, offer, byId) : null,
  };
}
function leavingOrganisation(
  actor: Actor | null,
  offer: OfferParties,
  names: Map<string, { name: string }>,
): { organisationId: string; name: string } | null {
  const row = offer.coApplicants.find(
    (c) => c.acceptedAt !== null && can(actor, "offers.prepare", { organisationId: c.organisationId }),
  );
  return row ? { organisationId: row.organisationId, name: names.get(row.organisationId)?.name ?? "" } : null;
}

export type OfferForEditor = NonNullable<Awaited<ReturnType<typeof loadOfferForEditor>>>;

/** The offers of every organisation the reader is a member of, as lead or co-applicant; newest deadline first. */
export async function myOffers(actor: Actor) {
  const organisationIds = actor.organisations.map((m) => m.organisationId);
  if (organisationIds.length === 0) return [];
  const offers = await db().offer.findMany({
    where: {
      OR: [
        { leadOrganisationId: { in: organisationIds } },
        { coApplicants: { some: { organisationId: { in: organisationIds } } } },
      ],
    },
    orderBy: [{ updatedAt: "desc" }],
    take: 200,
    select: {
      id: true,
      kind: true,
      status: true,
      title: true,
      requestedGrant: true,
      totalCost: true,
      submittedAt: true,
      leadOrganisationId: true,
      leadOrganisation: { select: { name: true } },
      coApplicants: {
        orderBy: { position: "asc" },
        select: { organisationId: true, acceptedAt: true, organisation: { select: { name: true } } },
      },
      competition: { select: { slug: true, title: true, offersDeadline: true, offersOpenAt: true, status: true } },
      task: { select: { number: true, kindName: true } },
      institution: { select: { name: true, officeName: true } },
    },
  });
  return offers.map(({ coApplicants, leadOrganisationId, ...offer }) => {
    const own = coApplicants.filter((c) => organisationIds.includes(c.organisationId));
    // Invited and not yet joined: the draft's figures are the applicants' until the invitation is accepted
    // (security review of session 19, L1); the invitation itself is what this reader has to answer.
    const invitation = !organisationIds.includes(leadOrganisationId) && own.every((c) => c.acceptedAt === null);
    // Every offeror with its state, so an invitation does not pass for one's own draft (UX review of session
    // 19, F-C7); the invited see the lead and themselves, as on the invitation page, not who else was asked.
    const offerors = [
      { name: offer.leadOrganisation.name, state: "LEAD" as const },
      ...(invitation ? own : coApplicants).map((c) => ({
        name: c.organisation.name,
        state: c.acceptedAt ? ("ACCEPTED" as const) : ("INVITED" as const),
      })),
    ];
    return {
      ...offer,
      invitation,
      offerors,
      requestedGrant: invitation ? null : toGrosze(offer.requestedGrant),
      totalCost: invitation ? null : toGrosze(offer.totalCost),
      institutionName: addresseeName(offer.institution),
    };
  });
}

/**
 * The organisations' data a draft is prefilled from, in the order of `ids`; the legal form in Polish words.
 * Contacts and contact persons only as far as `reader` may read them on the organisation's page
 * (security review M1b): the lead's editor adding a co-applicant must not learn its members-only phone.
 */
export async function prefillOrganisations(
  ids: readonly string[],
  reader: Pick<Actor, "organisations">,
): Promise<PrefillOrganisation[]> {
  const rows = await db().organisation.findMany({
    where: { id: { in: [...ids] } },
    select: {
      id: true,
      name: true,
      legalForm: true,
      krs: true,
      regon: true,
      address: true,
      contacts: { select: { kind: true, value: true, visibility: true } },
      contactPersons: {
        orderBy: { sortOrder: "asc" },
        select: { name: true, email: true, phone: true, visibility: true },
      },
    },
  });
  const legalForms = messagesFor("pl").legalForms as Record<string, string>;
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const { legalForm, contacts, contactPersons, ...rest } = row;
    const viewer = reader.organisations.some((m) => m.organisationId === id) ? "member" : "signedIn";
    return [
      {
        ...rest,
        legalFormLabel: legalForms[legalForm] ?? legalForm,
        contacts: contacts.filter((c) => mayView(c.visibility, viewer)).map(({ kind, value }) => ({ kind, value })),
        contactPersons: contactPersons
          .filter((p) => mayView(p.visibility, viewer))
          .slice(0, 1)
          .map(({ name, email, phone }) => ({ name, email, phone })),
      },
    ];
  });
}
