// Which entries may be supported: only public ones still under consideration
// by themselves (a merged entry's supports live on the entry it went into).
// Withdrawing is always allowed, whatever became of the entry.
import type { IdeaStatus, IdeaVisibility } from "@/lib/generated/prisma/enums";

export type SupportRefusal = "IDEA_NOT_PUBLISHED" | "IDEA_MERGED";

/** Why the entry cannot take a new support now, or null when it can. */
export function supportRefusal(idea: { visibility: IdeaVisibility; status: IdeaStatus }): SupportRefusal | null {
  if (idea.visibility !== "PUBLISHED") return "IDEA_NOT_PUBLISHED";
  if (idea.status === "MERGED") return "IDEA_MERGED";
  return null;
}

/**
 * Whether an organisation's support obliges the addressee to answer: the
 * operator's threshold is reached and no answer was given yet. Once set, the
 * obligation stays even if supports are withdrawn later (the office was told;
 * withdrawing cannot be used to undo a public flag).
 */
export function reachesMustAnswer(
  idea: { organisationSupportCount: number; firstAnsweredAt: Date | null; mustAnswerSince: Date | null },
  threshold: number,
): boolean {
  return (
    threshold > 0 &&
    idea.organisationSupportCount >= threshold &&
    idea.firstAnsweredAt === null &&
    idea.mustAnswerSince === null
  );
}
