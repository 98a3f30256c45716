"use client";

import { useTranslations } from "next-intl";
import { FlagForm } from "@/components/discussion/flag-form";
import { flagCommentAction } from "@/lib/ideas/comments/actions";

/**
 * A reader reports a comment to the moderators (the discussions' shared
 * flag form, with the forum's reasons); `onClose` hands focus back to what
 * opened it.
 */
export function CommentFlag({
  commentId,
  number,
  onClose,
}: {
  commentId: string;
  number: number;
  onClose: () => void;
}) {
  const t = useTranslations("ideaDiscussion.flag");
  const tr = useTranslations();
  return (
    <FlagForm
      id={commentId}
      number={number}
      onClose={onClose}
      idField="commentId"
      flag={flagCommentAction}
      words={t}
      refusalText={(refusal) => t(`refusals.${refusal}`)}
      reasonRequired={tr("forms.errors.ideaCommentFlagReasonRequired")}
      cancel={tr("ideaDiscussion.comments.cancel")}
    />
  );
}
