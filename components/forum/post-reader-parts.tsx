"use client";

// A post's parts that depend on who reads it, placed in the post's shared
// markup and filled in from the thread's viewer answer
// (components/forum/thread-viewer.tsx) by the post's id: what only its author
// or a moderator may see of it, and what the reader may do with it. Until the
// answer comes (and without JavaScript) they show what a visitor sees.
import { useFormatter, useTranslations } from "next-intl";
import { PostImages } from "@/components/forum/post-images";
import { PostActions } from "@/components/forum/post-actions";
import { PostModeration } from "@/components/forum/post-moderation";
import { SplitThread } from "@/components/forum/split-thread";
import { useThreadAnswered, useThreadReader } from "@/components/forum/thread-viewer";

/** Why a hidden post was hidden, after the note that it was: for its author and the moderators. */
export function PostHiddenReason({ postId }: { postId: string }) {
  const t = useTranslations("forum");
  const reason = useThreadReader(postId).post?.withheld?.hiddenReason;
  return reason ? ` ${t("hiddenReason", { reason })}` : null;
}

/** A hidden, held or deleted post's text, an edit waiting, earlier wordings: for its author and the moderators. */
export function PostWithheld({ postId }: { postId: string }) {
  const t = useTranslations("forum");
  const format = useFormatter();
  const { post } = useThreadReader(postId);
  if (!post?.withheld && !post?.revisions.length) return null;
  const { withheld, revisions } = post;
  return (
    <div>
      {withheld?.editHeld && <p className="mt-2 text-slate-700 italic">{t("editHeld")}</p>}
      {withheld?.bodyHtml && (
        <div
          className="prose-user mt-2 space-y-3 border-l-4 border-slate-400 pl-3"
          lang="pl"
          // Rendered and sanitised by the server (lib/text/markdown.ts), as the page's own posts are.
          dangerouslySetInnerHTML={{ __html: withheld.bodyHtml }}
        />
      )}
      {withheld && <PostImages images={withheld.images} label={t("imagesLabel", { count: withheld.images.length })} />}
      {revisions.length > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer underline">{t("history", { count: revisions.length })}</summary>
          <ol className="mt-2 space-y-2">
            {revisions.map((revision) => (
              <li key={revision.id} className="border-l-4 border-slate-300 pl-3">
                <p className="text-sm text-slate-700">
                  {t("replacedAt", {
                    when: format.dateTime(new Date(revision.replacedAt), { dateStyle: "medium", timeStyle: "short" }),
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
    </div>
  );
}

type PublicPost = {
  id: string;
  number: number;
  body: string | null;
  helpfulCount: number;
  hidden: boolean;
  held: boolean;
  deleted: boolean;
};

/**
 * What the reader may do with the post: mark it helpful, quote, edit or
 * delete their own, flag someone else's; a moderator also hides, restores,
 * lets it through or splits the thread from it. A visitor sees how many found it helpful.
 * The row of buttons has its place (its margin and one button's height) from
 * the start, so the posts below do not move when the answer fills it.
 */
export function PostReaderActions({
  post,
  threadId,
  quoteMarkdown,
}: {
  post: PublicPost;
  threadId: string;
  quoteMarkdown: string;
}) {
  const { viewer, post: own } = useThreadReader(post.id);
  const answered = useThreadAnswered();
  const actions = {
    id: post.id,
    number: post.number,
    body: post.body,
    helpfulCount: post.helpfulCount,
    markedHelpful: own?.markedHelpful ?? false,
    mine: own?.mine ?? false,
    deleted: post.deleted || post.hidden || post.held,
  };
  // Keyed by the reader, so that the helpful mark starts from their answer once it comes.
  const actionsKey = viewer ? `reader-${actions.markedHelpful}` : "visitor";
  return (
    <div className={actions.deleted ? undefined : "min-h-14"} aria-busy={!answered}>
      <PostActions
        key={actionsKey}
        post={actions}
        quoteMarkdown={quoteMarkdown}
        canWrite={viewer?.canWrite ?? false}
        canFlag={viewer !== null && !actions.mine}
      />
      {viewer?.moderator && (
        <div className="mt-2 flex flex-wrap gap-3">
          {!post.deleted && (
            <PostModeration
              postId={post.id}
              number={post.number}
              hidden={post.hidden}
              held={post.held}
              shown={own?.shown ?? null}
            />
          )}
          {post.number > 1 && <SplitThread threadId={threadId} number={post.number} />}
        </div>
      )}
    </div>
  );
}
