// Who hears about a consultation through the notification service.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Audience, NotificationInput } from "@/lib/notifications/notify";

/** Followers of the consultation's spheres, territories and organiser. */
export async function followersOf(tx: Prisma.TransactionClient, consultationId: string): Promise<Audience> {
  const consultation = await tx.consultation.findUniqueOrThrow({
    where: { id: consultationId },
    select: {
      institutionId: true,
      institution: { select: { territoryCode: true } },
      spheres: { select: { sphereId: true } },
      territories: { select: { territoryCode: true } },
    },
  });
  return {
    topic: {
      sphereIds: consultation.spheres.map((s) => s.sphereId),
      territoryCodes: [
        ...new Set([consultation.institution.territoryCode, ...consultation.territories.map((t) => t.territoryCode)]),
      ],
      institutionId: consultation.institutionId,
    },
  };
}

/** The followers and everyone who made a remark in it. */
export async function followersAndParticipants(
  tx: Prisma.TransactionClient,
  consultationId: string,
): Promise<Audience> {
  const authors = await tx.remark.findMany({
    where: { consultationId, authorId: { not: null } },
    select: { authorId: true },
    distinct: ["authorId"],
  });
  return {
    ...(await followersOf(tx, consultationId)),
    users: authors.flatMap((a) => (a.authorId ? [a.authorId] : [])),
  };
}

/** What a notification about the consultation names and links to (its public page). */
export function consultationSubject(consultation: {
  id: string;
  title: string;
  slug: string;
}): NotificationInput["subject"] {
  return {
    type: "Consultation",
    id: consultation.id,
    title: consultation.title,
    link: { pathname: "/consultations/[slug]", params: { slug: consultation.slug } },
  };
}
