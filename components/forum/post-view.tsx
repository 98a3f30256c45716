import { PostImages } from "@/components/forum/post-images";
import { getFormatter, getTranslations } from "next-intl/server";
import { PostHiddenReason, PostReaderActions, PostWithheld } from "@/components/forum/post-reader-parts";
import type { PostOnPage } from "@/lib/forum/queries";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { mentionsAsMarkdown, mentionsAsText } from "@/lib/forum/mentions";
import { renderMarkdown } from "@/lib/text/markdown";

/** Who wrote a post, as the thread shows it: the person, and the organisation they wrote for. */
export function authorName(post: Pick<PostOnPage, "author" | "organisation">, deletedUser: string): string {
  return post.author && !post.author.deletedAt ? post.author.name : deletedUser;
}

/**
 * One post in a thread, as every reader who may open the thread sees it:
 * author (and organisation), number with its permalink, time and edit mark,
 * the sanitised body or the note that it was deleted, hidden or held. What
 * only its author or a moderator may see of it, and what the reader may do
 * with it, come from the thread's viewer answer (post-reader-parts.tsx).
 */
export async function PostView({
  post,
  threadId,
  permalink,
  locale,
}: {
  post: PostOnPage;
  threadId: string;
  permalink: string;
  locale: Locale;
}) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "forum" }), getFormatter({ locale })]);
  const name = authorName(post, t("deletedUser"));
  const headingId = `wpis-${post.number}-autor`;
  // The attribution is a paragraph of its own (the empty ">" line), so it does not run into the quoted words.
  const quote = post.body
    ? `> [${name}, ${t("ofPost", { number: post.number })}](${permalink})\n>\n${mentionsAsText(post.body)
        .split("\n")
        .map((line) => `> ${line}`)
        .join("\n")}`
    : "";
  return (
    <article
      id={`wpis-${post.number}`}
      aria-labelledby={headingId}
      className="scroll-mt-6 border-b-2 border-slate-200 py-4"
    >
      <header className="flex flex-wrap items-baseline gap-x-3">
        <h2 id={headingId} className="text-lg font-bold">
          <span lang="pl">{name}</span>
          {post.organisation && (
            <span className="font-normal">
              {" "}
              {t("forOrganisation")}{" "}
              <Link
                href={{ pathname: "/organisations/[slug]", params: { slug: post.organisation.slug } }}
                className="underline"
                lang="pl"
              >
                {post.organisation.name}
              </Link>
            </span>
          )}
        </h2>
        <p className="text-slate-700">
          <Link
            href={{ pathname: "/forum/threads/[id]", params: { id: threadId }, query: { wpis: String(post.number) } }}
            className="underline"
          >
            <span aria-hidden="true">#{post.number}</span>
            <span className="sr-only">{t("permalink", { number: post.number })}</span>
          </Link>{" "}
          ·{" "}
          <time dateTime={post.createdAt.toISOString()}>
            {format.dateTime(post.createdAt, { dateStyle: "medium", timeStyle: "short" })}
          </time>
          {post.editedAt && (
            <> · {t("edited", { when: format.dateTime(post.editedAt, { dateStyle: "medium", timeStyle: "short" }) })}</>
          )}
        </p>
      </header>
      {post.deletedAt && <p className="mt-2 text-slate-700 italic">{t("deleted")}</p>}
      {post.heldAt && !post.hiddenAt && <p className="mt-2 text-slate-700 italic">{t("held")}</p>}
      {post.hiddenAt && (
        <p className="mt-2 text-slate-700 italic">
          {t("hidden")}
          <PostHiddenReason postId={post.id} />
        </p>
      )}
      <PostWithheld postId={post.id} />
      {post.body !== null && (
        <div
          className={`prose-user mt-2 space-y-3 ${post.deletedAt || post.hiddenAt || post.heldAt ? "border-l-4 border-slate-400 pl-3" : ""}`}
          lang="pl"
          dangerouslySetInnerHTML={{ __html: renderMarkdown(mentionsAsMarkdown(post.body), 3) }}
        />
      )}
      <PostImages images={post.images} label={t("imagesLabel", { count: post.images.length })} />
      <PostReaderActions
        post={{
          id: post.id,
          number: post.number,
          body: post.body,
          helpfulCount: post.helpfulCount,
          hidden: post.hiddenAt !== null,
          held: post.heldAt !== null,
          deleted: post.deletedAt !== null,
        }}
        threadId={threadId}
        quoteMarkdown={quote}
      />
    </article>
  );
}
