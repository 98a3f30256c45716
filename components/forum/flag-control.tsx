"use client";

import { useTranslations } from "next-intl";
import { FlagForm } from "@/components/discussion/flag-form";
import { flagPostAction } from "@/lib/forum/actions";

/**
 * A reader flags a post for the moderators (the discussions' shared flag
 * form). The post's menu opens it; `onClose` hands focus back there.
 */
export function FlagControl({ postId, number, onClose }: { postId: string; number: number; onClose: () => void }) {
  const t = useTranslations("forum.flag");
  const tr = useTranslations();
  return (
    <FlagForm
      id={postId}
      number={number}
      onClose={onClose}
      idField="postId"
      flag={flagPostAction}
      words={t}
      refusalText={(refusal) => t(`refusals.${refusal}`)}
      reasonRequired={tr("forms.errors.forumFlagReasonRequired")}
      cancel={tr("forum.cancel")}
    />
  );
}
