"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { restoreCommentsAction } from "@/lib/ideas/comments/actions";

/**
 * A moderator's way back for a hidden comment, on the entry page itself: a
 * hidden comment leaves the moderation queue, so this is where it is found
 * again (as the forum shows moderators a restore button on a hidden post).
 * The page refreshes after the action and shows the comment again; a comment
 * its author rewrote since the page was loaded is refused, and the refreshed
 * page shows the new wording to read first.
 */
export function CommentRestore({
  comment,
}: {
  /** `anchor`: the id of the comment's element, which takes the focus once it is back (this button goes). */
  comment: { id: string; number: number; shown: string; anchor: string };
}) {
  const t = useTranslations("ideaDiscussion.comments");
  const restore = useAction(restoreCommentsAction, {
    onSuccess: ({ data }) => {
      if (data && "restored" in data) document.getElementById(comment.anchor)?.focus();
    },
  });
  const data = restore.result.data;
  const restored = data && "restored" in data ? data.restored : undefined;
  return (
    <div className="mt-3">
      <FormStatus
        saved={restored !== undefined && t(restored > 0 ? "restored" : "restoredAlready")}
        refused={data && "refused" in data && t("changedSinceShown")}
        serverError={restore.result.serverError}
      />
      <Button
        variant="secondary"
        className="px-3"
        busy={restore.isPending}
        onClick={() => restore.execute({ commentIds: [comment.id], shown: { [comment.id]: comment.shown } })}
      >
        {t("restore")}
        <span className="sr-only"> {t("ofComment", { number: comment.number })}</span>
      </Button>
    </div>
  );
}
