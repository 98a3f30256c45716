// Who hears of an entry's answers and deadlines, and what a notice names.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Audience, NotificationInput } from "@/lib/notifications/notify";

/** The entry as a notice names it and links to it. */
export function ideaSubject(idea: { id: string; slug: string; title: string }): NotificationInput["subject"] {
  return {
    type: "Idea",
    id: idea.id,
    title: idea.title,
    link: { pathname: "/ideas/[slug]", params: { slug: idea.slug } },
  };
}

/** Roles in an organisation that hear of what happens to the entries it wrote or supports. */
const REPRESENTATIVES = ["OWNER", "EDITOR"] as const;

/**
 * The author (and, for an entry written for an organisation, its
 * representatives), the people who support `supportsOf`, and the
 * representatives of the organisations that support it.
 */
export async function ideaAudience(
  tx: Prisma.TransactionClient,
  supportsOf: string,
  author: { authorId: string | null; organisationId: string | null },
): Promise<Audience> {
  const [people, organisations] = await Promise.all([
    tx.ideaPersonSupport.findMany({ where: { ideaId: supportsOf }, select: { userId: true } }),
    tx.ideaOrganisationSupport.findMany({ where: { ideaId: supportsOf }, select: { organisationId: true } }),
  ]);
  const organisationIds = new Set(organisations.map((o) => o.organisationId));
  if (author.organisationId) organisationIds.add(author.organisationId);
  return {
    users: [...new Set([...(author.authorId ? [author.authorId] : []), ...people.map((p) => p.userId)])],
    organisations: [...organisationIds].map((id) => ({ id, roles: [...REPRESENTATIVES] })),
  };
}
