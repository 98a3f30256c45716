// What starting an offer needs: the competition's tasks taking offers, the
// organisations the person may draft for, and the partnerships formed on the
// platform that can fill in the co-applicants (a formed, not ended partnership
// of one of those organisations with another, verified organisation).
import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { isAcceptingOffers } from "@/lib/offers/calc/deadline";

export async function newOfferView(slug: string, actor: Actor) {
  const competition = await db().competition.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      offersOpenAt: true,
      offersDeadline: true,
      jointOffersAllowed: true,
      tasks: {
        where: { status: "OPEN" },
        orderBy: { position: "asc" },
        select: { id: true, number: true, kindName: true, pool: true },
      },
    },
  });
  if (!competition || competition.status === "DRAFT") return null;
  const organisationIds = actor.organisations
    .map((m) => m.organisationId)
    .filter((organisationId) => can(actor, "offers.prepare", { organisationId }));
  const [organisations, partnerships] = await Promise.all([
    // Only a verified organisation may lead an offer (createOfferDraft refuses the others).
    db().organisation.findMany({
      where: { id: { in: organisationIds }, verifiedAt: { not: null } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db().partnership.findMany({
      where: {
        formedAt: { not: null },
        endedAt: null,
        OR: [{ requesterOrganisationId: { in: organisationIds } }, { partnerOrganisationId: { in: organisationIds } }],
      },
      select: {
        id: true,
        requesterOrganisation: { select: { id: true, name: true, verifiedAt: true } },
        partnerOrganisation: { select: { id: true, name: true, verifiedAt: true } },
      },
    }),
  ]);
  const mine = new Set(organisations.map((organisation) => organisation.id));
  return {
    competition: {
      id: competition.id,
      slug: competition.slug,
      title: competition.title,
      offersDeadline: competition.offersDeadline,
      jointOffersAllowed: competition.jointOffersAllowed,
      accepting: isAcceptingOffers(competition, new Date()),
    },
    tasks: competition.tasks.map((task) => ({ id: task.id, label: `${task.number}. ${task.kindName}` })),
    organisations,
    partnerships: partnerships.flatMap((p) => {
      const sides = [p.requesterOrganisation, p.partnerOrganisation];
      const own = sides.find((side) => side && mine.has(side.id));
      const partner = sides.find((side) => side && side.id !== own?.id);
      if (!own || !partner?.verifiedAt) return [];
      return [{ id: p.id, organisationId: own.id, partner: { id: partner.id, name: partner.name } }];
    }),
  };
}
export type NewOfferView = NonNullable<Awaited<ReturnType<typeof newOfferView>>>;
