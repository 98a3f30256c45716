// Who hears of a newly published entry: followers of its spheres, its
// territories (a followed powiat covers its gminas: TERYT prefix) and the
// office it is addressed to, and the people who answer it (the office's
// officials and administrators, or the platform's administrators for an
// entry addressed to the operator or the council), by default in their daily
// digest. Called by the publishing path in the same transaction that makes
// the entry PUBLISHED (at once under post-moderation, or on a moderator's
// approval); the notices go out once it commits (dispatchNotifications).
import type { Prisma } from "@/lib/generated/prisma/client";
import { ideaSubject } from "@/lib/ideas/audience";
import { notify, type Audience } from "@/lib/notifications/notify";

type Tx = Prisma.TransactionClient;

/**
 * The audience of a new entry (pure, so its shape is tested without a
 * database). An office none of whose staff is on the platform yet cannot hear
 * of it itself: the platform's administrators are told, to pass it on.
 */
export function newIdeaAudience(
  idea: {
    addressee: "INSTITUTION" | "OPERATOR" | "COUNCIL";
    institutionId: string | null;
    spheres: { sphereId: string }[];
    territories: { territoryCode: string }[];
  },
  officeStaffed = true,
): Audience {
  const institutionId = idea.addressee === "INSTITUTION" ? idea.institutionId : null;
  return {
    topic: {
      sphereIds: idea.spheres.map((s) => s.sphereId),
      territoryCodes: idea.territories.map((t) => t.territoryCode),
      institutionId,
    },
    ...(institutionId ? { institutions: [{ id: institutionId, roles: ["ADMINISTRATOR", "OFFICIAL"] }] } : {}),
    ...(!institutionId || !officeStaffed ? { platformRoles: ["ADMINISTRATOR"] } : {}),
  };
}

/** Whether anyone on the platform answers for the office (its administrators or officials). */
export async function officeIsStaffed(tx: Tx, institutionId: string): Promise<boolean> {
  return (
    (await tx.institutionMembership.count({ where: { institutionId, role: { in: ["ADMINISTRATOR", "OFFICIAL"] } } })) >
    0
  );
}

/**
 * Tells the followers and the addressee that the entry is out, once: under
 * the entry's row lock, an entry already announced (or no longer published)
 * is left alone, so a restore after hiding or a repeated call tells nobody
 * again. Returns whether it announced.
 */
export async function announcePublishedIdea(tx: Tx, ideaId: string): Promise<boolean> {
  await tx.$queryRaw`SELECT id FROM "Idea" WHERE id = ${ideaId} FOR UPDATE`;
  const idea = await tx.idea.findUnique({
    where: { id: ideaId },
    select: {
      id: true,
      slug: true,
      title: true,
      kind: true,
      visibility: true,
      addressee: true,
      institutionId: true,
      authorId: true,
      organisationId: true,
      spheres: { select: { sphereId: true } },
      territories: { select: { territoryCode: true } },
    },
  });
  if (!idea || idea.visibility !== "PUBLISHED") return false;
  const announced = await tx.notificationEvent.count({
    where: { type: "idea.published", subjectType: "Idea", subjectId: idea.id },
  });
  if (announced > 0) return false;
  await notify(
    {
      type: "idea.published",
      subject: ideaSubject(idea),
      actor: { userId: idea.authorId, organisationId: idea.organisationId },
      audience: newIdeaAudience(
        idea,
        idea.addressee !== "INSTITUTION" || !idea.institutionId || (await officeIsStaffed(tx, idea.institutionId)),
      ),
      data: { kind: idea.kind },
    },
    tx,
  );
  return true;
}
