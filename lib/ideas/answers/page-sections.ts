// The entry page's parts that belong to supports, answers and outcomes, read
// for one viewer: the entry page's view-model (lib/ideas/page-view.ts) adds
// them to its own, so the page stays one call.
import type { Actor } from "@/lib/auth/permissions";
import { answersSectionView, type AnswersSectionView } from "@/lib/ideas/answers/queries";
import { outcomesView, type OutcomesView } from "@/lib/ideas/outcomes/queries";
import { supportPanelView, type SupportPanelView } from "@/lib/ideas/support/queries";

export interface IdeaAnswerParts {
  support: SupportPanelView | null;
  answers: AnswersSectionView | null;
  outcomes: OutcomesView;
}

export async function ideaAnswerParts(
  idea: {
    id: string;
    visibility: string;
    addressee: "INSTITUTION" | "OPERATOR" | "COUNCIL";
    institutionId: string | null;
  },
  viewer: Actor | null,
  now: Date,
): Promise<IdeaAnswerParts> {
  const [support, answers, outcomes] = await Promise.all([
    supportPanelView(idea.id, viewer),
    answersSectionView(idea.id, viewer, now),
    outcomesView(idea, viewer, now),
  ]);
  return { support, answers, outcomes };
}
