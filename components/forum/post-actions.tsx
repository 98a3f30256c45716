"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { DeleteQuestion, EditForm, useItemActions } from "@/components/discussion/item-actions";
import { useComposer } from "@/components/forum/composer-context";
import { FlagControl } from "@/components/forum/flag-control";
import { PostMenu } from "@/components/forum/post-menu";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { deletePostAction, editPostAction, toggleHelpfulAction } from "@/lib/forum/actions";
import { MAX_POST } from "@/lib/forum/schemas";

type Post = {
  id: string;
  number: number;
  body: string | null;
  helpfulCount: number;
  markedHelpful: boolean;
  mine: boolean;
  deleted: boolean;
};

/**
 * What a reader may do with a post: mark it helpful and quote it (always in
 * sight), and, behind one "more" menu so that a phone shows one row of
 * buttons per post, edit or delete their own post or flag someone else's.
 */
export function PostActions({
  post,
  quoteMarkdown,
  canWrite,
  canFlag,
}: {
  post: Post;
  quoteMarkdown: string;
  canWrite: boolean;
  canFlag: boolean;
}) {
  const t = useTranslations("forum");
  const tr = useTranslations();
  const composer = useComposer();
  const [helpful, setHelpful] = useState({ marked: post.markedHelpful, count: post.helpfulCount });
  // Choosing "edit" moves focus into the text, "delete" to the safe answer of
  // its question; both happen after the menu has closed, so React Aria does
  // not pull focus back to its trigger.
  const opened = useItemActions(post.body);
  const { editing, setEditing, setDraft, confirming, setConfirming, flagging, setFlagging } = opened;
  const moreButton = useRef<HTMLButtonElement>(null);
  const backToMenu = useRef(false);
  // Whatever was opened from the menu hands focus back to it when closed.
  useEffect(() => {
    if (editing || confirming || flagging || !backToMenu.current) return;
    backToMenu.current = false;
    moreButton.current?.focus();
  }, [editing, confirming, flagging]);
  const react = useAction(toggleHelpfulAction, {
    onSuccess: ({ data }) =>
      data && "reaction" in data && setHelpful({ marked: data.reaction.helpful, count: data.reaction.count }),
  });
  const edit = useAction(editPostAction, {
    onSuccess: ({ data }) => {
      if (data && "saved" in data) {
        backToMenu.current = true;
        setEditing(false);
      }
    },
  });
  const remove = useAction(deletePostAction);
  const refusal = [react.result.data, edit.result.data, remove.result.data]
    .map((data) => (data && "refused" in data ? data.refused : null))
    .find(Boolean);
  const serverError = react.result.serverError ?? edit.result.serverError ?? remove.result.serverError;

  if (post.deleted) return null;
  const mayEdit = post.mine && canWrite;
  return (
    <div className="mt-3">
      <FormStatus refused={refusal && t(`refusals.${refusal}`)} serverError={serverError} />
      {editing ? (
        <EditForm
          item={opened}
          number={post.number}
          words={t}
          rows={6}
          max={MAX_POST}
          limitOnField
          tooShort={tr("forms.errors.forumPostTooShort")}
          tooLong={tr("forms.errors.forumPostTooLong")}
          pending={edit.isPending}
          onSave={(text) => edit.execute({ postId: post.id, body: text })}
          onCancel={() => {
            setEditing(false);
            setDraft(post.body ?? "");
            backToMenu.current = true;
          }}
        />
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          {canWrite && (
            <Button
              variant="secondary"
              className="px-3"
              aria-pressed={helpful.marked}
              disabled={react.isPending}
              onClick={() => react.execute({ postId: post.id })}
            >
              {t("helpful")} ({helpful.count})<span className="sr-only"> {t("ofPost", { number: post.number })}</span>
            </Button>
          )}
          {!canWrite && helpful.count > 0 && <span>{t("helpfulCount", { count: helpful.count })}</span>}
          {canWrite && composer && (
            <Button variant="secondary" className="px-3" onClick={() => composer.quote(quoteMarkdown)}>
              {t("quote")}
              <span className="sr-only"> {t("ofPost", { number: post.number })}</span>
            </Button>
          )}
          {(mayEdit || canFlag) && (
            <PostMenu
              number={post.number}
              items={[...(mayEdit ? (["edit", "delete"] as const) : []), ...(canFlag ? (["flag"] as const) : [])]}
              triggerRef={moreButton}
              onAction={(item) => {
                if (item === "edit") setEditing(true);
                if (item === "delete") setConfirming(true);
                if (item === "flag") setFlagging(true);
              }}
            />
          )}
          {confirming && (
            <DeleteQuestion
              item={opened}
              number={post.number}
              words={t}
              pending={remove.isPending}
              onDelete={() => remove.execute({ postId: post.id })}
              onKeep={() => {
                setConfirming(false);
                backToMenu.current = true;
              }}
            />
          )}
          {flagging && (
            <FlagControl
              postId={post.id}
              number={post.number}
              onClose={() => {
                setFlagging(false);
                backToMenu.current = true;
              }}
            />
          )}
        </div>
      )}
    </div>
  );
}
