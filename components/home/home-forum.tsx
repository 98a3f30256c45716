import { useFormatter, useLocale, useTranslations } from "next-intl";
import { HomeBlock } from "@/components/home/home-block";
import type { LatestThread } from "@/lib/home/queries";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { isFallback, pickLocalized } from "@/lib/settings/localized";

/** The threads with the latest posts in the forum's categories open to visitors. */
export function HomeForum({ items }: { items: LatestThread[] }) {
  const t = useTranslations("home");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  return (
    <HomeBlock
      id="home-forum"
      heading={t("forumThreads")}
      empty={items.length === 0}
      emptyText={t("noForumThreads")}
      allHref="/forum"
      allLabel={t("allForum")}
    >
      {items.map((thread) => (
        <li key={thread.id} className="rounded border-2 border-slate-300 p-3">
          <h3 className="text-lg font-bold break-words">
            <Link href={{ pathname: "/forum/threads/[id]", params: { id: thread.id } }} className="underline" lang="pl">
              {thread.title}
            </Link>
          </h3>
          <p>
            {t.rich("threadMeta", {
              name: pickLocalized(thread.categoryName, locale),
              // A category not yet named in the reader's language shows its Polish name, read as Polish.
              category: (chunks) =>
                isFallback(thread.categoryName, locale) ? <span lang="pl">{chunks}</span> : chunks,
              count: thread.postCount,
              date: format.dateTime(thread.lastPostAt, { dateStyle: "long" }),
            })}
          </p>
        </li>
      ))}
    </HomeBlock>
  );
}
