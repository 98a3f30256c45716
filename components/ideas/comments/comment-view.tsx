import { getFormatter, getTranslations } from "next-intl/server";
import { CommentActions } from "@/components/ideas/comments/comment-actions";
import { CommentRestore } from "@/components/ideas/comments/comment-restore";
import { mentionsAsMarkdown, mentionsAsText } from "@/lib/forum/mentions";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import type { CommentOnPage } from "@/lib/ideas/comments/queries";
import { renderMarkdown } from "@/lib/text/markdown";

/**
 * One comment of an entry's discussion: who wrote it (and for which
 * organisation), its number with a permanent anchor, time and edit mark, the
 * sanitised text with mentions, or the note why it is not shown, and what
 * the reader may do with it.
 */
export async function CommentView({
  comment,
  slug,
  locale,
  canWrite,
  signedIn,
  moderates = false,
}: {
  comment: CommentOnPage;
  slug: string;
  locale: Locale;
  canWrite: boolean;
  signedIn: boolean;
  /** The reader is a moderator: a hidden comment offers them its restore button. */
  moderates?: boolean;
}) {
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: "ideaDiscussion.comments" }),
    getFormatter({ locale }),
  ]);
  const name = comment.author?.name ?? t("deletedUser");
  const anchor = `komentarz-${comment.number}`;
  const headingId = `${anchor}-autor`;
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  // The attribution is a paragraph of its own, so it does not run into the quoted words.
  const quote = comment.body
    ? `> ${t("commentBy", { name, number: comment.number })}\n>\n${mentionsAsText(comment.body)
        .split("\n")
        .map((line) => `> ${line}`)
        .join("\n")}`
    : "";
  const withheld = comment.deletedAt || comment.hiddenAt || comment.heldAt;
  return (
    // Focusable from a script only: a moderator's restore hands the focus to the comment it brought back.
    <li id={anchor} tabIndex={-1} aria-labelledby={headingId} className="scroll-mt-4 border-b-2 border-slate-200 py-4">
      <header className="flex flex-wrap items-baseline gap-x-3">
        <h3 id={headingId} className="text-lg font-bold">
          <span lang="pl">{name}</span>
          {comment.organisation && (
            <span className="font-normal">
              {" "}
              {t("forOrganisation")}{" "}
              <Link
                href={{ pathname: "/organisations/[slug]", params: { slug: comment.organisation.slug } }}
                className="underline"
                lang="pl"
              >
                {comment.organisation.name}
              </Link>
            </span>
          )}
        </h3>
        <p className="text-slate-700">
          <Link href={{ pathname: "/ideas/[slug]", params: { slug }, hash: anchor }} className="underline">
            <span aria-hidden="true">#{comment.number}</span>
            <span className="sr-only">{t("permalink", { number: comment.number })}</span>
          </Link>{" "}
          · <time dateTime={comment.createdAt.toISOString()}>{when(comment.createdAt)}</time>
          {comment.editedAt && <> · {t("edited", { when: when(comment.editedAt) })}</>}
        </p>
      </header>
      {comment.deletedAt && <p className="mt-2 text-slate-700 italic">{t("deleted")}</p>}
      {comment.heldAt && !comment.hiddenAt && <p className="mt-2 text-slate-700 italic">{t("held")}</p>}
      {comment.pendingBody !== null && !comment.hiddenAt && (
        <p className="mt-2 text-slate-700 italic">{t("editHeld")}</p>
      )}
      {comment.hiddenAt && (
        <p className="mt-2 text-slate-700 italic">
          {t("hidden")}
          {comment.hiddenReason && ` ${t("hiddenReason", { reason: comment.hiddenReason })}`}
        </p>
      )}
      {comment.body !== null && (
        <div
          className={`prose-user mt-2 space-y-3 ${withheld ? "border-l-4 border-slate-400 pl-3" : ""}`}
          lang="pl"
          dangerouslySetInnerHTML={{ __html: renderMarkdown(mentionsAsMarkdown(comment.body), 4) }}
        />
      )}
      {!comment.deletedAt && !comment.hiddenAt && (
        <CommentActions
          comment={{ id: comment.id, number: comment.number, body: comment.body, mine: comment.mine }}
          quoteMarkdown={quote}
          canWrite={canWrite}
          canFlag={signedIn && !comment.mine && !comment.heldAt}
        />
      )}
      {moderates && comment.hiddenAt && !comment.deletedAt && comment.shown && (
        <CommentRestore comment={{ id: comment.id, number: comment.number, shown: comment.shown, anchor }} />
      )}
    </li>
  );
}
