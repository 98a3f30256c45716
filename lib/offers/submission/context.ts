// What the submit mutation (and the review page) hold an offer to besides its
// own document: the competition's parameters with the task's overrides, the
// legal limits the competition was published under, and the facts only the
// database knows (co-applicants' verification, attachments present). The
// review page and the mutation build them the same way, so the page shows
// exactly the problems a submission would be refused for.
import type { CheckContext, OfferFacts, RuleValues } from "@/lib/offers/calc/check-offer";
import type { OfferDocument } from "@/lib/offers/document/schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import { attachmentSlots, missingAttachments, slotApplicants } from "@/lib/offers/attachments/requirements";
import { offerParams, paramsCompetitionSelect, paramsTaskSelect } from "@/lib/offers/params";

/** The rows the context is built from; `offerContextSelect` reads exactly these. */
export const offerContextSelect = {
  kind: true,
  leadOrganisation: { select: { name: true, verifiedAt: true } },
  coApplicants: {
    orderBy: { position: "asc" },
    select: { organisationId: true, acceptedAt: true, organisation: { select: { name: true, verifiedAt: true } } },
  },
  attachments: { select: { requirementId: true, organisationId: true } },
  task: { select: paramsTaskSelect },
  competition: {
    select: {
      ...paramsCompetitionSelect,
      rulesSnapshot: true,
      attachmentRequirements: {
        orderBy: { position: "asc" },
        select: { id: true, label: true, required: true, perApplicant: true, condition: true },
      },
    },
  },
} satisfies Prisma.OfferSelect;

export type OfferContextRow = Prisma.OfferGetPayload<{ select: typeof offerContextSelect }>;

/** The limits the competition was published under (its snapshot); numbers only, as checkOffer reads them. */
export function offerRules(row: OfferContextRow): RuleValues {
  const snapshot = row.competition?.rulesSnapshot;
  if (!snapshot || typeof snapshot !== "object" || Array.isArray(snapshot)) return {};
  return Object.fromEntries(
    Object.entries(snapshot).filter((entry): entry is [string, number] => typeof entry[1] === "number"),
  );
}

/** The facts of the database: applicants not (or no longer) verified or not yet agreed, required attachments not uploaded. */
export function offerFacts(row: OfferContextRow, document: OfferDocument, leadOrganisationId: string): OfferFacts {
  // The trust mark falls with the fact: a lead whose verification was withdrawn may not submit.
  const unverifiedLead =
    row.leadOrganisation.verifiedAt === null
      ? { organisationId: leadOrganisationId, name: row.leadOrganisation.name }
      : null;
  const unverifiedCoApplicants = row.coApplicants
    .filter((c) => c.organisation.verifiedAt === null)
    .map((c) => ({ organisationId: c.organisationId, name: c.organisation.name }));
  // A co-applicant joins only with its own consent (security review M1): until one of its owners or
  // editors accepted, the lead cannot submit in its name.
  const pendingCoApplicants = row.coApplicants
    .filter((c) => c.acceptedAt === null)
    .map((c) => ({ organisationId: c.organisationId, name: c.organisation.name }));
  const applicantIds = [leadOrganisationId, ...row.coApplicants.map((c) => c.organisationId)];
  // Named as the offer names them (II.1), which is what the applicant reads in the refusal.
  const nameInDocument = (organisationId: string) =>
    document.applicants.list.find((a) => a.organisationId === organisationId)?.name ?? "";
  const slots = attachmentSlots(row.competition?.attachmentRequirements ?? [], {
    kind: row.kind,
    applicants: slotApplicants(applicantIds, document, nameInDocument),
  });
  const missing = missingAttachments(slots, row.attachments);
  return { unverifiedLead, unverifiedCoApplicants, pendingCoApplicants, missingAttachments: missing };
}

export function offerCheckContext(
  row: OfferContextRow,
  document: OfferDocument,
  leadOrganisationId: string,
): CheckContext {
  return {
    kind: row.kind,
    // A small grant has neither: its limits come from its intake (lib/small-grants).
    params: row.competition && row.task ? offerParams(row.competition, row.task) : {},
    rules: offerRules(row),
    facts: offerFacts(row, document, leadOrganisationId),
  };
}
