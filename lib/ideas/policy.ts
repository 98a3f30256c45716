// Who may see and change an entry on the ideas board. Public entries are for
// everyone; one waiting for a moderator, rejected or hidden only for its
// writer, the representatives of the organisation it was written for, and the
// moderators. Its writer (or those representatives) may edit it until it is
// hidden or merged into another.
import { can, type Actor } from "@/lib/auth/permissions";
import type { IdeaStatus, IdeaVisibility } from "@/lib/generated/prisma/enums";

export type IdeaAccessFacts = {
  visibility: IdeaVisibility;
  status: IdeaStatus;
  authorId: string | null;
  organisationId: string | null;
};

/** Whether the person wrote the entry, or may act for the organisation it was written for. */
export function isIdeaWriter(
  viewer: Actor | null,
  idea: Pick<IdeaAccessFacts, "authorId" | "organisationId">,
): boolean {
  if (!viewer) return false;
  if (idea.authorId === viewer.id) return true;
  return idea.organisationId !== null && can(viewer, "organisation.actFor", { organisationId: idea.organisationId });
}

export function mayViewIdea(viewer: Actor | null, idea: IdeaAccessFacts): boolean {
  if (idea.visibility === "PUBLISHED") return true;
  return can(viewer, "content.moderate") || isIdeaWriter(viewer, idea);
}

/** Editing: the writer, while the entry is not hidden by a moderator and not merged into another. */
export function mayEditIdea(viewer: Actor | null, idea: IdeaAccessFacts): boolean {
  if (idea.visibility === "HIDDEN" || idea.status === "MERGED") return false;
  return can(viewer, "ideas.write") && isIdeaWriter(viewer, idea);
}
