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
 * The page refreshes after the action and shows the comment again.
 */
export function CommentRestore({ comment }: { comment: { id: string; number: number } }) {
  const t = useTranslations("ideaDiscussion.comments");
  const restore = useAction(restoreCommentsAction);
  const restored = restore.result.data?.restored;
  return (
    <div className="mt-3">
      <FormStatus
        saved={restored !== undefined && t(restored > 0 ? "restored" : "restoredAlready")}
        serverError={restore.result.serverError}
      />
      <Button
        variant="secondary"
        className="px-3"
        disabled={restore.isPending}
        onClick={() => restore.execute({ commentIds: [comment.id] })}
      >
        {t("restore")}
        <span className="sr-only"> {t("ofComment", { number: comment.number })}</span>
      </Button>
    </div>
  );
}
