// What a co-applicant's answer is confirmed with where the person lands (UX
// review F-C4, F-C8). After accepting: the offer's page, naming the
// organisation that joined. After declining or withdrawing: "Moje oferty",
// where the offer no longer is. There the address carries only the offer's
// id; what happened, for which organisation, comes from the audit entry this
// person's answer wrote, so a crafted address can neither name an offer the
// reader had no part in nor tell them someone else's answer.
import "server-only";
import { z } from "zod";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { OfferForEditor } from "@/lib/offers/queries";
import { recordId } from "@/lib/validation/record-id";

/** Long enough for a slow redirect or a reload; an old link says nothing. */
const RECENT_MS = 60 * 60 * 1000;

const ACTIONS = {
  "offer.co_applicant_left": "LEFT",
  "offer.co_applicant_declined": "DECLINED",
  "offer.co_applicant_accepted": "ACCEPTED",
} as const;

export type AnswerNotice = { answer: "LEFT" | "DECLINED"; organisationName: string; title: string | null };

// One id; a repeated parameter counts by its first.
const answeredSchema = z.preprocess((raw) => (Array.isArray(raw) ? raw[0] : raw), recordId);

/** The notice for the list's query parameter, or null when there is none to give. */
export async function answerNotice(
  raw: string | string[] | undefined,
  actor: Actor,
  now = new Date(),
): Promise<AnswerNotice | null> {
  const parsed = answeredSchema.safeParse(raw);
  if (!parsed.success) return null;
  const offerId = parsed.data;
  const event = await db().auditEvent.findFirst({
    where: {
      actorUserId: actor.id,
      action: { in: Object.keys(ACTIONS) },
      subjectType: "Offer",
      subjectId: offerId,
      occurredAt: { gte: new Date(now.getTime() - RECENT_MS) },
    },
    orderBy: { id: "desc" },
    select: { action: true, actingForOrganisationId: true },
  });
  const answer = event && ACTIONS[event.action as keyof typeof ACTIONS];
  // Joined again since (a new invitation accepted): the withdrawal is no news any more.
  if (!event?.actingForOrganisationId || !answer || answer === "ACCEPTED") return null;
  const [organisation, offer] = await Promise.all([
    db().organisation.findUnique({ where: { id: event.actingForOrganisationId }, select: { name: true } }),
    db().offer.findUnique({ where: { id: offerId }, select: { title: true, task: { select: { kindName: true } } } }),
  ]);
  if (!organisation || !offer) return null;
  return { answer, organisationName: organisation.name, title: offer.title || offer.task?.kindName || null };
}

/**
 * On the offer's page after accepting (ACCEPTED_PARAM names the organisation):
 * the co-applicant it names, if it has accepted and the reader drafts for it
 * in its own right (not the lead's people, who see the change in their panel).
 */
export function joinedCoApplicant(
  offer: Pick<OfferForEditor, "coApplicants">,
  raw: string | string[] | undefined,
  actor: Actor,
): { organisationId: string; name: string } | null {
  const parsed = answeredSchema.safeParse(raw);
  if (!parsed.success) return null;
  const row = offer.coApplicants.find((c) => c.organisationId === parsed.data && c.acceptedAt !== null);
  return row && can(actor, "offers.prepare", { organisationId: row.organisationId })
    ? { organisationId: row.organisationId, name: row.name }
    : null;
}
