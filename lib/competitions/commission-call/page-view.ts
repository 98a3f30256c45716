// What a competition's commission call page shows its reader (read with the
// session, never cached): the call for everyone; for owners of verified
// organisations, their organisations' live nominees and the form for those
// without one while the call is open; for the office's officials, every live
// nominee with their contacts.
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

export async function commissionCallPageView(slug: string, actor: Actor | null, now = new Date()) {
  const competition = await db().competition.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      institutionId: true,
      commissionCall: { select: { id: true, description: true, requirements: true, opensAt: true, closesAt: true } },
    },
  });
  if (!competition || competition.status === "DRAFT" || !competition.commissionCall) return null;
  const call = competition.commissionCall;
  const open = call.opensAt <= now && now < call.closesAt;
  // Nominees' names and contacts are for the office's own officials only: competitions.manage also
  // admits platform administrators, who have no part in the office's commission (security review L3).
  const manages = can(actor, "institution.actFor", { institutionId: competition.institutionId });
  const owned = actor
    ? actor.organisations.filter((m) => can(actor, "competitions.nominate", { organisationId: m.organisationId }))
    : [];
  const nominationSelect = {
    id: true,
    nomineeName: true,
    nomineeEmail: true,
    nomineePhone: true,
    createdAt: true,
    organisation: { select: { id: true, name: true } },
  } as const;
  const [organisations, own, all] = await Promise.all([
    owned.length === 0
      ? []
      : db().organisation.findMany({
          where: { id: { in: owned.map((m) => m.organisationId) }, verifiedAt: { not: null } },
          select: { id: true, name: true },
          orderBy: { name: "asc" },
        }),
    owned.length === 0
      ? []
      : db().commissionNomination.findMany({
          where: { callId: call.id, withdrawnAt: null, organisationId: { in: owned.map((m) => m.organisationId) } },
          select: nominationSelect,
          orderBy: { createdAt: "asc" },
        }),
    manages
      ? db().commissionNomination.findMany({
          where: { callId: call.id, withdrawnAt: null },
          select: nominationSelect,
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        })
      : [],
  ]);
  const nominated = new Set(own.map((n) => n.organisation.id));
  return {
    competition,
    call,
    open,
    signedIn: actor !== null,
    manages,
    own,
    all,
    /** Organisations the reader owns that may still nominate now. */
    canNominateFor: open
      ? organisations.filter((o) => !nominated.has(o.id)).map((o) => ({ value: o.id, label: o.name }))
      : [],
  };
}
