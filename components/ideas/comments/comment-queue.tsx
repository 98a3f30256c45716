"use client";

import { useTranslations } from "next-intl";
import { DiscussionModerationQueue, type QueuedItem } from "@/components/discussion/moderation-queue";
import {
  approveCommentsAction,
  dismissCommentFlagsAction,
  hideCommentsAction,
  restoreCommentsAction,
} from "@/lib/ideas/comments/actions";
import { Link } from "@/lib/i18n/navigation";

type Item = QueuedItem & { author: string | null; idea: { slug: string; title: string } };

/**
 * The moderators' queue of entries' comments (the discussions' shared
 * queue): held ones (a blocked word, a held edit) and flagged ones, which
 * may also be restored as shown once hidden.
 */
export function CommentQueue({ items, empty }: { items: Item[]; empty: string }) {
  const t = useTranslations("ideaDiscussion.moderation");
  const tr = useTranslations();
  return (
    <DiscussionModerationQueue
      items={items}
      empty={empty}
      words={t}
      idsField="commentIds"
      hide={hideCommentsAction}
      approve={approveCommentsAction}
      dismiss={dismissCommentFlagsAction}
      restore={{ action: restoreCommentsAction, words: t }}
      label={(item) => t("itemLabel", { title: item.idea.title, number: item.number })}
      byline={(item) => <span lang="pl">{item.author ?? tr("ideaDiscussion.comments.deletedUser")}</span>}
      links={(item) => (
        <Link
          href={{ pathname: "/ideas/[slug]", params: { slug: item.idea.slug }, hash: `komentarz-${item.number}` }}
          className="underline"
        >
          {t("open")}
          <span className="sr-only"> {tr("ideaDiscussion.comments.ofComment", { number: item.number })}</span>
        </Link>
      )}
    />
  );
}
