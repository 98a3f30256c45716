// The open competitions' and small grants' groups of "My matters" (issue 25),
// for page-view.ts: per organisation, its drafts to finish before the deadline
// and its submitted offers still owing a signed confirmation; per office, its
// questions to answer, confirmations to decide, small-grant remarks to answer
// and small grants to decide (each to officials whose permission covers it).
import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { Href } from "@/lib/i18n/navigation";
import {
  confirmationsMissing,
  confirmationsToDecide,
  offerDrafts,
  officesWith,
  questionsToAnswer,
  smallGrantsOpen,
} from "@/lib/matters/competition-queries";
import type { MatterGroup, MatterItem } from "@/lib/matters/page-view";
import type { MatterKind } from "@/lib/matters/types";
import { polishDaysUntil } from "@/lib/time/polish-local";

function group(kind: MatterKind, items: MatterItem[]): MatterGroup[] {
  return items.length > 0 ? [{ kind, items }] : [];
}

/** Days left by the Polish wall calendar (0 on the last day), as the offers list and the editor count them. */
const daysLeft = (deadline: Date, now: Date) => Math.max(0, polishDaysUntil(deadline, now));

export async function competitionMatters(actor: Actor, now: Date) {
  const [drafts, missing, questions, confirmations, smallGrants] = await Promise.all([
    offerDrafts(actor, now),
    confirmationsMissing(actor),
    questionsToAnswer(officesWith(actor, "competitions.manage")),
    confirmationsToDecide(officesWith(actor, "competitions.recordConfirmations")),
    smallGrantsOpen(officesWith(actor, "smallGrants.manage"), now),
  ]);

  const forOrganisation = (organisationId: string): MatterGroup[] => [
    ...group(
      "offerDrafts",
      drafts
        .filter((d) => d.organisationId === organisationId)
        .map((d) => ({
          title: d.title,
          href: { pathname: "/offers/[id]", params: { id: d.id } },
          count: null,
          deadline: d.deadline,
          daysLeft: daysLeft(d.deadline, now),
        })),
    ),
    ...group(
      "confirmationsMissing",
      missing
        .filter((o) => o.organisationId === organisationId)
        .map((o) => ({
          title: o.title,
          href: { pathname: "/offers/[id]/confirmation", params: { id: o.id } },
          count: null,
          deadline: o.deadline,
          confirmation: o.rejected ? ("rejected" as const) : ("none" as const),
        })),
    ),
  ];

  const forOffice = (institutionId: string, slug: string): MatterGroup[] => {
    const smallGrantsPage: Href = { pathname: "/institutions/[slug]/small-grants", params: { slug } };
    const cases = smallGrants.filter((c) => c.institutionId === institutionId);
    return [
      ...group(
        "questionsToAnswer",
        questions
          .filter((c) => c.institutionId === institutionId)
          .map((c) => ({
            title: c.title,
            href: { pathname: "/competitions/[slug]/questions", params: { slug: c.slug } },
            count: c.count,
            deadline: null,
          })),
      ),
      ...group(
        "confirmationsToDecide",
        confirmations
          .filter((o) => o.institutionId === institutionId)
          .map((o) => ({
            title: o.title,
            href: { pathname: "/competitions/[slug]/offers/[id]", params: { slug: o.slug, id: o.id } },
            count: null,
            deadline: null,
          })),
      ),
      ...group(
        "smallGrantRemarksToAnswer",
        cases
          .filter((c) => c.unanswered > 0)
          .map((c) => ({
            title: c.title,
            href: smallGrantsPage,
            count: c.unanswered,
            deadline: null,
            remarksWindow: c.remarksUntil ? { at: c.remarksUntil, past: c.remarksUntil <= now } : undefined,
          })),
      ),
      ...group(
        "smallGrantsToDecide",
        cases
          .filter((c) => c.decidable)
          .map((c) => ({
            title: c.title,
            href: smallGrantsPage,
            count: null,
            deadline: null,
            remarksWindow: c.remarksUntil ? { at: c.remarksUntil, past: true } : undefined,
          })),
      ),
    ];
  };

  return { forOrganisation, forOffice };
}
