// The co-applicants of a joint offer: verified organisations only, added and
// removed by the lead (the actions check the lead's scope). Each change
// rewrites II for the new list (what was typed for the kept applicants stays,
// a new one is prefilled) as a new revision of that section, so an editor
// still showing the old list gets the conflict choice; a new co-applicant's
// owners and editors are told.
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dispatchNotifications, notify } from "@/lib/notifications/notify";
import { applicantsSectionSchema } from "@/lib/offers/document/schema";
import { offerSubject } from "@/lib/offers/notification-links";
import { assertDraft } from "@/lib/offers/policy";
import { mergeApplicants } from "@/lib/offers/prefill";
import { prefillOrganisations } from "@/lib/offers/queries";
import { RuleRefusal } from "@/lib/rule-errors/refusals";

type Tx = Prisma.TransactionClient;

/** Co-applicants must be verified organisations other than the lead (design §2.3). */
export async function verifiedCoApplicants(tx: Tx, leadId: string, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)].filter((id) => id !== leadId);
  const found = await tx.organisation.findMany({
    where: { id: { in: unique }, verifiedAt: { not: null } },
    select: { id: true },
  });
  if (found.length !== unique.length) throw new RuleRefusal("CO_APPLICANT_UNVERIFIED");
  return unique;
}

/** The names of `ids` for the notices' words, as a lookup ("" for an id not found). */
async function organisationNames(tx: Tx, ids: string[]): Promise<(id: string) => string> {
  const found = await tx.organisation.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const names = new Map(found.map((o) => [o.id, o.name]));
  return (id) => names.get(id) ?? "";
}

/**
 * Tells the new co-applicants' owners and editors (in the caller's transaction),
 * one notice per organisation: it names the inviting lead, which of the
 * reader's organisations is invited (a person may be in several) and the
 * competition's deadline for offers.
 */
export async function notifyCoApplicants(
  tx: Tx,
  offer: { id: string; title: string },
  ids: string[],
  actor: Actor,
  leadId: string,
): Promise<void> {
  if (ids.length === 0) return;
  const name = await organisationNames(tx, [leadId, ...ids]);
  const { competition } = await tx.offer.findUniqueOrThrow({
    where: { id: offer.id },
    select: { competition: { select: { offersDeadline: true } } },
  });
  // Only a competition's offer may be joint (addCoApplicant, createOfferDraft), so there is a deadline to name.
  if (!competition) throw new RuleRefusal("JOINT_NOT_ALLOWED");
  for (const id of ids) {
    await notify(
      {
        type: "offer.co_applicant_added",
        subject: offerSubject({ id: offer.id, title: offer.title }),
        actor: { userId: actor.id, organisationId: leadId },
        audience: { organisations: [{ id, roles: ["OWNER", "EDITOR"] }] },
        data: {
          lead: name(leadId),
          organisation: name(id),
          deadline: competition.offersDeadline.toISOString(),
        },
      },
      tx,
    );
  }
}

export type CoApplicantRefusal =
  "OFFER_NOT_DRAFT" | "JOINT_NOT_ALLOWED" | "CO_APPLICANT_UNVERIFIED" | "NOT_A_CO_APPLICANT";

/** Rewrites II.1 for the new list of applicants (typed data of the kept ones stays) as a new revision. */
export async function rewriteApplicants(tx: Tx, offerId: string, applicantIds: string[], actor: Actor): Promise<void> {
  const row = await tx.offerSection.findUnique({
    where: { offerId_key: { offerId, key: "applicants" } },
    select: { content: true },
  });
  const current = applicantsSectionSchema.safeParse(row?.content ?? {});
  const section = mergeApplicants(
    current.success ? current.data : { list: [], contact: {} },
    await prefillOrganisations(applicantIds, actor),
  );
  await tx.offerSection.upsert({
    where: { offerId_key: { offerId, key: "applicants" } },
    create: {
      offerId,
      key: "applicants",
      content: section as Prisma.InputJsonValue,
      revision: 1,
      updatedById: actor.id,
    },
    update: { content: section as Prisma.InputJsonValue, revision: { increment: 1 }, updatedById: actor.id },
  });
}

async function lockedDraft(tx: Tx, offerId: string) {
  // The row lock keeps two changes of the list (positions, kind) from interleaving.
  await tx.$queryRaw`SELECT id FROM "Offer" WHERE id = ${offerId} FOR UPDATE`;
  const offer = await tx.offer.findUniqueOrThrow({
    where: { id: offerId },
    select: {
      id: true,
      title: true,
      status: true,
      leadOrganisationId: true,
      competition: { select: { jointOffersAllowed: true } },
      coApplicants: { orderBy: { position: "asc" }, select: { organisationId: true, position: true } },
    },
  });
  assertDraft(offer);
  return offer;
}

/** The lead adds a verified organisation as a co-applicant; the offer becomes joint. */
export async function addCoApplicant(offerId: string, organisationId: string, actor: Actor): Promise<void> {
  await db().$transaction(async (tx) => {
    const offer = await lockedDraft(tx, offerId);
    // A small grant (no competition) is one organisation's simplified offer: its submit checks a single
    // applicant and publishes the offer, so a co-applicant there would be named without its consent being checked.
    if (!offer.competition?.jointOffersAllowed) throw new RuleRefusal("JOINT_NOT_ALLOWED");
    const [id] = await verifiedCoApplicants(tx, offer.leadOrganisationId, [organisationId]);
    if (!id || offer.coApplicants.some((c) => c.organisationId === id)) return;
    const position = Math.max(-1, ...offer.coApplicants.map((c) => c.position)) + 1;
    await tx.offerCoApplicant.create({ data: { offerId, organisationId: id, position, addedById: actor.id } });
    await tx.offer.update({ where: { id: offerId }, data: { kind: "JOINT" } });
    const ids = [offer.leadOrganisationId, ...offer.coApplicants.map((c) => c.organisationId), id];
    await rewriteApplicants(tx, offerId, ids, actor);
    await notifyCoApplicants(tx, offer, [id], actor, offer.leadOrganisationId);
  });
  await dispatchNotifications();
}

/** The lead removes a co-applicant; without any left the offer is single again. */
export async function removeCoApplicant(offerId: string, organisationId: string, actor: Actor): Promise<void> {
  await db().$transaction(async (tx) => {
    const offer = await lockedDraft(tx, offerId);
    if (!offer.coApplicants.some((c) => c.organisationId === organisationId))
      throw new RuleRefusal("NOT_A_CO_APPLICANT");
    await dropCoApplicant(tx, offer, organisationId, actor);
    // Its owners and editors lose the offer from their list, and what they filled in with it: they are told.
    const name = await organisationNames(tx, [offer.leadOrganisationId, organisationId]);
    await notify(
      {
        type: "offer.co_applicant_removed",
        subject: offerSubject({ id: offer.id, title: offer.title }),
        actor: { userId: actor.id, organisationId: offer.leadOrganisationId },
        audience: { organisations: [{ id: organisationId, roles: ["OWNER", "EDITOR"] }] },
        data: { lead: name(offer.leadOrganisationId), organisation: name(organisationId) },
      },
      tx,
    );
  });
  await dispatchNotifications();
}

/**
 * Takes a co-applicant off the draft (the lead removing it, or it declining or
 * withdrawing): the row goes, II is written for the rest, and a lone lead makes
 * the offer single again. Returns whether it did (the lead is told so).
 */
export async function dropCoApplicant(
  tx: Tx,
  offer: { id: string; leadOrganisationId: string; coApplicants: { organisationId: string }[] },
  organisationId: string,
  actor: Actor,
): Promise<{ single: boolean }> {
  await tx.offerCoApplicant.delete({ where: { offerId_organisationId: { offerId: offer.id, organisationId } } });
  const rest = offer.coApplicants.filter((c) => c.organisationId !== organisationId).map((c) => c.organisationId);
  if (rest.length === 0) await tx.offer.update({ where: { id: offer.id }, data: { kind: "SINGLE" } });
  await rewriteApplicants(tx, offer.id, [offer.leadOrganisationId, ...rest], actor);
  return { single: rest.length === 0 };
}
