import { getFormatter, getTranslations } from "next-intl/server";
import { PostActions } from "@/components/forum/post-actions";
import { PostModeration } from "@/components/forum/post-moderation";
import { SplitThread } from "@/components/forum/split-thread";
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
 * One post in a thread: author (and organisation), number with its
 * permalink, time and edit mark, the sanitised body or the note that its
 * author deleted it, and what the reader may do with it.
 */
export async function PostView({
  post,
  threadId,
  permalink,
  canWrite,
  viewer,
  locale,
}: {
  post: PostOnPage;
  threadId: string;
  permalink: string;
  canWrite: boolean;
  /** Whether the reader is signed in (may flag) and moderates (may hide and restore). */
  viewer: { signedIn: boolean; moderator: boolean };
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
      className="scroll-mt-4 border-b-2 border-slate-200 py-4"
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
      {post.pendingBody !== null && !post.hiddenAt && <p className="mt-2 text-slate-700 italic">{t("editHeld")}</p>}
      {post.hiddenAt && (
        <p className="mt-2 text-slate-700 italic">
          {t("hidden")}
          {post.hiddenReason && ` ${t("hiddenReason", { reason: post.hiddenReason })}`}
        </p>
      )}
      {post.body !== null && (
        <div
          className={`prose-user mt-2 space-y-3 ${post.deletedAt || post.hiddenAt || post.heldAt ? "border-l-4 border-slate-400 pl-3" : ""}`}
          lang="pl"
          dangerouslySetInnerHTML={{ __html: renderMarkdown(mentionsAsMarkdown(post.body), 3) }}
        />
      )}
      {post.images.length > 0 && (
        <ul className="mt-3 flex flex-wrap gap-3" aria-label={t("imagesLabel", { count: post.images.length })}>
          {post.images.map((image) => (
            <li key={image.id}>
              {/* eslint-disable-next-line @next/next/no-img-element -- a re-encoded WebP from our own route, with its writer's alternative text */}
              <img
                src={`/api/forum/images/${image.id}`}
                alt={image.alt}
                width={image.width}
                height={image.height}
                loading="lazy"
                className="h-auto max-h-96 w-auto max-w-full rounded border border-slate-300"
                lang="pl"
              />
            </li>
          ))}
        </ul>
      )}
      {post.revisions.length > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer underline">{t("history", { count: post.revisions.length })}</summary>
          <ol className="mt-2 space-y-2">
            {post.revisions.map((revision) => (
              <li key={revision.id} className="border-l-4 border-slate-300 pl-3">
                <p className="text-sm text-slate-700">
                  {t("replacedAt", {
                    when: format.dateTime(revision.replacedAt, { dateStyle: "medium", timeStyle: "short" }),
                  })}
                </p>
                <p className="whitespace-pre-line" lang="pl">
                  {revision.body}
                </p>
              </li>
            ))}
          </ol>
        </details>
      )}
      <PostActions
        post={{
          id: post.id,
          number: post.number,
          body: post.body,
          helpfulCount: post.helpfulCount,
          markedHelpful: post.markedHelpful,
          mine: post.mine,
          deleted: post.deletedAt !== null || post.hiddenAt !== null || post.heldAt !== null,
        }}
        quoteMarkdown={quote}
        canWrite={canWrite}
        canFlag={viewer.signedIn && !post.mine}
      />
      <div className="mt-2 flex flex-wrap gap-3">
        {viewer.moderator && !post.deletedAt && (
          <PostModeration
            postId={post.id}
            number={post.number}
            hidden={post.hiddenAt !== null}
            held={post.heldAt !== null}
            shown={post.shown}
          />
        )}
        {viewer.moderator && post.number > 1 && <SplitThread threadId={threadId} number={post.number} />}
      </div>
    </article>
  );
}
