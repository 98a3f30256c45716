"use client";

import { useFormatter, useTranslations } from "next-intl";
import { DiscussionModerationQueue, type QueuedItem } from "@/components/discussion/moderation-queue";
import { SuspendAuthor } from "@/components/forum/suspend-author";
import { approvePostsAction, dismissFlagsAction, hidePostsAction } from "@/lib/forum/actions";
import { Link } from "@/lib/i18n/navigation";

type Item = QueuedItem & {
  author: { id: string; name: string; createdAt: Date; suspendedUntil: Date | null } | null;
  thread: { id: string; title: string };
};

/**
 * The moderators' queue of flagged and held posts (the discussions' shared
 * queue), where each author's account age shows and the author may be
 * suspended from the forum.
 */
export function ModerationQueue({ items, empty }: { items: Item[]; empty: string }) {
  const t = useTranslations("forum.moderation");
  const tr = useTranslations();
  const format = useFormatter();
  return (
    <DiscussionModerationQueue
      items={items}
      empty={empty}
      words={t}
      idsField="postIds"
      hide={hidePostsAction}
      approve={approvePostsAction}
      dismiss={dismissFlagsAction}
      label={(item) => t("itemLabel", { title: item.thread.title, number: item.number })}
      byline={(item) =>
        item.author
          ? t("byAuthor", {
              name: item.author.name,
              since: format.dateTime(item.author.createdAt, { dateStyle: "medium" }),
            })
          : tr("forum.deletedUser")
      }
      links={(item) => (
        <>
          <Link
            href={{
              pathname: "/forum/threads/[id]",
              params: { id: item.thread.id },
              query: { wpis: String(item.number) },
            }}
            className="underline"
          >
            {t("open")}
            <span className="sr-only"> {tr("forum.ofPost", { number: item.number })}</span>
          </Link>
          {item.author && (
            <SuspendAuthor
              userId={item.author.id}
              name={item.author.name}
              suspendedUntil={item.author.suspendedUntil}
              idPrefix={`suspend-${item.id}`}
            />
          )}
        </>
      )}
    />
  );
}
