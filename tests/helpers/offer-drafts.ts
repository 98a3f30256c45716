// A complete offer stored as a draft of a competition's task, ready to be
// submitted (every check passes against the factory's competition), and the
// revisions a page holding it would send.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OfferDocument } from "@/lib/offers/document/schema";
import { offerSectionKeys } from "@/lib/offers/document/schema";
import { createCompetition, type CompetitionOptions } from "@/tests/factories/competitions";
import { createInstitution } from "@/tests/factories/institutions";
import { createOffer } from "@/tests/factories/offers";
import { createOrganisation } from "@/tests/factories/organisations";
import { completeOffer, YEARS } from "@/tests/helpers/offer-arbitraries";

/** The complete offer's document for the lead (and co-applicants, who join the applicants' list). */
export function submittableDocument(leadId: string, coApplicants: { id: string; name: string }[] = []): OfferDocument {
  const doc = completeOffer();
  doc.applicants.list[0]!.organisationId = leadId;
  for (const co of coApplicants)
    doc.applicants.list.push({ ...doc.applicants.list[0]!, organisationId: co.id, name: co.name });
  if (coApplicants.length > 0) {
    doc.other.jointRoles = "Podział zadań opisany w umowie partnerskiej.";
    for (const actions of Object.values(doc.plan)) for (const action of actions) action.applicantId = leadId;
    const lead = YEARS.map((year) => [String(year), 0] as const);
    doc.jointSplit = Object.fromEntries(
      [leadId, ...coApplicants.map((c) => c.id)].map((id) => [id, Object.fromEntries(lead)]),
    );
    // Each year's total to the lead: 11 000 zł a year.
    doc.jointSplit[leadId] = { "2027": 1_100_000, "2028": 1_100_000 };
  }
  return doc;
}

export function sectionsOf(doc: OfferDocument): Record<string, Prisma.InputJsonValue> {
  return Object.fromEntries(
    offerSectionKeys(doc.template).map((key) => [key, doc[key] as unknown as Prisma.InputJsonValue]),
  );
}

/** An office of a territory no other office holds yet (an office per territory is unique). */
export async function createFreshInstitution(name = "Urząd Gminy Konkursowej") {
  const [free] = await db().$queryRaw<{ code: string }[]>`
    SELECT t.code FROM "Territory" t
    WHERE NOT EXISTS (SELECT 1 FROM "Institution" i WHERE i."territoryCode" = t.code)
    ORDER BY t.code LIMIT 1`;
  if (!free) throw new Error("no territory left without an office");
  return createInstitution({ name, territoryCode: free.code });
}

/** A published competition open for offers (the complete offer's years allowed) and a verified lead organisation. */
export async function openCompetitionWithLead(options: CompetitionOptions = {}) {
  const competition = await createCompetition({
    institutionId: options.institutionId ?? (await createFreshInstitution()).id,
    ...options,
    overrides: { allowedYears: YEARS, ...options.overrides },
  });
  const lead = await createOrganisation({ verifiedAt: new Date() });
  return { competition, task: competition.tasks[0]!, lead };
}

export async function createSubmittableDraft(
  taskId: string,
  leadId: string,
  coApplicants: { id: string; name: string }[] = [],
) {
  const doc = submittableDocument(leadId, coApplicants);
  return createOffer({
    taskId,
    leadOrganisationId: leadId,
    coApplicantIds: coApplicants.map((c) => c.id),
    title: doc.description.title,
    sections: sectionsOf(doc),
  });
}

/** Each stored section's revision, as the page that loaded the draft now would send them. */
export async function currentRevisions(offerId: string): Promise<Record<string, number>> {
  const rows = await db().offerSection.findMany({ where: { offerId }, select: { key: true, revision: true } });
  return Object.fromEntries(rows.map((row) => [row.key, row.revision]));
}
