"use client";

import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { useComposer } from "@/components/forum/composer-context";
import { FlagControl } from "@/components/forum/flag-control";
import { PostMenu } from "@/components/forum/post-menu";
import { FieldHintAndError, inputClassName } from "@/components/forms/form-field";
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
  const editId = `${useId().replace(/:/g, "")}-edit`;
  const [helpful, setHelpful] = useState({ marked: post.markedHelpful, count: post.helpfulCount });
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(post.body ?? "");
  const [editError, setEditError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [flagging, setFlagging] = useState(false);
  const moreButton = useRef<HTMLButtonElement>(null);
  const editField = useRef<HTMLTextAreaElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const backToMenu = useRef(false);
  // Choosing "edit" moves focus into the text, where the person continues;
  // "delete" to the safe answer of its question. Both happen after the menu
  // has closed, so React Aria does not pull focus back to its trigger.
  useEffect(() => {
    if (editing) editField.current?.focus();
  }, [editing]);
  useEffect(() => {
    if (confirming) keepButton.current?.focus();
  }, [confirming]);
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
        <form
          noValidate
          aria-label={t("editLabel", { number: post.number })}
          onSubmit={(event) => {
            event.preventDefault();
            const text = draft.trim();
            if (text.length < 2 || text.length > MAX_POST)
              return setEditError(
                tr(text.length < 2 ? "forms.errors.forumPostTooShort" : "forms.errors.forumPostTooLong"),
              );
            setEditError(null);
            edit.execute({ postId: post.id, body: text });
          }}
        >
          <label htmlFor={editId} className="block font-semibold">
            {t("editBody", { number: post.number })}
          </label>
          <FieldHintAndError id={editId} error={editError ?? undefined} />
          <textarea
            id={editId}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            rows={6}
            maxLength={MAX_POST}
            aria-invalid={editError ? true : undefined}
            aria-describedby={editError ? `${editId}-error` : undefined}
            className={`${inputClassName} mt-1 max-w-3xl`}
            ref={editField}
          />
          <div className="mt-2 flex flex-wrap gap-3">
            <Button type="submit" disabled={edit.isPending}>
              {t("save")}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setEditing(false);
                setDraft(post.body ?? "");
                backToMenu.current = true;
              }}
            >
              {t("cancel")}
            </Button>
          </div>
        </form>
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
            <span
              role="group"
              aria-label={t("deleteConfirm", { number: post.number })}
              className="flex w-full flex-wrap items-center gap-2"
            >
              <span>{t("deleteConfirm", { number: post.number })}</span>
              <Button variant="danger" disabled={remove.isPending} onClick={() => remove.execute({ postId: post.id })}>
                {t("confirmDelete")}
              </Button>
              <Button
                ref={keepButton}
                variant="secondary"
                onClick={() => {
                  setConfirming(false);
                  backToMenu.current = true;
                }}
              >
                {t("cancel")}
              </Button>
            </span>
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
