// The view-model of an entry's discussion section: the comments on the page
// of the discussion asked for, as this reader sees them, and what the reader
// may do (write, and for whom; report; the reason the entry takes no
// comments). The entry page calls it beside its own view-model.
import { actingForOptions } from "@/lib/auth/acting-as";
import { can, type Actor } from "@/lib/auth/permissions";
import type { IdeaStatus, IdeaVisibility } from "@/lib/generated/prisma/enums";
import { commentsOf } from "@/lib/ideas/comments/queries";
import { commentingRefusal } from "@/lib/ideas/comments/policy";

export async function ideaDiscussionView(input: {
  idea: { id: string; visibility: IdeaVisibility; status: IdeaStatus };
  viewer: (Actor & { name?: string }) | null;
  page?: number;
}) {
  const { idea, viewer } = input;
  // A discussion exists only around a published entry; the writer of one waiting or hidden sees none.
  const listed = await commentsOf(idea.id, viewer, input.page ?? 1);
  if (!listed) return null;
  const closed = commentingRefusal(idea);
  const canWrite = viewer !== null && can(viewer, "ideas.comment") && closed === null;
  return {
    ideaId: idea.id,
    ...listed,
    closed,
    signedIn: viewer !== null,
    canWrite,
    moderates: viewer !== null && can(viewer, "content.moderate"),
    writer: canWrite ? { name: viewer.name ?? "", organisations: await actingForOptions(viewer) } : null,
  };
}
export type IdeaDiscussionView = NonNullable<Awaited<ReturnType<typeof ideaDiscussionView>>>;
