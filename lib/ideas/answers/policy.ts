// Who answers an entry: for an office's entry, its officials (and
// administrators on its behalf: ideas.answer); for the operator's and the
// council's, administrators (ideas.answerForPlatform). Pure, so the page shows
// the answer form exactly to those the actions accept.
import { can, type Actor } from "@/lib/auth/permissions";
import type { IdeaAddressee } from "@/lib/generated/prisma/enums";

export type AnswerChannelKind = "institution" | "platform";

/** The channel through which `actor` answers this entry, or null when they may not. */
export function answerChannelFor(
  actor: Actor | null,
  idea: { addressee: IdeaAddressee; institutionId: string | null },
): AnswerChannelKind | null {
  if (idea.addressee === "INSTITUTION")
    return idea.institutionId && can(actor, "ideas.answer", { institutionId: idea.institutionId })
      ? "institution"
      : null;
  return can(actor, "ideas.answerForPlatform") ? "platform" : null;
}
