// Why a signed-in person cannot write a remark in a consultation open only to
// organisations, so the page tells them what fits their situation (issue 18):
// the official who organises it manages it instead; the owner of an
// organisation still waiting for verification is told so and where to
// complete its profile meanwhile; only a person with no organisation on the
// platform is asked to join theirs.
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";

export type RemarkStanding =
  | { kind: "organiser" }
  | { kind: "awaitingVerification"; organisation: { slug: string; name: string }; canEdit: boolean }
  | { kind: "noOrganisation" };

// Any official of the organising office, with or without two-factor authentication yet:
// the management page says what else they need.
const organises = (actor: Actor, institutionId: string) =>
  actor.institutions.some((membership) => membership.institutionId === institutionId);

/**
 * The standing from the person's organisations still waiting for verification
 * (`waiting`, by name), which the caller has read (lib/consultations/viewer.ts
 * reads all their organisations at once).
 */
export function standingAmong(
  actor: Actor,
  institutionId: string,
  waiting: { id: string; slug: string; name: string }[],
): RemarkStanding {
  if (organises(actor, institutionId)) return { kind: "organiser" };
  if (waiting.length === 0) return { kind: "noOrganisation" };
  // The one whose profile the person can complete comes first.
  const editable = (id: string) => can(actor, "organisation.edit", { organisationId: id });
  const organisation = waiting.find((o) => editable(o.id)) ?? waiting[0]!;
  return {
    kind: "awaitingVerification",
    organisation: { slug: organisation.slug, name: organisation.name },
    canEdit: editable(organisation.id),
  };
}
