// Who hears of moderation on the ideas board: the moderators when an entry or
// a change waits for them, the writer when a moderator decides (with the reason).
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify, type NotificationInput } from "@/lib/notifications/notify";

type Tx = Prisma.TransactionClient;

export const ideaSubject = (idea: { id: string; slug: string; title: string }): NotificationInput["subject"] => ({
  type: "Idea",
  id: idea.id,
  title: idea.title,
  link: { pathname: "/ideas/[slug]", params: { slug: idea.slug } },
});

/** Tells the moderators an entry (or a change to a public one) waits for them. */
export async function tellIdeaModerators(
  tx: Tx,
  idea: { id: string; slug: string; title: string; authorId: string | null; organisationId: string | null },
): Promise<void> {
  await notify(
    {
      type: "idea.submitted",
      subject: ideaSubject(idea),
      actor: { userId: idea.authorId, organisationId: idea.organisationId },
      audience: { platformRoles: ["MODERATOR", "ADMINISTRATOR"] },
    },
    tx,
  );
}

export type IdeaModerationNotice = "approved" | "rejected" | "hidden";

/** Tells the entry's writer what a moderator decided, and why. */
export async function tellIdeaWriter(
  tx: Tx,
  idea: { id: string; slug: string; title: string; authorId: string | null },
  moderatorId: string,
  decision: IdeaModerationNotice,
  reason: string | null,
): Promise<void> {
  if (!idea.authorId) return;
  await notify(
    {
      type: "idea.moderated",
      subject: ideaSubject(idea),
      actor: { userId: moderatorId },
      audience: { users: [idea.authorId] },
      data: { decision, reason: reason ?? "none" },
    },
    tx,
  );
}
